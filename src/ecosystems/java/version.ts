/**
 * Maven's version order as OSV matching applies it: the comparison of osv-scalibr and osv-scanner
 * (`semantic/version-maven.go`), which implements the POM version-order specification and sorts as
 * maven-artifact 3.8's ComparableVersion did (scalibr's Maven corpus was generated with 3.8.6), the
 * order OSV's Maven data was written against. Maven 3.9 (MNG-7644) changed how a qualifier after a `.`
 * sorts; OSV did not, so neither does Sterling: `1.5.9.RC1` < `1.5.9-RC0`, `6.1.12.rc5` < `6.1.12rc1`.
 * Where scalibr differs from maven-artifact 3.8 and 3.9 alike, Sterling follows scalibr: `1-ga-1` =
 * `1-1`; numbers compare by value (Maven keeps ten or more zeros as a long 0, above every int);
 * digits are ASCII only.
 * Hand-written, linear, no regex.
 *
 * A version is a flat list of tokens. The text is lower-cased and split on `.` and `-`; each piece is
 * split again where ASCII digits meet other characters. Every token remembers what precedes it: the
 * separator, or `-` for a digit/letter transition. Empty pieces are `0`; `cr` is `rc`; `ga`, `final`
 * and `release` are empty; `a`, `b`, `m` directly followed by a digit mean alpha, beta, milestone.
 * Trailing nulls (`0` and empty) are trimmed from the end and before every `-` token, so `1` = `1.0`
 * = `1-0` = `1.ga` and `1-ga-1` = `1-1`.
 *
 * Tokens compare from the left, the shorter list padded with nulls shaped like the other's token.
 * With the same prefix, numbers compare by value and sort after qualifiers; qualifiers rank
 * alpha < beta < milestone < rc < snapshot < "" < sp < anything else, others by code point. With
 * different prefixes: `.qualifier` < `-qualifier` < `-number` < `.number`.
 *
 * Text is handled by character, as scalibr means to: its digit/non-digit split is byte-based and can
 * cut a multi-byte character that precedes a digit in two; Sterling keeps the character whole.
 *
 * Maven is lenient: every text parses. `undefined` only for the empty text and text over 256 characters.
 */
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareDigits, isDigit, MAX_VERSION_LENGTH, stripLeadingZeros } from '../shared/version-text.js';

/** One token: `prefix` is what precedes it, `''` for the first token only. */
export interface MavenToken {
  readonly prefix: '' | '.' | '-';
  /** ASCII digits without leading zeros when `numeric`; otherwise the qualifier, aliases resolved. */
  readonly value: string;
  readonly numeric: boolean;
}

export interface MavenVersion {
  readonly tokens: readonly MavenToken[];
}

const KEYWORDS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];

/** Padding for a missing token, shaped like the other side's token. */
const PAD_DOT_NUMBER: MavenToken = { prefix: '.', value: '0', numeric: true };
/** `1` < `1.sp`: against `.sp` the padding is an empty qualifier, which ranks below sp. */
const PAD_DOT_EMPTY: MavenToken = { prefix: '.', value: '', numeric: false };
const PAD_HYPHEN: MavenToken = { prefix: '-', value: '', numeric: false };

/**
 * Go's strings.ToLower: every code point by its simple lowercase mapping. JavaScript's toLowerCase
 * differs on `İ` (to `i̇`, two code points) and on a final `Σ` (to `ς`); mapping one code point at a
 * time avoids the context rule.
 */
function lowerCase(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 0x80;
  if (ascii) return text.toLowerCase();
  let out = '';
  for (const ch of text) out += ch === '\u0130' ? 'i' : ch.toLowerCase();
  return out;
}

/** A UTF-16 unit's place in code-point order (Go compares UTF-8 bytes, which is code-point order). */
function unitRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unitRank(x) - unitRank(y);
  }
  return a.length - b.length;
}

/** `cr` = `rc`; `ga`, `final`, `release` = the empty qualifier of a release. */
function alias(value: string): string {
  switch (value) {
    case 'cr':
      return 'rc';
    case 'ga':
    case 'final':
    case 'release':
      return '';
    default:
      return value;
  }
}

/** `a1`, `b1`, `m1`: one letter directly followed by a digit. */
function shortQualifier(value: string): string {
  switch (value) {
    case 'a':
      return 'alpha';
    case 'b':
      return 'beta';
    case 'm':
      return 'milestone';
    default:
      return value;
  }
}

function token(
  prefix: MavenToken['prefix'],
  text: string,
  digits: boolean,
  beforeDigit: boolean,
): MavenToken {
  if (digits) return { prefix, value: stripLeadingZeros(text), numeric: true };
  const value = alias(text);
  return { prefix, value: beforeDigit ? shortQualifier(value) : value, numeric: false };
}

