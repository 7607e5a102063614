/**
 * go/go-mod: go.mod. Requirements (direct, or transitive when marked `// indirect`) after `replace`
 * and `exclude`; the `module` as a first-party Project; the Go standard library and go command named
 * by the `go` / `toolchain` lines as `stdlib` / `toolchain` packages of source kind `toolchain`
 * (see stdlib.ts; vulnerability matching skips them unless asked). When `vendor/modules.txt` sits
 * beside go.mod it is read too (even though the walk skips `vendor/`): modules it lists that go.mod
 * does not are added as transitive packages, and version mismatches are reported. go.mod is the
 * source of truth; go/vendor-modules stays silent for a modules.txt whose go.mod is scanned. A go.mod
 * older than Go 1.17 lists only part of the build: without vendor/modules.txt, go.sum beside it
 * supplies the rest (see go-sum.ts). Inside a Go workspace (a go.work at or above that uses the
 * module) the go.work's replace directives override the module's (see workspace.ts), and the
 * go.work's go / toolchain lines, when it has them, name the stdlib instead of the module's.
 */
import { markDirect, propagateScopes } from '../../../core/model/scopes.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type {
  ExtractionOutput,
  Extractor,
  ExtractorContext,
  ExtractorFile,
} from '../../../core/plugin/extractor.js';
import { compareStrings } from '../../../core/util/compare.js';
import { parseModulesTxt } from '../vendor-modules/parse.js';
import { buildGoMod, type SumInput, type VendorInput } from './build.js';
import { type GoMod, readDirectives } from './directives.js';
import { predatesPruning, readGoSum } from './go-sum.js';
import { ECOSYSTEM, folderOf } from './module.js';
import { parseGoMod } from './parse.js';
import { goToolchainPackages, toolchainEdges } from './stdlib.js';
import { enclosingWorkspace, withWorkspaceReplaces } from './workspace.js';

function readVendor(ctx: ExtractorContext, folder: string, sink: DiagnosticSink): VendorInput | undefined {
  const path = folder === '.' ? 'vendor/modules.txt' : `${folder}/vendor/modules.txt`;
  const text = ctx.readText(path);
  if (text === undefined) return undefined;
  const vendorSink = new DiagnosticSink(path);
  const modules = parseModulesTxt(text, vendorSink);
  for (const d of vendorSink.finish()) sink.push(d);
  return { path, modules };
}

/** go.sum beside a go.mod older than Go 1.17 (which lists only part of the build). */
function readSum(ctx: ExtractorContext, folder: string, mod: GoMod): SumInput | undefined {
  if (!predatesPruning(mod.go?.version)) return undefined;
  const path = folder === '.' ? 'go.sum' : `${folder}/go.sum`;
  const text = ctx.readText(path);
  return text === undefined ? undefined : { path, modules: readGoSum(text, path) };
}

export function extractGoMod(file: ExtractorFile, ctx: ExtractorContext): ExtractionOutput {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const sink = new DiagnosticSink(file.path);
  const mod = readDirectives(parseGoMod(text, file.path, sink), sink);
  const folder = folderOf(file.path);
  const work = enclosingWorkspace(ctx, folder);
  mod.replaces = withWorkspaceReplaces(mod.replaces, work);
  // In a workspace the go.work's go / toolchain lines choose the toolchain (go/go-work reports it).
  const toolchain = work?.go || work?.toolchain ? [] : goToolchainPackages(mod, file.path, sink);
  const vendor = readVendor(ctx, folder, sink);
  const sum = vendor ? undefined : readSum(ctx, folder, mod);
  const { packages, projects } = buildGoMod(mod, file.path, folder, vendor, sum, sink);
  packages.push(...toolchain);
  for (const p of projects) {
    p.dependencies.push(...toolchainEdges(toolchain));
    p.dependencies.sort((a, b) => compareStrings(a.id, b.id));
  }
  propagateScopes(projects, packages);
  markDirect(projects, packages);
  return { packages, projects, diagnostics: sink.finish() };
}

export const goModExtractor: Extractor = {
  id: 'go/go-mod',
  description:
    'Reads go.mod: requirements (indirect = transitive) after replace and exclude, the module as a project, vendor/modules.txt beside it (or go.sum for go < 1.17); the go/toolchain lines as the Go stdlib and toolchain packages (matched only with --go-stdlib).',
  ecosystem: ECOSYSTEM,
  files: ['go.mod'],
  requirements: { network: false },
  matches: (path) => path === 'go.mod' || path.endsWith('/go.mod'),
  extract: extractGoMod,
};
