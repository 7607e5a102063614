/**
 * `etc/os-release` (freedesktop.org format: `KEY=value` lines, values optionally quoted) of the root
 * filesystem an OS package database belongs to, and the OSV ecosystem it implies.
 */
import type { ExtractorContext } from '../../core/plugin/extractor.js';
import { alpineEcosystem, debianEcosystem, ubuntuEcosystem } from '../sbom/purl-ecosystem.js';

export interface OsRelease {
  /** Where it was read, relative to the scanned root. */
  path: string;
  id: string;
  versionId: string;
  version: string;
  codename: string;
}

/** Longest os-release read; real ones are well under 1 KB. */
const MAX_OS_RELEASE = 64 * 1024;

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) {
    return v.slice(1, -1).replace(/\\(["'\\$`])/g, '$1');
  }
  return v;
}

export function parseOsRelease(text: string, path: string): OsRelease {
  const fields = new Map<string, string>();
  for (const raw of text.slice(0, MAX_OS_RELEASE).split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    fields.set(line.slice(0, eq), unquote(line.slice(eq + 1)));
  }
  return {
    path,
    id: (fields.get('ID') ?? '').toLowerCase(),
    versionId: fields.get('VERSION_ID') ?? '',
    version: fields.get('VERSION') ?? '',
    codename: fields.get('VERSION_CODENAME') ?? '',
  };
}

/**
 * The os-release of the filesystem whose root is `root` (`''` or ending in `/`): `etc/os-release`,
 * else `usr/lib/os-release` (its fallback per os-release(5)).
 */
export function readOsRelease(ctx: ExtractorContext, root: string): OsRelease | undefined {
  for (const rel of ['etc/os-release', 'usr/lib/os-release']) {
    const path = `${root}${rel}`;
    const text = ctx.readText(path);
    if (text !== undefined) return parseOsRelease(text, path);
  }
  return undefined;
}

/** The OSV ecosystem of a Debian-family release: `Debian:12`, `Ubuntu:22.04:LTS`; undefined if unknown. */
export function dpkgEcosystem(os: OsRelease): string | undefined {
  if (os.id === 'debian') {
    const e = debianEcosystem(os.versionId || os.codename);
    return e === 'Debian' ? undefined : e;
  }
  if (os.id === 'ubuntu') {
    const e = ubuntuEcosystem(os.versionId, os.version.includes('LTS'));
    return e === 'Ubuntu' ? undefined : e;
  }
  return undefined;
}

/** `Alpine:v3.20` for Alpine 3.20.x; undefined for another distribution or an unparsable release. */
export function apkEcosystem(os: OsRelease): string | undefined {
  if (os.id !== 'alpine') return undefined;
  const e = alpineEcosystem(os.versionId);
  return e === 'Alpine' ? undefined : e;
}

/** `debian-12`, `ubuntu-22.04`, `alpine-3.20.1`: the purl `distro` qualifier. */
export function distroQualifier(os: OsRelease | undefined): string | undefined {
  if (!os?.id || !os.versionId || !/^[a-z0-9._-]+$/.test(os.id) || !/^[\w.~+-]+$/.test(os.versionId))
    return undefined;
  return `${os.id}-${os.versionId}`;
}

/** The purl namespace: the distribution's id when it is a plain word, else `fallback`. */
export function purlNamespace(os: OsRelease | undefined, fallback: string): string {
  return os?.id && /^[a-z0-9][a-z0-9._-]*$/.test(os.id) ? os.id : fallback;
}
