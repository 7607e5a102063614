import type { DirectDependency, Project, Scope } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { isRecord } from '../boundary.js';
import { readManifestIn } from '../manifest.js';
import { locationOf, npmPackage } from '../package.js';
import { compareById, compareDirect, isOutsideRoot, npmProject, npmProjectId } from '../project.js';
import { type ReadContext, spend } from './packages.js';
import { checkDeps, forEachDep } from './schema.js';
import { rootRelative } from './source.js';

/** One first-party project: an `importers:` entry, or the lockfile's top level when it has none. */
export interface Importer {
  /** Key in `importers:` (`.`, `packages/a`). */
  key: string;
  /** Folder relative to the scanned root. */
  folder: string;
  id: string;
  entry: unknown;
}

/**
 * The projects of a lockfile: every `importers:` entry (folder joined to the lockfile's folder), or,
 * for a single-project lockfile (v5/v6 without importers), the root with the top-level
 * `dependencies` / `devDependencies` / `optionalDependencies`.
 */
export function listImporters(
  importers: Record<string, unknown>,
  top: Record<string, unknown>,
  lockDir: string,
  sink: DiagnosticSink,
  lines: Map<string, number> | undefined,
): Importer[] {
  const keys = Object.keys(importers);
  if (keys.length === 0) return [{ key: '.', folder: lockDir, id: npmProjectId(lockDir), entry: top }];
  const out: Importer[] = [];
  for (const key of keys) {
    const folder = rootRelative(lockDir, key);
    if (isOutsideRoot(folder)) {
      sink.warn(
        'invalid-entry',
        `importers: ${quote(key)} points outside the scanned folder; it is not reported as a project.`,
        lines?.get(key),
      );
      continue;
    }
    out.push({ key, folder, id: npmProjectId(folder), entry: importers[key] });
  }
  return out;
}

/**
 * Importer sections and the scope of their dependencies. `configDependencies` (pnpm config
 * dependencies, installed into node_modules/.pnpm-config) and `packageManagerDependencies` (pnpm
 * itself) appear in the env document of pnpm 11+ lockfiles: build tooling, not shipped with the
 * project, hence dev.
 */
const SECTIONS: ReadonlyArray<[string, Scope]> = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['configDependencies', 'dev'],
  ['packageManagerDependencies', 'dev'],
];

/** Projects of a lockfile, merged by id over its YAML documents. */
export class ProjectSet {
  private readonly byId = new Map<string, { project: Project; deps: Map<string, DirectDependency> }>();

  /** The project for an importer, created on first sight. */
  get(
    imp: Importer,
    rc: ReadContext,
    ctx: ExtractorContext,
    line: number | undefined,
  ): Map<string, DirectDependency> {
    const seen = this.byId.get(imp.id);
    if (seen) return seen.deps;
    // name and version from the project's package.json (a broken one is not read).
    const manifest = readManifestIn(ctx, imp.folder);
    const project = npmProject({
      folder: imp.folder,
      name: manifest?.name,
      version: manifest?.version,
      location: locationOf(rc.path, line),
    });
    const deps = new Map<string, DirectDependency>();
    this.byId.set(imp.id, { project, deps });
    return deps;
  }

  /** The projects with sorted dependencies, sorted by id. */
  finish(): Project[] {
    const out: Project[] = [];
    for (const { project, deps } of this.byId.values()) {
      project.dependencies = [...deps.values()].sort(compareDirect);
      out.push(project);
    }
    return out.sort(compareById);
  }
}

/**
 * Reads the importers of one document into `projects` and resolves their direct dependencies: to
 * packages, to other workspace members (`link:` to an importer folder: the project id, no
 * package), or to linked folders outside the workspace (a `link` package). A malformed section
 * is reported and skipped; the importer's other sections are still read.
 */
export function readProjects(
  importers: readonly Importer[],
  rc: ReadContext,
  ctx: ExtractorContext,
  projects: ProjectSet,
): void {
  const lines = rc.lines.get('importers');
  for (const imp of importers) {
    if (!spend(rc)) break;
    const line = lines?.get(imp.key);
    const deps = projects.get(imp, rc, ctx, line);
    const entry = imp.entry ?? {};
    if (!isRecord(entry)) {
      rc.sink.warn(
        'invalid-entry',
        `importers: ${quote(imp.key)} is not a mapping; its dependencies are not read.`,
        line,
      );
      continue;
    }
    for (const [section, scope] of SECTIONS) {
      const checked = checkDeps(entry[section], section);
      if (!checked.ok) {
        rc.sink.warn(
          'invalid-entry',
          `importers: ${quote(imp.key)}: ${checked.issue}; section not read.`,
          line,
        );
        continue;
      }
      forEachDep(checked.value, (name, ref) => {
        const id = resolveDirect(imp, name, ref, rc, ctx, line);
        if (id !== undefined) deps.set(`${id}\u0000${scope}`, { id, scope });
      });
    }
  }
}

/** The id (package or workspace project) a direct dependency points at, or undefined when missing. */
function resolveDirect(
  imp: Importer,
  name: string,
  ref: string,
  rc: ReadContext,
  ctx: ExtractorContext,
  line: number | undefined,
): string | undefined {
  const t = rc.graph.resolve(name, ref);
  if (t.kind === 'package') {
    rc.graph.addAlias(t.pkg, name);
    return t.pkg.id;
  }
  if (t.kind === 'project') return t.id;
  if (t.kind === 'missing') {
    rc.graph.missing(t.depPath);
    return undefined;
  }
  // link: paths are relative to the importer's folder.
  const folder = rootRelative(imp.folder, t.path);
  const member = rc.workspaceFolders.get(folder);
  if (member) return member;
  const linked = readManifestIn(ctx, folder);
  const pkg = rc.graph.add(
    npmPackage({
      name: linked?.name || name,
      version: linked?.version ?? '',
      source: { kind: 'link', url: folder },
      location: locationOf(rc.path, line),
    }),
    `link:${folder}`,
    `link:${folder}`,
  );
  rc.graph.addAlias(pkg, name);
  return pkg.id;
}
