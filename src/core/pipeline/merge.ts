import type { Location, Package, Project } from '../model/package.js';
import { normalizeScopes } from '../model/scopes.js';

function locationKey(l: Location): string {
  return `${l.path}\u0000${l.line ?? 0}`;
}

function compareLocations(a: Location, b: Location): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0);
}

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Merges packages with the same id (the same component found in several places) into one. */
export function mergePackages(packages: Iterable<Package>): Package[] {
  const byId = new Map<string, Package>();
  for (const p of packages) {
    const seen = byId.get(p.id);
    if (!seen) {
      byId.set(p.id, { ...p, locations: [...p.locations], dependencies: [...p.dependencies] });
      continue;
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
  for (const p of out) {
    const locs = new Map(p.locations.map((l) => [locationKey(l), l]));
    p.locations = [...locs.values()].sort(compareLocations);
    p.dependencies = uniqueSorted(p.dependencies.filter((d) => d !== p.id));
    p.scopes = normalizeScopes(p.scopes);
    if (p.aliases) p.aliases = uniqueSorted(p.aliases);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
