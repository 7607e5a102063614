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
  /** Adds one occurrence; `id` is npmPackageId() of it when the caller already has it. */
  add(occurrence: Occurrence, id?: string): void;
  /** Packages unique by id, sorted by id, each with sorted unique edges, scopes and aliases. */
  list(): Package[];
}

/**
 * Sorts in place (the default sort: UTF-16 code unit order, the same as `<`) and drops duplicates
 * and `drop`. No Set: most lists are short.
 */
function uniqueSorted(values: string[], drop: string): string[] {
  if (values.length === 0) return values;
  values.sort();
  let n = 0;
  for (const v of values) if (v !== drop && (n === 0 || values[n - 1] !== v)) values[n++] = v;
  values.length = n;
  return values;
}

export function createCollector(): PackageCollector {
  const byId = new Map<string, Package>();
  return {
    add(o, knownId) {
      const id = knownId ?? npmPackageId(o.name, o.version, o.source);
      const seen = byId.get(id);
      if (!seen) {
        // npmPackage keeps the scopes array it is given; o.scopes may be shared, so give it a copy.
        const pkg = npmPackage({ ...o, scopes: [...o.scopes] });
        byId.set(id, pkg);
        return;
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
    },
    list() {
      const out = [...byId.keys()].sort().map((id) => byId.get(id)!);
      for (const p of out) {
        p.dependencies = uniqueSorted(p.dependencies, p.id);
        if (p.scopes.length > 1) p.scopes = normalizeScopes(p.scopes);
        if (p.aliases) p.aliases = uniqueSorted(p.aliases, '');
        if (p.locations.length > 1) {
          const unique = new Map(p.locations.map((l) => [`${l.path}\u0000${l.line ?? 0}`, l]));
          p.locations = [...unique.values()].sort(compareLocations);
        }
      }
      return out;
    },
  };
}
