/**
 * What every Java extractor shares: the OSV ecosystem name, the `groupId:artifactId` name, the
 * `pkg:maven/<groupId>/<artifactId>@<version>` purl (with `type` / `classifier` qualifiers per the purl
 * spec: `jar` is the default type and is left out), a package collector that merges repeated entries,
 * and the cheap file-name match.
 */
import type { Location, Package, Resolution, Scope } from '../../core/model/package.js';
import { normalizeScopes } from '../../core/model/scopes.js';
import { makePackage } from '../shared/package.js';

export const MAVEN = 'Maven';

export interface MavenCoordinates {
  groupId: string;
  artifactId: string;
  version: string;
  type?: string;
  classifier?: string;
}

export interface MavenPackageInit extends MavenCoordinates {
  resolution?: Resolution;
  location?: Location;
  scopes?: Scope[];
  direct?: boolean;
  /** Checksum of the artifact as `<algorithm>:<hex>`. */
  integrity?: string;
}

export function mavenName(groupId: string, artifactId: string): string {
  return `${groupId}:${artifactId}`;
}

export function mavenPackage(init: MavenPackageInit): Package {
  const qualifiers: Record<string, string> = {};
  if (init.classifier) qualifiers.classifier = init.classifier;
  if (init.type && init.type !== 'jar') qualifiers.type = init.type;
  return makePackage({
    ecosystem: MAVEN,
    name: mavenName(init.groupId, init.artifactId),
    version: init.version,
    purlType: 'maven',
    purlNamespace: init.groupId,
    purlName: init.artifactId,
    qualifiers,
    ...(init.resolution ? { resolution: init.resolution } : {}),
    ...(init.location ? { location: init.location } : {}),
    ...(init.scopes ? { scopes: init.scopes } : {}),
    ...(init.direct !== undefined ? { direct: init.direct } : {}),
    ...(init.integrity ? { source: { kind: 'registry', integrity: init.integrity } } : {}),
  });
}

/**
 * Packages in first-seen order, one per id: a repeated entry adds its location and scopes to the
 * first (directness is kept when any occurrence is direct).
 */
export class PackageCollector {
  readonly #byId = new Map<string, Package>();

  add(pkg: Package): Package {
    const seen = this.#byId.get(pkg.id);
    if (!seen) {
      this.#byId.set(pkg.id, pkg);
      return pkg;
    }
    for (const loc of pkg.locations) {
      if (!seen.locations.some((l) => l.path === loc.path && l.line === loc.line)) seen.locations.push(loc);
    }
    seen.scopes = normalizeScopes([...seen.scopes, ...pkg.scopes]);
    seen.direct = seen.direct || pkg.direct;
    // One id for the artifact and its typed/classified variants: keep the plain purl when one exists.
    if (pkg.purl && seen.purl?.includes('?') && !pkg.purl.includes('?')) seen.purl = pkg.purl;
    return seen;
  }

  get size(): number {
    return this.#byId.size;
  }

  packages(): Package[] {
    return [...this.#byId.values()];
  }
}

/** The last segment of a POSIX path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** An extractor's cheap `matches`: true when the path's file name is one of `names`. */
export function matchesBaseName(names: readonly string[]): (path: string) => boolean {
  return (path) => names.includes(baseName(path));
}

/** Text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
