/**
 * go/go-work: go.work (Go workspaces). Each `use` folder is a first-party Project, the same one
 * go/go-mod makes from that folder's go.mod (id `Go:<folder>`, the module path as name, located at
 * the module line), so a workspace and its modules give each module once. The go.work's `go` /
 * `toolchain` lines, which choose the toolchain in workspace mode, give the `stdlib` / `toolchain`
 * packages every used module depends on (instead of the modules' own go lines). Its `replace`
 * directives are applied by go/go-mod to the requirements of the modules the workspace uses (they
 * override the modules' own replaces); a local one is reported here, once. A `use` folder outside the
 * scanned root or without a go.mod is reported.
 */
import { InputError } from '../../../core/errors/index.js';
import type { Project } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { makeProject } from '../../shared/package.js';
import { readDirectives } from '../go-mod/directives.js';
import { ECOSYSTEM } from '../go-mod/module.js';
import { parseGoMod } from '../go-mod/parse.js';
import { goToolchainPackages, toolchainEdges } from '../go-mod/stdlib.js';
import { readGoWork, type WorkUse } from './parse.js';

/** The `module` line of a used folder's go.mod, or why there is none. */
function moduleOf(ctx: ExtractorContext, goMod: string): { path: string; line: number } | string {
  const text = ctx.readText(goMod);
  if (text === undefined)
    return `${quote(goMod)} is not in the scanned tree (missing, excluded or unreadable)`;
  try {
    const mod = readDirectives(parseGoMod(text, goMod, new DiagnosticSink(goMod)), new DiagnosticSink(goMod));
    return mod.module ?? `${quote(goMod)} has no module line`;
  } catch (err) {
    if (err instanceof InputError) return `${quote(goMod)} is not a go.mod file`;
    throw err;
  }
}

function useProject(
  ctx: ExtractorContext,
  use: WorkUse,
  sink: DiagnosticSink,
): Omit<Project, 'dependencies'> | undefined {
  if (use.folder === undefined) {
    sink.info(
      'go-work-outside',
      `use ${quote(use.dir)} is outside the scanned folder; that module is not scanned`,
      use.line,
    );
    return undefined;
  }
  const goMod = use.folder === '.' ? 'go.mod' : `${use.folder}/go.mod`;
  const mod = moduleOf(ctx, goMod);
  if (typeof mod === 'string') {
    sink.warn(
      'go-work-missing-module',
      `use ${quote(use.dir)}: ${mod}; the go command refuses this workspace`,
      use.line,
    );
    return undefined;
  }
  return makeProject({
    ecosystem: ECOSYSTEM,
    folder: use.folder,
    name: mod.path,
    location: { path: goMod, line: mod.line },
  });
}

export function extractGoWork(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const sink = new DiagnosticSink(file.path);
  const work = readGoWork(file.text, file.path, sink);
  const packages = goToolchainPackages(work, file.path, sink);
  const edges = toolchainEdges(packages);
  const projects: Project[] = [];
  for (const use of work.uses) {
    const p = useProject(ctx, use, sink);
    if (p) projects.push({ ...p, dependencies: [...edges] });
  }
  for (const r of work.replaces) {
    if (r.newVersion !== undefined) continue;
    const where = r.version === undefined ? quote(r.path) : `${quote(r.path)} ${quote(r.version)}`;
    sink.info(
      'go-local-replace',
      `${where} is replaced by the local directory ${quote(r.newPath)} in every module of the workspace: that code is first-party, not a third-party package, so it is not matched against advisories for ${quote(r.path)}`,
      r.line,
    );
  }
  return { packages, projects, diagnostics: sink.finish() };
}

export const goWorkExtractor: Extractor = {
  id: 'go/go-work',
  description:
    "Reads go.work (Go workspaces): each use folder's module as a first-party project, the go/toolchain lines as the workspace's Go stdlib and toolchain packages (matched only with --go-stdlib); its replace directives are applied to the used modules' requirements by go/go-mod.",
  ecosystem: ECOSYSTEM,
  files: ['go.work'],
  requirements: { network: false },
  matches: (path) => path === 'go.work' || path.endsWith('/go.work'),
  extract: extractGoWork,
};
