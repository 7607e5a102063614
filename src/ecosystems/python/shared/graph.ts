/**
 * The dependency graph of a Python lockfile whose entries name their dependencies (poetry.lock,
 * uv.lock, pdm.lock): edges by PEP 503 name (to every locked version of that name, since markers can
 * lock several), the root's direct dependencies from the pyproject.toml beside the lockfile, and
 * scopes either from the lockfile's own groups or propagated from those direct dependencies.
 */
import { posix } from 'node:path';
import { errorMessage } from '../../../core/errors/index.js';
import type {
  DirectDependency,
  Package,
  PackageSource,
  Project,
  Resolution,
  Scope,
} from '../../../core/model/package.js';
import { markDirect, normalizeScopes, propagateScopes } from '../../../core/model/scopes.js';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { makeProject } from '../../shared/package.js';
import { parseTomlFile } from '../../shared/toml.js';
import { compareById, locationOf, PYPI, pypiName, pypiPackage } from './package.js';
import { type Pyproject, readPyproject } from './pyproject.js';

export interface LockEntry {
  name: string;
  version: string;
  source: PackageSource;
  line: number;
  /** Names of the packages it depends on, as written. */
  dependencies: string[];
  /** Scopes the lockfile itself records for the entry (poetry groups, pdm groups); empty when none. */
  scopes: Scope[];
  /** `unresolved` for an entry the lockfile gives no version (e.g. a VCS entry of pylock.toml). */
  resolution?: Resolution;
}

/** The pyproject.toml in the lockfile's folder, when there is a readable one. */
export function siblingPyproject(
  lockPath: string,
  ctx: ExtractorContext,
  sink: DiagnosticSink,
): { path: string; doc: Pyproject } | undefined {
  const dir = posix.dirname(lockPath);
  const path = dir === '.' ? 'pyproject.toml' : `${dir}/pyproject.toml`;
  const text = ctx.readText(path);
  if (text === undefined) return undefined;
  try {
    return { path, doc: readPyproject(parseTomlFile(text, path)) };
  } catch (err) {
    sink.push({
      level: 'warning',
      code: 'manifest-unreadable',
      message: `${errorMessage(err)}; direct dependencies are inferred from the lockfile alone.`,
      path,
    });
    return undefined;
  }
}

export interface GraphInput {
  lockPath: string;
  entries: LockEntry[];
  /** Direct dependencies of the root project (normalised name -> scopes), when known. */
  rootDirect?: Map<string, Scope[]>;
  /** The root project, when the lockfile or pyproject names it. */
  root?: { name?: string; version?: string; path: string; line?: number };
  /** Use the entries' own scopes instead of propagating from the root. */
  lockScopes: boolean;
}

/**
 * Packages with edges, direct flags and scopes, and the root Project. Without a known root, the
 * entries no other entry depends on are marked direct (each of them must be a direct dependency).
 */
export function buildLockGraph(input: GraphInput): { packages: Package[]; projects: Project[] } {
  const byName = new Map<string, Package[]>();
  const pairs: [LockEntry, Package][] = [];
  const byId = new Map<string, Package>();
  for (const e of input.entries) {
    const pkg = pypiPackage({
      name: e.name,
      version: e.version,
      source: e.source,
      location: locationOf(input.lockPath, e.line),
      scopes: normalizeScopes(e.scopes),
      ...(e.resolution ? { resolution: e.resolution } : {}),
    });
    const seen = byId.get(pkg.id);
    if (seen) {
      seen.locations.push(...pkg.locations);
      seen.scopes = normalizeScopes([...seen.scopes, ...pkg.scopes]);
      pairs.push([e, seen]);
      continue;
    }
    byId.set(pkg.id, pkg);
    pairs.push([e, pkg]);
    const list = byName.get(pkg.name);
    if (list) list.push(pkg);
    else byName.set(pkg.name, [pkg]);
  }
  const depended = new Set<string>();
  for (const [e, pkg] of pairs) {
    const ids = new Set(pkg.dependencies);
    for (const dep of e.dependencies) {
      for (const target of byName.get(pypiName(dep)) ?? []) {
        if (target.id === pkg.id) continue;
        ids.add(target.id);
        depended.add(target.id);
      }
    }
    pkg.dependencies = [...ids].sort();
  }
  const packages = [...byId.values()].sort(compareById);
  const projects: Project[] = [];
  const directDeps: DirectDependency[] = [];
  if (input.rootDirect) {
    for (const [name, scopes] of input.rootDirect) {
      for (const target of byName.get(name) ?? [])
        for (const scope of scopes) directDeps.push({ id: target.id, scope });
    }
  } else {
    for (const pkg of packages) {
      if (depended.has(pkg.id)) continue;
      for (const scope of pkg.scopes.length > 0 ? pkg.scopes : (['prod'] as Scope[]))
        directDeps.push({ id: pkg.id, scope });
    }
  }
  directDeps.sort((a, b) => compareById(a, b) || (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0));
  if (input.root) {
    const folder = posix.dirname(input.lockPath);
    projects.push(
      makeProject({
        ecosystem: PYPI,
        folder,
        ...(input.root.name ? { name: input.root.name } : {}),
        ...(input.root.version ? { version: input.root.version } : {}),
        location: { path: input.root.path, ...(input.root.line ? { line: input.root.line } : {}) },
        dependencies: directDeps,
      }),
    );
  }
  const graphRoots = projects.length > 0 ? projects : [{ dependencies: directDeps } as Project];
  if (!input.lockScopes) propagateScopes(graphRoots, packages);
  else for (const p of packages) if (p.scopes.length === 0) p.scopes = ['prod'];
  markDirect(graphRoots, packages);
  return { packages, projects };
}

/** Direct dependencies by normalised name from a pyproject.toml, with every scope each is declared in. */
export function directFromPyproject(doc: Pyproject): Map<string, Scope[]> {
  const out = new Map<string, Scope[]>();
  for (const d of doc.dependencies) {
    const key = pypiName(d.name);
    out.set(key, normalizeScopes([...(out.get(key) ?? []), d.scope]));
  }
  return out;
}
