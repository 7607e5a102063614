/**
 * Alpine package versions (apk), for Alpine and the distributions built with apk: Chainguard, Wolfi,
 * MinimOS, BellSoft Alpaquita and BellSoft Hardened Containers (osv-scalibr orders all of them so).
 *
 * Two versions that apk-tools accepts compare exactly as apk-tools compares them (./apk-tokens.ts):
 * numbers, then a letter, `_alpha` < `_beta` < `_pre` < `_rc` < release < `_cvs` < `_svn` < `_git` <
 * `_hg` < `_p`, then the `-rN` revision. When either is not a valid apk version, the order of
 * ./fallback.ts applies, as OSV tooling orders them. Every text parses, as `apk version -t` accepts
 * anything; `undefined` only for the empty text and text over 256 characters.
 */
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { MAX_VERSION_LENGTH } from '../shared/version-text.js';
import { type ApkToken, apkTokens, compareApkTokens } from './apk-tokens.js';
import { compareFallback, type FallbackVersion, parseFallback } from './fallback.js';

export interface AlpineVersion {
  /** apk's tokens; `undefined` when apk-tools finds the version invalid. */
  readonly tokens: readonly ApkToken[] | undefined;
  readonly fallback: FallbackVersion;
}

export function parseAlpineVersion(text: string): AlpineVersion | undefined {
  if (text.length === 0 || text.length > MAX_VERSION_LENGTH) return undefined;
  return { tokens: apkTokens(text), fallback: parseFallback(text) };
}

export function compareAlpineVersions(a: AlpineVersion, b: AlpineVersion): number {
  if (a.tokens && b.tokens) return compareApkTokens(a.tokens, b.tokens);
  return compareFallback(a.fallback, b.fallback);
}

/** Alpine and the other apk-based distributions: apk-tools' version order. */
export const alpineVersionScheme: VersionScheme<AlpineVersion> = {
  id: 'alpine/apk',
  description: 'Alpine, Chainguard, Wolfi and other apk-based distributions: apk-tools version order.',
  requirements: { network: false },
  ecosystems: ['Alpaquita', 'Alpine', 'BellSoft Hardened Containers', 'Chainguard', 'MinimOS', 'Wolfi'],
  parse: parseAlpineVersion,
  compare: compareAlpineVersions,
};
