import type { Location, Package, Project } from '../model/package.js';
import { isNormalizedScopes, normalizeScopes } from '../model/scopes.js';

function locationKey(l: Location): string {
  return `${l.path}\u0000${l.line ?? 0}`;
}

function compareLocations(a: Location, b: Location): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** True when every item sorts strictly after the one before it (so the list is sorted and unique). */
function strictlyIncreasing<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (!(compare(items[i - 1]!, items[i]!) < 0)) return false;
  return true;
}

/** True when normalising `p` (below) would not change it: extractors mostly emit packages so. */
function isNormalized(p: Package): boolean {
  return (
    isNormalizedScopes(p.scopes) &&
    strictlyIncreasing(p.locations, compareLocations) &&
    strictlyIncreasing(p.dependencies, compareText) &&
    !p.dependencies.includes(p.id) &&
    (!p.aliases || strictlyIncreasing(p.aliases, compareText))
  );
}

/** Sorts and dedupes the lists of a package this module owns (a copy), in place. */
function normalize(p: Package): void {
  const locs = new Map(p.locations.map((l) => [locationKey(l), l]));
  p.locations = [...locs.values()].sort(compareLocations);
  p.dependencies = uniqueSorted(p.dependencies.filter((d) => d !== p.id));
  p.scopes = normalizeScopes(p.scopes);
  if (p.aliases) p.aliases = uniqueSorted(p.aliases);
}

function copyOf(p: Package): Package {
  return { ...p, locations: [...p.locations], dependencies: [...p.dependencies] };
}

/**
 * Merges packages with the same id (the same component found in several places) into one. The
 * input is not modified: a package found once and already normalised is returned as it is, any
 * other as a normalised copy.
 */
export function mergePackages(packages: Iterable<Package>): Package[] {
  const byId = new Map<string, Package>();
  const copies = new Set<Package>();
  for (const p of packages) {
    let seen = byId.get(p.id);
    if (!seen) {
      byId.set(p.id, p);
      continue;
    }
    if (!copies.has(seen)) {
      seen = copyOf(seen);
      copies.add(seen);
      byId.set(p.id, seen);
    }
    seen.direct = seen.direct || p.direct;
    seen.scopes = normalizeScopes([...seen.scopes, ...p.scopes]);
    seen.locations.push(...p.locations);
    seen.dependencies.push(...p.dependencies);
    if (p.aliases) seen.aliases = [...(seen.aliases ?? []), ...p.aliases];
    if (!seen.source.integrity && p.source.integrity)
      seen.source = { ...seen.source, integrity: p.source.integrity };
  }
  const out = [...byId.values()];
  for (let i = 0; i < out.length; i++) {
    let p = out[i]!;
    if (!copies.has(p)) {
      if (isNormalized(p)) continue;
      p = copyOf(p);
      out[i] = p;
    }
    normalize(p);
  }
  return out.sort((a, b) => compareText(a.id, b.id));
}

/** Merges projects with the same id and sorts them and their dependency lists. */
export function mergeProjects(projects: Iterable<Project>): Project[] {
  const byId = new Map<string, Project>();
  for (const p of projects) {
    const seen = byId.get(p.id);
    if (!seen) byId.set(p.id, { ...p, dependencies: [...p.dependencies] });
    else seen.dependencies.push(...p.dependencies);
  }
  const out = [...byId.values()];
  for (const p of out) {
    const deps = new Map(p.dependencies.map((d) => [`${d.id}\u0000${d.scope}`, d]));
    p.dependencies = [...deps.values()].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0,
    );
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