/** Tokens of `text[start, end)`, one piece between separators, split where digits meet non-digits. */
function pushPiece(
  tokens: MavenToken[],
  text: string,
  start: number,
  end: number,
  prefix: MavenToken['prefix'],
) {
  if (start === end) {
    tokens.push({ prefix, value: '0', numeric: true });
    return;
  }
  let from = start;
  let digits = isDigit(text.charCodeAt(start));
  let p = prefix;
  for (let i = start + 1; i < end; i++) {
    const d = isDigit(text.charCodeAt(i));
    if (d === digits) continue;
    tokens.push(token(p, text.slice(from, i), digits, true));
    p = '-';
    from = i;
    digits = d;
  }
  tokens.push(token(p, text.slice(from, end), digits, false));
}

function isNull(t: MavenToken): boolean {
  return t.value === '' || (t.numeric && t.value === '0');
}

/**
 * Drops trailing nulls at the end and before each `-` token, walking from the end: after a non-null
 * token, the walk jumps to the token before the `-` that opens its run. The first token always stays.
 */
function trimNulls(tokens: readonly MavenToken[]): MavenToken[] {
  const kept: MavenToken[] = [];
  let i = tokens.length - 1;
  while (i > 0) {
    if (isNull(tokens[i]!)) {
      i--;
      continue;
    }
    while (i >= 0 && tokens[i]!.prefix !== '-') kept.push(tokens[i--]!);
    if (i >= 0) kept.push(tokens[i--]!);
  }
  for (; i >= 0; i--) kept.push(tokens[i]!);
  return kept.reverse();
}

/** Parses a Maven version. Every text up to 256 characters parses, as Maven's own parser accepts any. */
export function parseMavenVersion(text: string): MavenVersion | undefined {
  if (text.length === 0 || text.length > MAX_VERSION_LENGTH) return undefined;
  const version = lowerCase(text);
  const tokens: MavenToken[] = [];
  let prefix: MavenToken['prefix'] = '';
  let start = 0;
  for (let i = 0; i <= version.length; i++) {
    const c = i < version.length ? version.charCodeAt(i) : -1;
    if (c !== 46 && c !== 45 && c !== -1) continue; // '.', '-', end
    pushPiece(tokens, version, start, i, prefix);
    prefix = c === 46 ? '.' : '-';
    start = i + 1;
  }
  return { tokens: trimNulls(tokens) };
}

function keywordRank(value: string): number {
  const rank = KEYWORDS.indexOf(value);
  return rank === -1 ? KEYWORDS.length : rank;
}

/** `.qualifier` < `-qualifier` < `-number` < `.number`. The first token's `''` only meets another. */
function prefixRank(t: MavenToken): number {
  if (t.prefix === '.') return t.numeric ? 3 : 0;
  return t.numeric ? 2 : 1;
}

/** Zero exactly when prefix and value are the same. */
export function compareMavenTokens(a: MavenToken, b: MavenToken): number {
  if (a.prefix !== b.prefix) return prefixRank(a) - prefixRank(b);
  if (a.numeric && b.numeric) return compareDigits(a.value, b.value);
  // A number sorts after a qualifier, except the padding 0, which ranks as the text "0" below.
  if (a.numeric && a !== PAD_DOT_NUMBER) return 1;
  if (b.numeric && b !== PAD_DOT_NUMBER) return -1;
  const ra = keywordRank(a.value);
  const rb = keywordRank(b.value);
  if (ra === KEYWORDS.length && rb === KEYWORDS.length) return compareCodePoints(a.value, b.value);
  return ra - rb;
}

function padding(other: MavenToken): MavenToken {
  if (other.prefix !== '.') return PAD_HYPHEN;
  return other.value === 'sp' ? PAD_DOT_EMPTY : PAD_DOT_NUMBER;
}

export function compareMavenVersions(a: MavenVersion, b: MavenVersion): number {
  const x = a.tokens;
  const y = b.tokens;
  const n = Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const l = x[i];
    const r = y[i];
    const d = compareMavenTokens(l ?? padding(r!), r ?? padding(l!));
    if (d !== 0) return d;
  }
  return 0;
}

/** Maven: the order of osv-scalibr / osv-scanner (maven-artifact 3.8's ComparableVersion). */
export const mavenVersionScheme: VersionScheme<MavenVersion> = {
  id: 'java/maven',
  description: "Maven versions: osv-scalibr's order (POM version-order spec, as maven-artifact 3.8 sorts).",
  requirements: { network: false },
  ecosystems: ['Maven'],
  parse: parseMavenVersion,
  compare: compareMavenVersions,
};
