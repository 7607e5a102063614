import type { PackageSource } from '../../../core/model/package.js';

/** The crates.io index, as Cargo writes it in `registry+` (git) and `sparse+` (HTTP) form. */
const CRATES_IO = new Set(['https://github.com/rust-lang/crates.io-index', 'https://index.crates.io/']);

/**
 * A Cargo.lock `source`. `undefined` (no source) is a path package: a workspace member or a path
 * dependency. `registry+<index>` / `sparse+<index>` are registries (crates.io is the default, others
 * keep their index URL); `git+<url>?<rev|branch|tag>=...#<commit>` is a git checkout at `commit`.
 * `unknown` is a source kind Cargo does not write today.
 */
export function parseCargoSource(raw: string | undefined): { source?: PackageSource; unknown?: true } {
  if (raw === undefined) return {};
  const plus = raw.indexOf('+');
  const kind = plus > 0 ? raw.slice(0, plus) : '';
  const url = raw.slice(plus + 1);
  if (kind === 'registry' || kind === 'sparse') {
    return { source: CRATES_IO.has(url) ? { kind: 'registry' } : { kind: 'registry', url } };
  }
  if (kind === 'git') {
    const hash = url.indexOf('#');
    const base = hash >= 0 ? url.slice(0, hash) : url;
    const query = base.indexOf('?');
    const repo = query >= 0 ? base.slice(0, query) : base;
    const commit = hash >= 0 ? url.slice(hash + 1) : '';
    return { source: commit ? { kind: 'git', url: repo, commit } : { kind: 'git', url: repo } };
  }
  if (kind === 'path') return { source: { kind: 'file', url } };
  return { source: { kind: 'registry', url: raw }, unknown: true };
}

/** Cargo's hex sha256 checksum as Subresource Integrity (`sha256-<base64>`), or undefined if not hex. */
export function checksumToIntegrity(hex: string | undefined): string | undefined {
  if (hex === undefined || hex.length !== 64) return undefined;
  for (let i = 0; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
    if (!ok) return undefined;
  }
  return `sha256-${Buffer.from(hex, 'hex').toString('base64')}`;
}
