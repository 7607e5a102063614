/**
 * Where a yarn.lock package comes from: classic `resolved` URLs and berry `resolution` references.
 */
import type { PackageSource } from '../../../core/model/package.js';
import { isCommitHash, isHex } from '../commit.js';
import { classifySpec } from '../package.js';
import { redactUrl } from '../url.js';

const DEFAULT_REGISTRIES = new Set(['registry.yarnpkg.com', 'registry.npmjs.org', 'registry.npmjs.com']);
const GIT_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'gist.github.com']);

/** Splits `url#fragment` at the first `#`. */
function splitFragment(s: string): [string, string] {
  const hash = s.indexOf('#');
  return hash < 0 ? [s, ''] : [s.slice(0, hash), s.slice(hash + 1)];
}

/** The commit in a git fragment: `commit=<sha>`, `commit:<sha>` (berry, possibly among `&` parts) or a bare sha. */
export function commitFromFragment(fragment: string): string | undefined {
  for (const part of fragment.split('&')) {
    if (part.startsWith('commit=') || part.startsWith('commit:')) {
      const sha = part.slice(7);
      return sha === '' ? undefined : sha;
    }
  }
  return isCommitHash(fragment) ? fragment : undefined;
}

function parseUrl(s: string): URL | undefined {
  try {
    return new URL(s);
  } catch {
    return undefined;
  }
}

function isGitUrl(s: string): boolean {
  if (s.startsWith('git+') || s.startsWith('git:') || s.startsWith('ssh:') || s.startsWith('git@'))
    return true;
  if (classifySpec(s) === 'git') return true;
  // `https://github.com/owner/repo[.git]#sha`: classifySpec reads a GitHub URL without `.git` as a tarball.
  const url = parseUrl(s);
  if (!url || !GIT_HOSTS.has(url.hostname)) return false;
  const segments = url.pathname.split('/').filter((x) => x !== '');
  return segments.length === 2 && !url.pathname.endsWith('.tgz') && !url.pathname.endsWith('.tar.gz');
}

/**
 * Git sources that yarn 1 fetches as archives: `codeload.github.com/<o>/<r>/tar.gz/<sha>` and
 * `gitlab.com/<path>/repository/archive.tar.gz?ref=<sha>`.
 */
function gitArchive(resolved: string): PackageSource | undefined {
  const url = parseUrl(resolved);
  if (!url) return undefined;
  const segments = url.pathname.split('/').filter((x) => x !== '');
  if (url.hostname === 'codeload.github.com' && segments.length === 4 && segments[2] === 'tar.gz') {
    const commit = segments[3]!;
    return {
      kind: 'git',
      url: `https://github.com/${segments[0]}/${segments[1]}`,
      ...(isCommitHash(commit) ? { commit } : {}),
    };
  }
  const archive = segments.indexOf('repository');
  if (archive > 0 && segments[archive + 1]?.startsWith('archive.')) {
    const ref = url.searchParams.get('ref') ?? '';
    return {
      kind: 'git',
      url: `${url.protocol}//${url.host}/${segments.slice(0, archive).join('/')}`,
      ...(isCommitHash(ref) ? { commit: ref } : {}),
    };
  }
  return undefined;
}

function gitSource(ref: string): PackageSource {
  const [url, fragment] = splitFragment(ref);
  const commit = commitFromFragment(fragment);
  return { kind: 'git', url: redactUrl(url), ...(commit ? { commit } : {}) };
}

/**
 * For a registry tarball URL (`<origin>/<name>/-/<file>.tgz`, the common case, checked with string
 * operations only): '' for the default registry, else the registry's origin. Undefined otherwise.
 */
function registryOrigin(url: string): string | undefined {
  const scheme = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : 0;
  if (scheme === 0 || !url.endsWith('.tgz')) return undefined;
  const slash = url.indexOf('/', scheme);
  if (slash < 0) return undefined;
  if (!url.includes('/-/', slash)) return undefined;
  let authority = url.slice(scheme, slash);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  const colon = authority.indexOf(':');
  const hostname = colon < 0 ? authority : authority.slice(0, colon);
  return DEFAULT_REGISTRIES.has(hostname.toLowerCase())
    ? ''
    : `${url.slice(0, scheme)}${authority.toLowerCase()}`;
}

