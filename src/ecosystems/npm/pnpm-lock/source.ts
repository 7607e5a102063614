import { posix } from 'node:path';
import type { PackageSource } from '../../../core/model/package.js';
import { classifySpec } from '../package.js';
import { redactUrl } from '../url.js';
import type { ParsedKey } from './dep-path.js';
import type { LockResolution } from './schema.js';

const DEFAULT_REGISTRY_HOST = 'registry.npmjs.org';

/** A path written relative to the lockfile's folder, made relative to the scanned root (POSIX). */
export function rootRelative(lockDir: string, path: string): string {
  return posix.normalize(posix.join(lockDir, path));
}

/**
 * `https://codeload.github.com/<owner>/<repo>/tar.gz/<sha>`: how pnpm pins `github:` dependencies.
 * Anchored, no nested quantifiers, applied to one resolution value only.
 */
const CODELOAD = /^https:\/\/codeload\.github\.com\/([\w.-]+)\/([\w.-]+)\/tar\.gz\/([0-9a-fA-F]{7,64})$/;

/** The reference part of a v9 key (`name@<ref>`), or of a v5/v6 `file:` key. */
function keyRef(key: string, parsed: ParsedKey): string {
  if (parsed.name && key.startsWith(`${parsed.name}@`)) return parsed.base.slice(parsed.name.length + 1);
  return parsed.base;
}

function withIntegrity(integrity: string | undefined, s: PackageSource): PackageSource {
  if (integrity) s.integrity = integrity;
  return s;
}

function stripFile(ref: string): string {
  return ref.startsWith('file:') ? ref.slice(5) : ref;
}

/**
 * Where a `packages:` entry comes from, from its `resolution` and key:
 * - `{type: git, repo, commit}` -> git;
 * - a codeload.github.com tarball -> git (github repository + commit): it is a `github:` dependency
 *   pinned to a commit, which is what vulnerability matching and the purl's vcs_url need;
 * - `{directory}` or a `file:` tarball/key -> file (path relative to the scanned root);
 * - another tarball -> tarball, unless the key is a registry key (name + version): then it is a
 *   package from a registry that pnpm could not derive the tarball URL for;
 * - a registry key (name + version) -> the registry (`url` set for registries other than npmjs.org
 *   named in v5/v6 keys);
 * - otherwise what the key's reference looks like (classifySpec), for entries without a resolution.
 */
export function sourceOf(
  res: LockResolution | undefined,
  key: string,
  parsed: ParsedKey,
  lockDir: string,
): PackageSource {
  const integrity = res?.integrity;
  if (res?.type === 'git' || (res?.repo && res.commit)) {
    const s: PackageSource = { kind: 'git' };
    if (res.repo) s.url = redactUrl(res.repo);
    if (res.commit) s.commit = res.commit;
    return s;
  }
  if (res?.type === 'directory' || res?.directory) {
    return { kind: 'file', url: rootRelative(lockDir, res.directory ?? stripFile(keyRef(key, parsed))) };
  }
  const tarball = res?.tarball;
  if (tarball) {
    if (tarball.startsWith('file:'))
      return withIntegrity(integrity, { kind: 'file', url: rootRelative(lockDir, tarball.slice(5)) });
    const gh = CODELOAD.exec(tarball);
    if (gh)
      return withIntegrity(integrity, {
        kind: 'git',
        url: `https://github.com/${gh[1]}/${gh[2]}`,
        commit: gh[3]!,
      });
    if (parsed.version === undefined)
      return withIntegrity(integrity, { kind: 'tarball', url: redactUrl(tarball) });
  }
  const ref = keyRef(key, parsed);
  if (ref.startsWith('file:'))
    return withIntegrity(integrity, { kind: 'file', url: rootRelative(lockDir, ref.slice(5)) });
  if (parsed.version !== undefined) {
    if (parsed.host && parsed.host !== DEFAULT_REGISTRY_HOST) {
      return withIntegrity(integrity, { kind: 'registry', url: `https://${parsed.host}/` });
    }
    return withIntegrity(integrity, { kind: 'registry' });
  }
  return withIntegrity(integrity, refSource(ref));
}

/** A v9 key reference without a `resolution` to say more (`git+https://host/r.git#sha`, a URL). */
function refSource(ref: string): PackageSource {
  switch (classifySpec(ref)) {
    case 'git': {
      const hash = ref.indexOf('#');
      if (hash < 0) return { kind: 'git', url: redactUrl(ref) };
      return { kind: 'git', url: redactUrl(ref.slice(0, hash)), commit: ref.slice(hash + 1) };
    }
    case 'tarball':
      return { kind: 'tarball', url: redactUrl(ref) };
    case 'link':
      return { kind: 'link', url: ref.slice(ref.indexOf(':') + 1) };
    default:
      return { kind: 'registry' };
  }
}
