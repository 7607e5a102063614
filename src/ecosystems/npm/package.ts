import type { Location, Package, PackageSource, Resolution, Scope } from '../../core/model/package.js';
import { buildPurl, isPurlSafe, sourceQualifiers } from '../../core/purl/purl.js';
import { compareStrings } from '../../core/util/compare.js';
import { packageId } from '../shared/package.js';

export const NPM = 'npm';

export interface NpmPackageInit {
  /**
   * npmPackageId() of name, version and source, when the caller has already built it: the package
   * then carries that same string, already flattened and hashed where the caller used it as a key.
   */
  id?: string;
  name: string;
  /** Exact version; may be empty for a git dependency identified only by its commit. */
  version: string;
  source?: PackageSource;
  resolution?: Resolution;
  location?: Location;
  scopes?: Scope[];
  direct?: boolean;
  dependencies?: string[];
  /** Name the package is installed under when it is an alias (`"x": "npm:y@1"`). */
  alias?: string;
}

/** Stable id of an npm package: name@version, plus the source for anything not from the registry. */
export function npmPackageId(name: string, version: string, source?: PackageSource): string {
  return packageId('npm', name, version, source);
}

/**
 * 1 when `s` (from `start`) needs no percent-encoding in a purl, 2 when it also has upper-case letters
 * (kept in a version, lower-cased in an npm namespace or name), else 0.
 */
function plainPart(s: string, start: number): number {
  let kind = 1;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isPurlSafe(c)) return 0;
    if (c >= 65 && c <= 90) kind = 2;
  }
  return kind;
}

/**
 * The purl buildPurl gives a registry package (no qualifiers) whose name and version need no
 * encoding, without it: a namespace or name is lower-cased (`@` is `%40`), a version kept as is.
 * Undefined when a part needs more than that (package.test.ts checks the equality over many names
 * and versions).
 */
export function plainNpmPurl(name: string, version: string): string | undefined {
  let slash = -1;
  if (name.charCodeAt(0) === 64) {
    slash = name.indexOf('/');
    if (slash < 0) return undefined;
  }
  const local = name.slice(slash + 1);
  const nameKind = plainPart(name, slash + 1);
  if (nameKind === 0 || local.length === 0) return undefined;
  if (version !== '' && plainPart(version, 0) === 0) return undefined;
  let scope = '';
  if (slash >= 0) {
    scope = name.slice(1, slash);
    const scopeKind = scope === '' ? 1 : plainPart(scope, 0);
    if (scopeKind === 0) return undefined;
    scope = `%40${scopeKind === 2 ? scope.toLowerCase() : scope}/`;
  }
  const at = version === '' ? '' : `@${version}`;
  return `pkg:npm/${scope}${nameKind === 2 ? local.toLowerCase() : local}${at}`;
}

/** purl for an npm package: git sources carry `vcs_url`, tarballs `download_url` (purl spec qualifiers). */
export function npmPurl(name: string, version: string, source?: PackageSource): string | undefined {
  const qualifiers = sourceQualifiers(source);
  if (source?.kind !== 'git' && source?.kind !== 'tarball') {
    const plain = plainNpmPurl(name, version);
    if (plain !== undefined) return plain;
  }
  return builtNpmPurl(name, version, qualifiers);
}

/** The npm purl built by buildPurl (also the reference plainNpmPurl is tested against). */
export function builtNpmPurl(
  name: string,
  version: string,
  qualifiers: Record<string, string> = {},
): string | undefined {
  let namespace: string | undefined;
  let local = name;
  if (name.startsWith('@')) {
    const slash = name.indexOf('/');
    if (slash < 0) return undefined;
    namespace = name.slice(0, slash);
    local = name.slice(slash + 1);
  }
  if (!local) return undefined;
  return buildPurl({ type: 'npm', namespace, name: local, version, qualifiers });
}

/** Order of a package's locations: by path, then line (an unknown line first). */
export function compareLocations(a: Location, b: Location): number {
  return compareStrings(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0);
}

/** A location in `path`, with the 1-based line when known (undefined or 0: unknown). */
export function locationOf(path: string, line: number | undefined): Location {
  return line !== undefined && line > 0 ? { path, line } : { path };
}

export function npmPackage(init: NpmPackageInit): Package {
  const source = init.source ?? { kind: 'registry' };
  const pkg: Package = {
    id: init.id ?? npmPackageId(init.name, init.version, source),
    ecosystem: NPM,
    name: init.name,
    version: init.version,
    resolution: init.resolution ?? 'pinned',
    source,
    direct: init.direct ?? false,
    scopes: init.scopes ?? [],
    locations: init.location ? [init.location] : [],
    dependencies: init.dependencies ?? [],
  };
  const purl = npmPurl(init.name, init.version, source);
  if (purl) pkg.purl = purl;
  if (init.alias && init.alias !== init.name) pkg.aliases = [init.alias];
  return pkg;
}

/**
 * Classifies an npm dependency specifier or `resolved` value: registry semver, alias (`npm:name@range`),
 * git (git+https, github:, user/repo shorthand...), tarball URL, local file or link.
 */
export type SpecKind = 'semver' | 'alias' | 'git' | 'tarball' | 'file' | 'link' | 'workspace' | 'other';

export function classifySpec(spec: string): SpecKind {
  const s = spec.trim();
  if (s.startsWith('npm:')) return 'alias';
  if (s.startsWith('workspace:')) return 'workspace';
  if (s.startsWith('file:')) return 'file';
  if (s.startsWith('link:') || s.startsWith('portal:')) return 'link';
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(s)) return 'git';
  if (/^https?:\/\//.test(s)) return classifyHttpUrl(s);
  if (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(s) && !s.startsWith('.')) return 'git';
  if (s.startsWith('.') || s.startsWith('/') || s.startsWith('~/')) return 'file';
  return 'semver';
}

const GIT_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);

/** An http(s) spec is a tarball when it names an archive, git when it names a repository. */
function classifyHttpUrl(spec: string): SpecKind {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    return 'other';
  }
  const path = url.pathname;
  if (path.endsWith('.tgz') || path.endsWith('.tar.gz') || path.endsWith('.tar')) return 'tarball';
  if (path.endsWith('.git')) return 'git';
  const segments = path.split('/').filter(Boolean);
  if (GIT_HOSTS.has(url.hostname.toLowerCase()) && segments.length === 2) return 'git';
  return 'tarball';
}
