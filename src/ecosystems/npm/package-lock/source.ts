/**
 * Where a locked package comes from, read from `resolved` (v2/v3) or a v1 `version` that is not a
 * version. No regular expression here runs on unbounded text: inputs are length-bounded by entry.ts.
 */
import { posix } from 'node:path';
import type { PackageSource } from '../../../core/model/package.js';
import { isCommitHash } from '../commit.js';
import { classifySpec, type SpecKind } from '../package.js';
import { redactUrl } from '../url.js';

const DEFAULT_REGISTRIES = new Set(['https://registry.npmjs.org', 'https://registry.yarnpkg.com']);

const HOSTED: ReadonlyArray<readonly [string, string]> = [
  ['github:', 'https://github.com/'],
  ['gitlab:', 'https://gitlab.com/'],
  ['bitbucket:', 'https://bitbucket.org/'],
  ['gist:', 'https://gist.github.com/'],
];

/** A git source from `git+ssh://git@github.com/x/y.git#<sha>`, `github:x/y#<sha>`, `x/y#<sha>`... */
export function gitSource(spec: string, integrity?: string): PackageSource {
  const hash = spec.indexOf('#');
  let url = hash < 0 ? spec : spec.slice(0, hash);
  const fragment = hash < 0 ? '' : spec.slice(hash + 1);
  const hosted = HOSTED.find(([prefix]) => url.startsWith(prefix));
  if (hosted) url = `${hosted[1]}${url.slice(hosted[0].length)}.git`;
  else if (!url.includes(':')) url = `https://github.com/${url}.git`;
  const source: PackageSource = { kind: 'git', url: redactUrl(url) };
  if (isCommitHash(fragment)) source.commit = fragment.toLowerCase();
  if (integrity) source.integrity = integrity;
  return source;
}

/** A path relative to the lockfile's folder, made relative to the scanned root. */
export function localPath(dir: string, path: string): string {
  const p = path.startsWith('file:') ? path.slice(5) : path;
  return posix.normalize(posix.join(dir, p));
}

/**
 * classifySpec, except that every http(s) URL is a tarball: npm writes git URLs in lockfiles with a
 * `git+` prefix, and classifySpec would call `https://codeload.github.com/...` git (it contains `.git`).
 */
function specKind(spec: string): SpecKind {
  return spec.startsWith('https://') || spec.startsWith('http://') ? 'tarball' : classifySpec(spec);
}

/** Registry base URL when `url` is `<registry>/<name>/-/<file>.tgz` for this package, else undefined. */
function registryBase(url: string, name: string): string | undefined {
  let i = url.indexOf(`/${name}/-/`);
  if (i < 0 && name.includes('/')) {
    // Some registries encode the scope separator: /@scope%2fname/-/
    const encoded = name.replace('/', '%2f');
    i = url.toLowerCase().indexOf(`/${encoded.toLowerCase()}/-/`);
  }
  return i > 0 ? url.slice(0, i) : undefined;
}

const NPMJS = 'https://registry.npmjs.org/';

/**
 * Whether `url` is `https://registry.npmjs.org/<name>/-/...`, which is what most `resolved` fields
 * are: the registry source the general path below finds, without its scans. Exact when `name` has
 * at most one `/`: `/<name>/-/` then cannot also occur earlier in the URL (where registryBase would
 * find it), since the only earlier slashes are the two of `https://`, and a match there would need
 * `name` to contain `registry.npmjs.org/` and a second slash. redactUrl leaves such a URL as it is.
 */
function isNpmjsTarball(url: string, name: string): boolean {
  if (!url.startsWith(NPMJS) || !url.startsWith(name, NPMJS.length)) return false;
  if (!url.startsWith('/-/', NPMJS.length + name.length)) return false;
  const slash = name.indexOf('/');
  return slash < 0 || name.indexOf('/', slash + 1) < 0;
}

/**
 * Source of a v2/v3 entry (or of a v1 entry with a real version) from its `resolved` field: registry
 * when absent or a registry tarball of this package, git, another tarball URL, or a local `file:` path.
 */
export function sourceFromResolved(
  resolved: string | undefined,
  name: string,
  dir: string,
  integrity?: string,
): PackageSource {
  let source: PackageSource;
  const kind = !resolved ? 'semver' : isNpmjsTarball(resolved, name) ? 'npmjs' : specKind(resolved);
  if (!resolved || kind === 'npmjs') {
    source = { kind: 'registry' };
  } else if (kind === 'git' && resolved.includes(':')) {
    return gitSource(resolved, integrity);
  } else if (kind === 'tarball') {
    const clean = redactUrl(resolved);
    const base = registryBase(clean, name);
    if (base === undefined) source = { kind: 'tarball', url: clean };
    else source = DEFAULT_REGISTRIES.has(base) ? { kind: 'registry' } : { kind: 'registry', url: base };
  } else {
    source = { kind: 'file', url: localPath(dir, resolved) };
  }
  if (integrity) source.integrity = integrity;
  return source;
}

/** What a v1 `version` field holds: a version, or (for non-registry packages) where it came from. */
export type V1Version =
  | { kind: 'version'; version: string }
  | { kind: 'alias'; name: string; version: string }
  | { kind: 'source'; source: PackageSource }
  | { kind: 'invalid'; reason: string };

export function readV1Version(spec: string, dir: string, integrity?: string): V1Version {
  const kind = specKind(spec);
  if (kind === 'alias') {
    const real = spec.slice(4);
    const at = real.lastIndexOf('@');
    if (at <= 0 || at === real.length - 1) return { kind: 'invalid', reason: 'alias without a version' };
    return { kind: 'alias', name: real.slice(0, at), version: real.slice(at + 1) };
  }
  if (kind === 'git') return { kind: 'source', source: gitSource(spec, integrity) };
  const withIntegrity = (s: PackageSource): PackageSource => (integrity ? { ...s, integrity } : s);
  if (kind === 'tarball')
    return { kind: 'source', source: withIntegrity({ kind: 'tarball', url: redactUrl(spec) }) };
  if (kind === 'file' || kind === 'link') {
    return { kind: 'source', source: withIntegrity({ kind: 'file', url: localPath(dir, spec) }) };
  }
  return { kind: 'version', version: spec };
}
