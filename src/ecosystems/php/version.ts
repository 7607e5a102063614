/**
 * Packagist versions, ordered by PHP's `version_compare` (php-src ext/standard/versioning.c) after
 * stripping the leading `v`/`V` that Composer and tags add, as osv-scalibr's corpus generator does
 * (`ltrim($v, "vV")`). Hand-written, linear, no regex.
 *
 * PHP canonicalises the text (`-`, `_`, `+` and most other non-alphanumerics become `.`, a `.` goes
 * between digits and non-digits, repeated dots collapse), then compares `.`-separated segments: numbers
 * numerically; words by their special form, dev < alpha = a < beta = b < RC = rc < number < pl = p
 * (case-sensitive prefixes: `patch` is p, `Beta` is unknown), unknown words before all; a number beats a
 * word. When one side has more segments, a number there wins, a word is compared with a number.
 *
 * Three changes from PHP, all as osv-scalibr orders them: numbers of any size compare exactly (PHP's
 * strtol saturates at 2^63-1); `#` is kept as a segment that ranks as a number (PHP drops it, so
 * `1.2.3.#` = `1.2.3`); a trailing separator is ignored (PHP ranks `1.0-` below itself).
 *
 * Every text parses; `undefined` only for text that is empty (after the `v`) or over 256 characters.
 */
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import {
  compareDigits,
  isAsciiLetter,
  isDigit,
  MAX_VERSION_LENGTH,
  stripLeadingZeros,
} from '../shared/version-text.js';

/** A segment: a number (digits without leading zeros), or a word reduced to its special-form rank. */
export type PackagistSegment = { readonly digits: string } | { readonly rank: number };
export type PackagistVersion = readonly PackagistSegment[];

/** `compare_special_version_forms`, first prefix match wins; -1 for unknown words. */
const SPECIAL_FORMS: readonly [string, number][] = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
];
/** The rank PHP gives a number when it meets a word (`#N#`). */
const NUMBER_RANK = 4;
const HASH = 35;
const DOT = 46;

function rankOf(word: string): number {
  for (const [form, rank] of SPECIAL_FORMS) if (word.startsWith(form)) return rank;
  return -1;
}

function isKept(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code) || code === HASH;
}

/** `php_canonicalize_version`, with `#` kept like a letter. */
function canonicalize(text: string): string {
  let out = text[0]!;
  let last = text.charCodeAt(0);
  // The last character written, tracked here: reading it back from `out` would flatten the string
  // being built on every step.
  let dot = last === DOT;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 95 || c === 43) {
      // '-', '_', '+'
      if (!dot) out += '.';
      dot = true;
    } else if (c !== DOT && last !== DOT && isDigit(c) !== isDigit(last)) {
      // A digit after a non-digit or the reverse; PHP keeps the character, whatever it is.
      if (!dot) out += '.';
      out += text[i];
      dot = false;
    } else if (!isKept(c)) {
      if (!dot) out += '.';
      dot = true;
    } else {
      out += text[i];
      dot = false;
    }
    last = c;
  }
  return out;
}

function segment(word: string): PackagistSegment {
  if (word.length > 0 && isDigit(word.charCodeAt(0))) {
    let end = 0;
    while (end < word.length && isDigit(word.charCodeAt(end))) end++;
    return { digits: stripLeadingZeros(word.slice(0, end)) };
  }
  return { rank: rankOf(word) };
}

export function parsePackagistVersion(text: string): PackagistVersion | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  let start = 0;
  while (start < text.length && (text[start] === 'v' || text[start] === 'V')) start++;
  if (start === text.length) return undefined;
  const rest = text.slice(start);
  // PHP leaves a text that starts with '#' as it is.
  let canonical = rest.charCodeAt(0) === HASH ? rest : canonicalize(rest);
  if (canonical.charCodeAt(canonical.length - 1) === DOT) canonical = canonical.slice(0, -1);
  return canonical.split('.').map(segment);
}

function compareSegments(a: PackagistSegment, b: PackagistSegment): number {
  if ('digits' in a && 'digits' in b) return compareDigits(a.digits, b.digits);
  const ra = 'rank' in a ? a.rank : NUMBER_RANK;
  const rb = 'rank' in b ? b.rank : NUMBER_RANK;
  return ra - rb;
}

/** The extra segments of the longer version: a number there wins, a word is compared with a number. */
function compareTail(tail: readonly PackagistSegment[]): number {
  for (const s of tail) {
    if ('digits' in s) return 1;
    if (s.rank !== NUMBER_RANK) return s.rank - NUMBER_RANK;
  }
  return 0;
}

/** `php_version_compare` over parsed segments. */
export function comparePackagistVersions(a: PackagistVersion, b: PackagistVersion): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = compareSegments(a[i]!, b[i]!);
    if (d !== 0) return d;
  }
  if (a.length > n) return compareTail(a.slice(n));
  if (b.length > n) return -compareTail(b.slice(n));
  return 0;
}

/** Packagist: PHP's version_compare, as Composer versions are ordered. */
export const packagistVersionScheme: VersionScheme<PackagistVersion> = {
  id: 'php/composer',
  description: "Packagist versions: PHP's version_compare order after stripping a leading v.",
  requirements: { network: false },
  ecosystems: ['Packagist'],
  parse: parsePackagistVersion,
  compare: comparePackagistVersions,
};
