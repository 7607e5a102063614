/**
 * Requirement lines that are not `name specifier`: VCS URLs (`git+https://host/repo@ref#egg=name`),
 * archive URLs (`https://.../name-1.0-py3-none-any.whl`, `name @ https://...`) and local paths.
 */
import type { PackageSource } from '../../../core/model/package.js';

export type Reference =
  | { kind: 'vcs'; name?: string; source: PackageSource; ref: string }
  | { kind: 'archive'; name?: string; version?: string; source: PackageSource }
  | { kind: 'local'; path: string }
  | { kind: 'unsupported-vcs'; scheme: string };

const VCS = ['git+', 'hg+', 'svn+', 'bzr+'];

export function looksLikeUrl(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    VCS.some((p) => lower.startsWith(p)) ||
    lower.startsWith('http://') ||
    lower.startsWith('https://') ||
    lower.startsWith('file:') ||
    lower.startsWith('ftp://')
  );
}

export function looksLikePath(text: string): boolean {
  return (
    text === '.' ||
    text.startsWith('./') ||
    text.startsWith('../') ||
    text.startsWith('/') ||
    text.startsWith('~') ||
    text.endsWith('.whl') ||
    text.endsWith('.tar.gz') ||
    text.endsWith('.zip') ||
    text.includes('/')
  );
}

function fragmentValue(fragment: string, key: string): string | undefined {
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === key) return part.slice(eq + 1);
  }
  return undefined;
}

function isCommit(ref: string): boolean {
  return ref.length === 40 && /^[0-9a-f]+$/i.test(ref);
}

/**
 * Name and version of a wheel (`name-1.0-py3-none-any.whl`) or sdist (`name-1.0.tar.gz`, `.zip`)
 * file name, as PyPI names them; undefined when the file name has no such form.
 */
export function archiveNameVersion(url: string): { name: string; version: string } | undefined {
  const path = url.split('#', 1)[0]!.split('?', 1)[0]!;
  const file = decodeURIComponentSafe(path.slice(path.lastIndexOf('/') + 1));
  if (file.endsWith('.whl')) {
    const parts = file.slice(0, -4).split('-');
    if (parts.length >= 5) return { name: parts[0]!, version: parts[1]! };
    return undefined;
  }
  const ext = ['.tar.gz', '.zip', '.tar.bz2', '.tgz'].find((e) => file.endsWith(e));
  if (!ext) return undefined;
  const stem = file.slice(0, -ext.length);
  const dash = stem.lastIndexOf('-');
  if (dash <= 0 || !/^[0-9]/.test(stem.slice(dash + 1))) return undefined;
  return { name: stem.slice(0, dash), version: stem.slice(dash + 1) };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Strips user information (`https://token@host`) so no credential reaches the output. */
function withoutUserInfo(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme < 0) return url;
  const hostStart = scheme + 3;
  const slash = url.indexOf('/', hostStart);
  const authority = url.slice(hostStart, slash < 0 ? url.length : slash);
  const at = authority.lastIndexOf('@');
  return at < 0 ? url : url.slice(0, hostStart) + url.slice(hostStart + at + 1);
}

/** Classifies a URL or path from a requirement line; `name` is the `name @` prefix, when any. */
export function classifyReference(target: string, name?: string): Reference {
  const lower = target.toLowerCase();
  const hash = target.indexOf('#');
  const fragment = hash < 0 ? '' : target.slice(hash + 1);
  const bare = hash < 0 ? target : target.slice(0, hash);
  const egg = fragmentValue(fragment, 'egg');
  const named = name ?? egg;
  const vcs = VCS.find((p) => lower.startsWith(p));
  if (vcs) {
    if (vcs !== 'git+') return { kind: 'unsupported-vcs', scheme: vcs.slice(0, -1) };
    let url = bare.slice(4);
    let ref = '';
    // `@ref` after the path (not the `user@` of the authority).
    const scheme = url.indexOf('://');
    const pathStart = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    const at = pathStart < 0 ? -1 : url.lastIndexOf('@');
    if (at > pathStart && pathStart >= 0) {
      ref = url.slice(at + 1);
      url = url.slice(0, at);
    }
    url = withoutUserInfo(url);
    const source: PackageSource = { kind: 'git', url };
    if (isCommit(ref)) source.commit = ref.toLowerCase();
    return { kind: 'vcs', ...(named ? { name: named } : {}), source, ref };
  }
  if (lower.startsWith('file:') || !looksLikeUrl(target)) return { kind: 'local', path: target };
  const source: PackageSource = { kind: 'tarball', url: withoutUserInfo(bare) };
  const sha = fragmentValue(fragment, 'sha256');
  if (sha) source.integrity = `sha256:${sha}`;
  const fromFile = archiveNameVersion(bare);
  return {
    kind: 'archive',
    ...(named ? { name: named } : fromFile ? { name: fromFile.name } : {}),
    ...(fromFile ? { version: fromFile.version } : {}),
    source,
  };
}