/** yarn 1 writes the sha1 of a tarball as a hex fragment; express it as an SRI hash. */
function sha1Integrity(fragment: string): string | undefined {
  return isHex(fragment, 40, 40) ? `sha1-${Buffer.from(fragment, 'hex').toString('base64')}` : undefined;
}

/** Source of a classic (v1) entry from its descriptors' ranges, `resolved` and `integrity`. */
export function v1Source(ranges: readonly string[], resolved?: string, integrity?: string): PackageSource {
  if (resolved) {
    const [base, fragment] = splitFragment(resolved);
    const hash = integrity ?? sha1Integrity(fragment);
    let source: PackageSource;
    const registry = resolved.startsWith('file:') ? undefined : registryOrigin(base);
    if (resolved.startsWith('file:')) source = { kind: 'file', url: base.slice(5) };
    else if (registry !== undefined)
      source = registry === '' ? { kind: 'registry' } : { kind: 'registry', url: registry };
    else {
      const archive = gitArchive(resolved);
      if (archive) source = archive;
      else if (isGitUrl(resolved)) return gitSource(resolved);
      else source = { kind: 'tarball', url: redactUrl(base) };
    }
    if (hash) source.integrity = hash;
    return source;
  }
  // No `resolved`: local folders (file:, link:) and hand-written entries. The first non-registry range wins.
  for (const range of ranges) {
    const kind = classifySpec(range);
    if (kind === 'file') return { kind: 'file', url: range.startsWith('file:') ? range.slice(5) : range };
    if (kind === 'link') return { kind: 'link', url: range.slice(range.indexOf(':') + 1) };
    if (kind === 'git') return gitSource(range);
    if (kind === 'tarball') return { kind: 'tarball', url: redactUrl(range) };
  }
  return integrity ? { kind: 'registry', integrity } : { kind: 'registry' };
}

/** Path of a berry `file:`/`link:`/`portal:` reference without its `#path` and `::params` suffixes. */
function localPath(reference: string): string {
  const rest = reference.slice(reference.indexOf(':') + 1);
  const params = rest.indexOf('::');
  const head = params < 0 ? rest : rest.slice(0, params);
  return splitFragment(head)[0];
}

export type BerryReference =
  | { kind: 'package'; source: PackageSource }
  | { kind: 'workspace'; path: string }
  | { kind: 'patch'; inner: string }
  | { kind: 'unsupported'; protocol: string };

/** Classifies the reference part of a berry resolution (`npm:1.2.3`, `workspace:.`, `patch:...`, a git URL...). */
export function berryReference(reference: string, checksum?: string): BerryReference {
  const withChecksum = (s: PackageSource): BerryReference => ({
    kind: 'package',
    source: checksum ? { ...s, integrity: checksum } : s,
  });
  if (reference.startsWith('npm:')) return withChecksum({ kind: 'registry' });
  if (reference.startsWith('workspace:')) return { kind: 'workspace', path: reference.slice(10) };
  if (reference.startsWith('patch:')) {
    const hash = reference.indexOf('#');
    const encoded = hash < 0 ? reference.slice(6) : reference.slice(6, hash);
    let inner: string;
    try {
      inner = decodeURIComponent(encoded);
    } catch {
      inner = encoded;
    }
    return { kind: 'patch', inner };
  }
  if (reference.startsWith('file:') || reference.startsWith('exec:')) {
    return withChecksum({ kind: 'file', url: localPath(reference) });
  }
  if (reference.startsWith('link:') || reference.startsWith('portal:')) {
    return withChecksum({ kind: 'link', url: localPath(reference) });
  }
  const [, fragment] = splitFragment(reference);
  if (fragment.includes('commit=') || fragment.includes('commit:') || isGitUrl(reference)) {
    return withChecksum(gitSource(reference));
  }
  if (reference.startsWith('http:') || reference.startsWith('https:')) {
    const params = reference.indexOf('::');
    return withChecksum({
      kind: 'tarball',
      url: redactUrl(params < 0 ? reference : reference.slice(0, params)),
    });
  }
  const colon = reference.indexOf(':');
  return { kind: 'unsupported', protocol: colon < 0 ? reference : reference.slice(0, colon + 1) };
}
