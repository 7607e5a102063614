import { VERSION_PATTERN } from '@renovatebot/pep440/lib/version.js';
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import {
  compareDigits,
  compareStrings,
  compareZeroPadded,
  isDigits,
  MAX_VERSION_LENGTH,
  stripLeadingZeros,
} from '../shared/version-text.js';
import { compareLegacyKeys, legacyKey } from './legacy.js';

/**
 * PEP 440's grammar, from @renovatebot/pep440 (the regex of PEP 440 appendix B, with the surrounding
 * whitespace PEP 440 allows). Every repeated group in it starts with a required separator, so it does
 * not backtrack; the 256-character cap bounds it anyway. Groups are read here, as digit strings, so
 * numbers of any size compare exactly (the library's own parse turns them into floats).
 */
const PEP440 = new RegExp(`^\\s*${VERSION_PATTERN}\\s*$`, 'i');

export type PyPIVersion =
  | {
      readonly kind: 'pep440';
      readonly epoch: string;
      /** Release numbers with trailing zeros dropped (`1.0` = `1`). */
      readonly release: readonly string[];
      readonly pre?: { readonly label: 'a' | 'b' | 'rc'; readonly n: string };
      readonly post?: string;
      readonly dev?: string;
      /** Local segments, lower-cased; numeric ones stripped of leading zeros. */
      readonly local?: readonly string[];
    }
  | { readonly kind: 'legacy'; readonly key: readonly string[] };

function num(digits: string | undefined): string {
  return digits ? stripLeadingZeros(digits) : '0';
}

function preLabel(letters: string): 'a' | 'b' | 'rc' {
  const l = letters.toLowerCase();
  return l === 'a' || l === 'alpha' ? 'a' : l === 'b' || l === 'beta' ? 'b' : 'rc';
}

/**
 * Parses a PyPI version: PEP 440 with its normalisations (`1.0.0.DEV1`, `1.0-a1`, `v1.0`, `1.0-1`
 * = `1.0.post1`, `1!2.0`, `+local`), else a legacy (pre-PEP 440) version. `undefined` only for empty
 * text, text over 256 characters, and non-PEP 440 text with whitespace or non-ASCII characters.
 */
export function parsePyPIVersion(text: string): PyPIVersion | undefined {
  if (text.length === 0 || text.length > MAX_VERSION_LENGTH) return undefined;
  const g = PEP440.exec(text)?.groups;
  if (!g || g.release === undefined) {
    const key = legacyKey(text);
    return key ? { kind: 'legacy', key } : undefined;
  }
  const release = g.release.split('.').map(stripLeadingZeros);
  while (release.length > 1 && release[release.length - 1] === '0') release.pop();
  const post = g.post_n1 ?? (g.post_l ? num(g.post_n2) : undefined);
  const local = g.local?.split(/[-_.]/).map((p) => (isDigits(p) ? stripLeadingZeros(p) : p.toLowerCase()));
  return {
    kind: 'pep440',
    epoch: num(g.epoch),
    release,
    ...(g.pre_l ? { pre: { label: preLabel(g.pre_l), n: num(g.pre_n) } } : {}),
    ...(post !== undefined ? { post: stripLeadingZeros(post) } : {}),
    ...(g.dev_l ? { dev: num(g.dev_n) } : {}),
    ...(local ? { local } : {}),
  };
}

type Pep440 = Extract<PyPIVersion, { kind: 'pep440' }>;

/** packaging's `_cmpkey` pre slot: dev-only releases first, then pre-releases, then the rest. */
function comparePre(a: Pep440, b: Pep440): number {
  const rank = (v: Pep440) => (v.pre ? 1 : !v.post && v.dev !== undefined ? 0 : 2);
  const d = rank(a) - rank(b);
  if (d !== 0 || !a.pre || !b.pre) return d;
  return compareStrings(a.pre.label, b.pre.label) || compareDigits(a.pre.n, b.pre.n);
}

/** Absent sorts first (`low`) or last; present ones compare numerically. */
function compareOptional(a: string | undefined, b: string | undefined, absent: 'low' | 'high'): number {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    return (a === undefined) === (absent === 'low') ? -1 : 1;
  }
  return compareDigits(a, b);
}

/** PEP 440 local order: letters before numbers, numbers numerically, a proper prefix first. */
function compareLocal(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const xn = isDigits(x);
    const yn = isDigits(y);
    const d = xn && yn ? compareDigits(x, y) : xn ? 1 : yn ? -1 : compareStrings(x, y);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function comparePyPIVersions(a: PyPIVersion, b: PyPIVersion): number {
  if (a.kind === 'legacy' || b.kind === 'legacy') {
    if (a.kind === 'legacy' && b.kind === 'legacy') return compareLegacyKeys(a.key, b.key);
    return a.kind === 'legacy' ? -1 : 1;
  }
  return (
    compareDigits(a.epoch, b.epoch) ||
    compareZeroPadded(a.release, b.release) ||
    comparePre(a, b) ||
    compareOptional(a.post, b.post, 'low') ||
    compareOptional(a.dev, b.dev, 'high') ||
    compareLocal(a.local, b.local)
  );
}

/** PyPI: PEP 440 (packaging's `Version` order), legacy versions before all PEP 440 ones. */
export const pythonVersionScheme: VersionScheme<PyPIVersion> = {
  id: 'python/pep440',
  description: 'PyPI versions: PEP 440 order (epochs, pre/post/dev, local), legacy versions first.',
  requirements: { network: false },
  ecosystems: ['PyPI'],
  parse: parsePyPIVersion,
  compare: comparePyPIVersions,
};
