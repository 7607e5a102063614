/**
 * Collects the packages of one lockfile, merging occurrences of the same id (the same name@version
 * installed in several folders) as they arrive. The result equals what mergePackages() returns for
 * one Package per occurrence (a test checks it), without building and then copying every occurrence:
 * on large lockfiles that doubled the allocations of the whole extraction.
 */
import type { Location, Package, PackageSource, Scope } from '../../../core/model/package.js';
import { normalizeScopes } from '../../../core/model/scopes.js';
import { compareLocations, npmPackage, npmPackageId } from '../package.js';

export interface Occurrence {
  name: string;
  version: string;
  source: PackageSource;
  scopes: readonly Scope[];
  location: Location;
  dependencies: string[];
  /** Installed name, when it differs from the package name. */
  alias?: string;
}

export interface PackageCollector {
  /**
   * Adds one occurrence; `id` is npmPackageId() of it when the caller already has it. Returns the
   * package it was merged into, whose `dependencies` the caller may still push edges to.
   */
  add(occurrence: Occurrence, id?: string): Package;
  /** Packages unique by id, sorted by id, each with sorted unique edges, scopes and aliases. */
  list(): Package[];
}

/** Insertion sort up to this length (no allocation); Array.prototype.sort above it. */
const SMALL = 16;

/**
 * Sorts in place (UTF-16 code unit order: the default sort's, and `<`'s) and drops duplicates and
 * `drop`. No Set: most lists are short.
 */
function uniqueSorted(values: string[], drop: string): string[] {
  const length = values.length;
  if (length === 0) return values;
  if (length > SMALL) values.sort();
  else {
    for (let i = 1; i < length; i++) {
      const v = values[i]!;
      let j = i - 1;
      for (; j >= 0 && values[j]! > v; j--) values[j + 1] = values[j]!;
      values[j + 1] = v;
    }
  }
  let n = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i]!;
    if (v !== drop && (n === 0 || values[n - 1] !== v)) values[n++] = v;
  }
  values.length = n;
  return values;
}

/**
 * Locations sorted by compareLocations, one per path and line (the last of equal ones, as a Map keyed
 * by path and line keeps). Occurrences mostly arrive in line order, so usually nothing is sorted.
 */
function uniqueLocations(locations: Location[]): Location[] {
  let ordered = true;
  for (let i = 1; i < locations.length && ordered; i++)
    ordered = compareLocations(locations[i - 1]!, locations[i]!) < 0;
  if (ordered) return locations;
  const sorted = locations.slice().sort(compareLocations);
  const out: Location[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const next = sorted[i + 1];
    if (next === undefined || compareLocations(sorted[i]!, next) !== 0) out.push(sorted[i]!);
  }
  return out;
}

export function createCollector(): PackageCollector {
  const byId = new Map<string, Package>();
  return {
    add(o, knownId) {
      const id = knownId ?? npmPackageId(o.name, o.version, o.source);
      const seen = byId.get(id);
      if (!seen) {
        // npmPackage keeps the arrays it is given; o.scopes may be shared, so it gets a copy.
        const pkg = npmPackage({
          id,
          name: o.name,
          version: o.version,
          source: o.source,
          scopes: o.scopes.slice(),
          location: o.location,
          dependencies: o.dependencies,
          alias: o.alias,
        });
        byId.set(id, pkg);
        return pkg;
      }
      seen.locations.push(o.location);
      for (const s of o.scopes) if (!seen.scopes.includes(s)) seen.scopes.push(s);
      for (const d of o.dependencies) seen.dependencies.push(d);
      if (o.alias !== undefined && o.alias !== o.name) {
        seen.aliases ??= [];
        seen.aliases.push(o.alias);
      }
      if (!seen.source.integrity && o.source.integrity)
        seen.source = { ...seen.source, integrity: o.source.integrity };
      return seen;
    },
    list() {
      const out = [...byId.keys()].sort().map((id) => byId.get(id)!);
      for (const p of out) {
        p.dependencies = uniqueSorted(p.dependencies, p.id);
        if (p.scopes.length > 1) p.scopes = normalizeScopes(p.scopes);
        if (p.aliases) p.aliases = uniqueSorted(p.aliases, '');
        if (p.locations.length > 1) p.locations = uniqueLocations(p.locations);
      }
      return out;
    },
  };
}
