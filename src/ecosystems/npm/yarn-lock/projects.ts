/**
 * First-party projects and their direct dependencies. yarn.lock does not say which packages are direct;
 * the sibling package.json and its workspaces do. Berry also lists workspaces (with their dependencies,
 * dev ones merged in) as `@workspace:` entries, used when a manifest cannot be read.
 */

import { posix } from 'node:path';
import type { DirectDependency, Project, Scope } from '../../../core/model/package.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { manifestPath, type PackageManifest, readManifestIn } from '../manifest.js';
import { locationOf } from '../package.js';
import { compareDirect, npmProject } from '../project.js';
import { resolveWorkspaceDirs } from '../workspaces.js';
import type { WorkspaceEntry } from './entry.js';
import { type DescriptorMap, resolveDependency } from './graph.js';

/** Missing declared dependencies named in one diagnostic, at most. */
const MAX_NAMED_MISSING = 5;

function readManifest(ctx: ExtractorContext, dir: string, sink: DiagnosticSink): PackageManifest | undefined {
  return readManifestIn(ctx, dir, { sink, consequence: 'its direct dependencies are unknown' });
}

interface ProjectInput {
  dir: string;
  manifest: PackageManifest | undefined;
  entry: WorkspaceEntry | undefined;
}

function projectFrom(
  input: ProjectInput,
  map: DescriptorMap,
  memberNames: ReadonlySet<string>,
  sink: DiagnosticSink,
): Project {
  const lockPath = sink.path;
  const { dir, manifest, entry } = input;
  const deps = new Map<string, DirectDependency>();
  const add = (id: string, scope: Scope) => deps.set(`${id}\0${scope}`, { id, scope });
  const lockRanges = new Map(entry?.dependencies ?? []);
  if (manifest) {
    const missing: string[] = [];
    for (const dep of manifest.dependencies) {
      let id = resolveDependency(map, dep.name, dep.spec);
      // Berry rewrites some ranges (github: shorthands, patches); its workspace entry has the rewritten one.
      const lockRange = lockRanges.get(dep.name);
      if (id === undefined && lockRange !== undefined) id = resolveDependency(map, dep.name, lockRange);
      if (id) add(id, dep.scope);
      else if (id === undefined && dep.scope !== 'peer' && !memberNames.has(dep.name)) {
        missing.push(`${dep.name}@${dep.spec}`);
      }
    }
    if (missing.length > 0) {
      const named = missing
        .slice(0, MAX_NAMED_MISSING)
        .map((m) => quote(m))
        .join(', ');
      const more =
        missing.length > MAX_NAMED_MISSING ? ` and ${missing.length - MAX_NAMED_MISSING} more` : '';
      sink.warn(
        'missing-from-lockfile',
        `${manifestPath(dir)} declares ${named}${more}, not found in ${lockPath}; the lockfile is out of date. Run \`yarn install\` and commit yarn.lock.`,
      );
    }
  } else if (entry) {
    for (const [name, range] of entry.dependencies) {
      const id = resolveDependency(map, name, range);
      if (id) add(id, 'prod');
    }
  }
  return npmProject({
    folder: dir,
    name: manifest?.name ?? entry?.name,
    version: manifest?.version,
    location: manifest ? { path: manifestPath(dir) } : locationOf(lockPath, entry?.line),
    dependencies: [...deps.values()].sort(compareDirect),
  });
}

/**
 * Projects for the lockfile `sink.path`: the root package.json beside it, its workspace members,
 * and berry's workspace entries. Empty, with an info Diagnostic (unless there are no packages either),
 * when nothing says what is direct.
 */
export function buildProjects(
  ctx: ExtractorContext,
  map: DescriptorMap,
  workspaces: readonly WorkspaceEntry[],
  sink: DiagnosticSink,
  hasPackages = true,
): Project[] {
  const lockPath = sink.path;
  const rootDir = posix.dirname(lockPath);
  const root = readManifest(ctx, rootDir, sink);
  const entries = new Map(workspaces.map((w) => [w.path, w]));
  const dirs = new Set<string>(entries.keys());
  if (root) {
    dirs.add(rootDir);
    for (const d of resolveWorkspaceDirs(rootDir, root.workspaces, ctx.files)) dirs.add(d);
  }
  if (dirs.size === 0) {
    if (!hasPackages) return [];
    sink.info(
      'direct-dependencies-unknown',
      `No package.json beside ${lockPath}: direct dependencies and dev/prod scopes are unknown, so every package is reported as a transitive production dependency.`,
    );
    return [];
  }
  const inputs: ProjectInput[] = [...dirs].sort().map((dir) => ({
    dir,
    manifest: dir === rootDir ? root : readManifest(ctx, dir, sink),
    entry: entries.get(dir),
  }));
  const memberNames = new Set<string>();
  for (const i of inputs) {
    const n = i.manifest?.name ?? i.entry?.name;
    if (n) memberNames.add(n);
  }
  if (inputs.some((i) => !i.manifest)) {
    sink.info(
      'scopes-unknown',
      `Some workspaces listed in ${lockPath} have no readable package.json: their direct dependencies are taken from the lockfile, all with scope prod (dev dependencies cannot be told apart).`,
    );
  }
  return inputs.map((i) => projectFrom(i, map, memberNames, sink));
}
