/**
 * apk-tools' version tokens and their order: a port of `get_token`, `next_token` and
 * `apk_version_compare_blob` from apk-tools 2.14 (src/version.c). Grammar (Gentoo's):
 * `number{.number}...{letter{number}}{_suffix{number}}...{-rN}`. apk-tools 2.10, which produced
 * osv-scalibr's generated Alpine corpus, differs only in leading zeros after a dot (it read `1.0_rc` as
 * newer than `1.0`; fixed in 2.12.13).
 *
 * Two changes from apk-tools 2.14, both so the order is total and exact:
 * - numbers are digit strings of any length (apk keeps them in an int64 and rejects 18 digits or more);
 * - a number with no digits at the start or after a `.` (`.1`, `1.`, `1..2`, `0.r1`) makes the text
 *   invalid, as apk-tools 3 rules (2.14 reads it as 0); such texts are ordered by ./fallback.ts.
 */
import { compareDigits, isDigit, stripLeadingZeros } from '../shared/version-text.js';

/** apk's token types, in apk's order: a later type is an older version when the other side ends. */
const INVALID = -1;
const DIGIT_OR_ZERO = 0;
const DIGIT = 1;
const LETTER = 2;
const SUFFIX = 3;
const SUFFIX_NO = 4;
const REVISION_NO = 5;
const END = 6;

/** Digit strings for numbers; small integers for letters, suffixes and runs of leading zeros. */
type Value = string | number;

export interface ApkToken {
  readonly value: Value;
  /** The type of the token after this one (END or INVALID when the text stops). */
  readonly next: number;
}

const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

interface Cursor {
  readonly text: string;
  pos: number;
  type: number;
}

/** `next_token`: the type of the token at the cursor, consuming its separator (`.`, `_`, `-r`). */
function nextToken(c: Cursor): void {
  let n = INVALID;
  const code = c.text.charCodeAt(c.pos);
  if (c.pos >= c.text.length) n = END;
  else if ((c.type === DIGIT || c.type === DIGIT_OR_ZERO) && isLower(code)) n = LETTER;
  else if (c.type === LETTER && isDigit(code)) n = DIGIT;
  else if (c.type === SUFFIX && isDigit(code)) n = SUFFIX_NO;
  else {
    if (code === 46) n = DIGIT_OR_ZERO;
    else if (code === 95) n = SUFFIX;
    else if (code === 45 && c.text.charCodeAt(c.pos + 1) === 114) {
      n = REVISION_NO;
      c.pos++;
    }
    c.pos++;
  }
  if (n < c.type) {
    const allowed =
      (n === DIGIT_OR_ZERO && c.type === DIGIT) ||
      (n === SUFFIX && c.type === SUFFIX_NO) ||
      (n === DIGIT && c.type === LETTER);
    if (!allowed) n = INVALID;
  }
  c.type = n;
}

function suffixAt(text: string, pos: number): { value: number; length: number } | undefined {
  const pre = PRE_SUFFIXES.findIndex((s) => text.startsWith(s, pos));
  if (pre !== -1) return { value: pre - PRE_SUFFIXES.length, length: PRE_SUFFIXES[pre]!.length };
  const post = POST_SUFFIXES.findIndex((s) => text.startsWith(s, pos));
  return post === -1 ? undefined : { value: post, length: POST_SUFFIXES[post]!.length };
}

/**
 * The token stream of `text` as apk reads it, or `undefined` when apk (or the empty-number rule)
 * finds it invalid.
 */
export function apkTokens(text: string): ApkToken[] | undefined {
  const c: Cursor = { text, pos: 0, type: DIGIT };
  const tokens: ApkToken[] = [];
  let first = true;
  while (c.type !== END && c.type !== INVALID) {
    let value: Value;
    let i = c.pos;
    let forced = INVALID;
    if (i >= text.length) {
      // A separator at the very end: apk reads a 0 and stops ('1_', '1-r'), but '1.' ends in an empty number.
      if (c.type === DIGIT_OR_ZERO) return undefined;
      c.type = END;
      tokens.push({ value: 0, next: END });
      break;
    }
    const type = c.type;
    if (type === DIGIT_OR_ZERO && text.charCodeAt(i) === 48) {
      // Leading zeros after a '.' are their own token, -(how many), then the rest (from the last zero
      // of the run) is a number: '.05' reads -0 then 5, '.005' reads -1 then 5, '.0' reads -0 then 0.
      while (i + 1 < text.length && text.charCodeAt(i + 1) === 48) i++;
      value = c.pos - i;
      forced = DIGIT;
    } else if (type === DIGIT_OR_ZERO || type === DIGIT || type === SUFFIX_NO || type === REVISION_NO) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      if (i === c.pos && (type === DIGIT_OR_ZERO || first)) return undefined;
      value = i === c.pos ? '0' : stripLeadingZeros(text.slice(c.pos, i));
    } else if (type === LETTER) {
      value = text.charCodeAt(i);
      i++;
    } else {
      // SUFFIX: a known name or the text is invalid
      const suffix = suffixAt(text, i);
      if (suffix === undefined) return undefined;
      value = suffix.value;
      i += suffix.length;
    }
    first = false;
    c.pos = i;
    if (c.pos >= text.length) c.type = END;
    else if (forced !== INVALID) c.type = forced;
    else nextToken(c);
    tokens.push({ value, next: c.type });
  }
  return c.type === END ? tokens : undefined;
}

function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return a < 0 ? -1 : compareDigits(String(a), b as string);
  if (typeof b === 'number') return b < 0 ? 1 : compareDigits(a, String(b));
  return compareDigits(a, b);
}

/** `apk_version_compare_blob` over two valid token streams. */
export function compareApkTokens(a: readonly ApkToken[], b: readonly ApkToken[]): number {
  let at = DIGIT;
  let bt = DIGIT;
  let av: Value = 0;
  let bv: Value = 0;
  let k = 0;
  while (at === bt && at !== END && at !== INVALID && compareValues(av, bv) === 0) {
    ({ value: av, next: at } = a[k]!);
    ({ value: bv, next: bt } = b[k]!);
    k++;
  }
  const d = compareValues(av, bv);
  if (d !== 0) return d;
  if (at === bt) return 0;
  // The longer version is newer, unless what follows is a pre-release suffix.
  if (at === SUFFIX && (a[k]!.value as number) < 0) return -1;
  if (bt === SUFFIX && (b[k]!.value as number) < 0) return 1;
  return bt - at;
}
