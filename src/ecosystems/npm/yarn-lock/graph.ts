/**
 * Entries -> packages and dependency edges. One map from descriptor (name, then range) to package id
 * is built once; every `name@range` a package depends on is looked up in it without building strings.
 * Entries that resolve to the same package (a berry `patch:` and its original, duplicate classic
 * entries) merge into one package.
 */
import type { Package } from '../../../core/model/package.js';
import { getOrInit } from '../../../core/util/map.js';
import { compareLocations, locationOf, npmPackage } from '../package.js';
import { compareById } from '../project.js';
import { hasProtocol } from './descriptor.js';
import type { ParsedLock } from './entry.js';

/** name -> range -> package id, or `null` for a workspace (first-party, not a package). */
export type DescriptorMap = Map<string, Map<string, string | null>>;

export interface Graph {
  /** Sorted by id. */
  packages: Package[];
  descriptors: DescriptorMap;
}

function addDescriptor(map: DescriptorMap, name: string, range: string, id: string | null): void {
  const ranges = getOrInit(map, name, () => new Map<string, string | null>());
  if (!ranges.has(range)) ranges.set(range, id);
}

/**
 * Looks up a dependency. Berry writes dependency ranges with a protocol in v8 lockfiles (`npm:^1`)
 * and without one in older ones (`^1`) while headers always carry it, so a bare range also tries `npm:`.
 */
export function resolveDependency(
  map: DescriptorMap,
  name: string,
  range: string,
): string | null | undefined {
  const ranges = map.get(name);
  if (!ranges) return undefined;
  const exact = ranges.get(range);
  if (exact !== undefined || range === '' || hasProtocol(range)) return exact;
  return ranges.get(`npm:${range}`);
}

function sortedUnique(list: string[]): string[] {
  if (list.length === 1) return list;
  list.sort();
  let n = 1;
  for (let i = 1; i < list.length; i++) if (list[i] !== list[n - 1]) list[n++] = list[i]!;
  list.length = n;
  return list;
}

export function buildGraph(lock: ParsedLock, path: string): Graph {
  const descriptors: DescriptorMap = new Map();
  const packages = new Map<string, Package>();
  const entryPackages: Package[] = [];
  for (const ws of lock.workspaces)
    for (const d of ws.descriptors) addDescriptor(descriptors, d.name, d.range, null);
  for (const entry of lock.entries) {
    const fresh = npmPackage({
      name: entry.name,
      version: entry.version,
      source: entry.source,
      location: locationOf(path, entry.line),
    });
    let pkg = packages.get(fresh.id);
    if (pkg) pkg.locations.push(...fresh.locations);
    else {
      pkg = fresh;
      packages.set(pkg.id, pkg);
    }
    if (entry.aliases.length > 0)
      pkg.aliases = [...new Set([...(pkg.aliases ?? []), ...entry.aliases])].sort();
    entryPackages.push(pkg);
    for (const d of entry.descriptors) addDescriptor(descriptors, d.name, d.range, pkg.id);
  }
  // Edges gathered per package in arrays (cheaper than a Set per package), then sorted and de-duplicated.
  const edges = new Map<Package, string[]>();
  for (let i = 0; i < lock.entries.length; i++) {
    const deps = lock.entries[i]!.dependencies;
    if (deps.length === 0) continue;
    const pkg = entryPackages[i]!;
    const list = getOrInit(edges, pkg, () => []);
    for (const [name, range] of deps) {
      const dep = resolveDependency(descriptors, name, range);
      if (dep && dep !== pkg.id) list.push(dep);
    }
  }
  const sorted = [...packages.values()].sort(compareById);
  for (const pkg of sorted) {
    const list = edges.get(pkg);
    if (list && list.length > 0) pkg.dependencies = sortedUnique(list);
    if (pkg.locations.length > 1) pkg.locations.sort(compareLocations);
  }
  return { packages: sorted, descriptors };
}
