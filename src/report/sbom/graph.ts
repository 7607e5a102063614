/**
 * The dependency graph both SBOM renderers (CycloneDX, SPDX) write: the scanned root, the other
 * first-party projects, the packages, and their edges. Built once per render, in linear time (Maps
 * and Sets only), sorted in code-unit order so that the input order never shows in the output.
 */
import { createHash } from 'node:crypto';
import type { Inventory } from '../../core/model/inventory.js';
import type { Location, Package, Project, Scope } from '../../core/model/package.js';
import { isNormalizedScopes, normalizeScopes } from '../../core/model/scopes.js';
import { canonicalPurl, parsePurl } from '../../core/purl/purl.js';
import { compareStrings } from '../../core/util/compare.js';

/** Identifies a node. Kind-prefixed, so a package and a project with the same id stay distinct. */
export type NodeKey = string;

/** Key of the synthetic root used when the inventory has no project at the scanned root. */
export const ROOT_KEY: NodeKey = 'root';

export interface PackageNode {
  key: NodeKey;
  /** A normalised copy: scopes canonical, locations and aliases sorted and unique. */
  pkg: Package;
  /** Keys of the nodes it depends on (sorted, unique, existing, never itself). */
  dependsOn: NodeKey[];
}

export interface DirectEdge {
  to: NodeKey;
  /** Scopes through which the project depends on `to` (canonical order, never empty). */
  scopes: Scope[];
}

export interface ProjectNode {
  key: NodeKey;
  /** Absent for the synthetic root. */
  project?: Project;
  /** Declared dependencies, sorted by key. */
  dependsOn: DirectEdge[];
  /** Root only: the other first-party projects (sorted keys). */
  contains: NodeKey[];
  /** True when another node depends on this project (it is then a library of the workspace). */
  dependedOn: boolean;
}

export interface SbomGraph {
  root: ProjectNode;
  /** First-party projects other than the root, sorted by id. */
  members: ProjectNode[];
  /** Packages sorted by id, unique by id. */
  packages: PackageNode[];
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function compareLocations(a: Location, b: Location): number {
  return compareStrings(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0);
}

/** True when every item sorts strictly after the one before it (so the list is sorted and unique). */
function strictlyIncreasing<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (!(compare(items[i - 1]!, items[i]!) < 0)) return false;
  return true;
}

const compareIds = (a: { id: string }, b: { id: string }): number => compareStrings(a.id, b.id);

/** The package itself when it is normalised already (as merged inventories are), else a normalised copy. */
function normalisePackage(pkg: Package): Package {
  if (
    isNormalizedScopes(pkg.scopes) &&
    strictlyIncreasing(pkg.locations, compareLocations) &&
    (!pkg.aliases || strictlyIncreasing(pkg.aliases, compareStrings))
  ) {
    return pkg;
  }
  const locations = new Map(pkg.locations.map((l) => [`${l.path}\u0000${l.line ?? ''}`, l]));
  const out: Package = {
    ...pkg,
    scopes: normalizeScopes(pkg.scopes),
    locations: [...locations.values()].sort(compareLocations),
  };
  if (pkg.aliases) out.aliases = [...new Set(pkg.aliases)].sort(compareStrings);
  return out;
}

/** Unique by id (the first one wins), sorted by id; the list itself when it is so already. */
function byId<T extends { id: string }>(items: readonly T[]): readonly T[] {
  if (strictlyIncreasing(items, compareIds)) return items;
  const unique = new Map<string, T>();
  for (const item of items) if (!unique.has(item.id)) unique.set(item.id, item);
  return [...unique.values()].sort(compareIds);
}

function isRootPath(path: string): boolean {
  return path === '.' || path === '' || path === './';
}

/** Builds the graph of an inventory. Pure: the inventory is not modified. */
export function buildGraph(inventory: Inventory): SbomGraph {
  const packages = byId(inventory.packages);
  const projects = byId(inventory.projects);
  // A dependency id names a package; a first-party project only when no package has that id.
  const packageKeys = new Map<string, NodeKey>();
  for (const p of packages) packageKeys.set(p.id, `package:${p.id}`);
  const projectKeys = new Map<string, NodeKey>();
  for (const p of projects) projectKeys.set(p.id, `project:${p.id}`);
  const resolve = (id: string): NodeKey | undefined => packageKeys.get(id) ?? projectKeys.get(id);
  // Projects something depends on (only projects are asked: they become libraries of the workspace).
  const dependedOn = new Set<NodeKey>();

  const packageNodes: PackageNode[] = packages.map((raw) => {
    const key = packageKeys.get(raw.id)!;
    let dependsOn: NodeKey[] = [];
    for (const id of raw.dependencies) {
      const to = packageKeys.get(id);
      if (to !== undefined) {
        if (to !== key) dependsOn.push(to);
        continue;
      }
      const project = projectKeys.get(id);
      if (project === undefined) continue;
      dependsOn.push(project);
      dependedOn.add(project);
    }
    if (!strictlyIncreasing(dependsOn, compareStrings))
      dependsOn = [...new Set(dependsOn)].sort(compareStrings);
    return { key, pkg: normalisePackage(raw), dependsOn };
  });

  const projectNode = (project: Project): ProjectNode => {
    const key = projectKeys.get(project.id)!;
    const scopes = new Map<NodeKey, Scope[]>();
    for (const dep of project.dependencies) {
      const to = resolve(dep.id);
      if (!to || to === key) continue;
      const list = scopes.get(to);
      if (list) list.push(dep.scope);
      else scopes.set(to, [dep.scope]);
      dependedOn.add(to);
    }
    const dependsOn = [...scopes.entries()]
      .map(([to, s]) => ({ to, scopes: normalizeScopes(s) }))
      .sort((a, b) => compareStrings(a.to, b.to));
    return { key, project, dependsOn, contains: [], dependedOn: false };
  };

  const rootProject = projects.find((p) => isRootPath(p.path));
  const members = projects.filter((p) => p !== rootProject).map(projectNode);
  let root: ProjectNode;
  if (rootProject) {
    root = projectNode(rootProject);
  } else {
    root = { key: ROOT_KEY, dependsOn: [], contains: [], dependedOn: false };
    // Without any project (e.g. only lockfiles without manifests), the direct packages hang off the root.
    if (projects.length === 0) {
      root.dependsOn = packageNodes
        .filter((n) => n.pkg.direct)
        .map((n) => ({ to: n.key, scopes: n.pkg.scopes.length > 0 ? n.pkg.scopes : (['prod'] as Scope[]) }));
    }
  }
  root.contains = members.map((m) => m.key);
  for (const m of members) m.dependedOn = dependedOn.has(m.key);
  return { root, members, packages: packageNodes };
}

/**
 * The purl to publish for a package. An unresolved package's `version` is a declared range, which
 * is not a version: its purl is published without one (any version) rather than with the range.
 */
export function publishedPurl(pkg: Package): string | undefined {
  if (!pkg.purl || /\s/.test(pkg.purl)) return undefined;
  if (pkg.resolution !== 'unresolved') return pkg.purl;
  try {
    const parsed = parsePurl(pkg.purl);
    if (parsed.version === undefined || parsed.version === null) return pkg.purl;
    return canonicalPurl(parsed, { version: false });
  } catch {
    return undefined;
  }
}

/** The version to publish: none for an unresolved package (its `version` holds the declared range). */
export function publishedVersion(pkg: Package): string | undefined {
  return pkg.resolution === 'unresolved' || pkg.version === '' ? undefined : pkg.version;
}
