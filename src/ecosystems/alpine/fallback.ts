/**
 * The order of Alpine versions that apk-tools calls invalid (`1.2_blah`, `1-ruff`, `1.2.0A`, `0..8`).
 * apk itself gives them no stable order (its answers differ between 2.x and 3.x), so this follows
 * osv-scalibr's `semantic` package, whose corpus defines what OSV tooling expects:
 *
 * the text is read as `numbers{.numbers} {letter} {_suffix{n}}... {~hash} {-r{n}} remainder`; it is
 * invalid when something other than `-r` follows the suffixes. Two invalid texts compare as strings;
 * otherwise numbers (a component after the first with a leading zero compares as a string), then the
 * letter, suffixes, revision, and last a version with no remainder sorts after one with a remainder.
 *
 * Differences from scalibr, where its regular expressions read past what they consumed: suffixes are
 * read only where they stand (scalibr also collected `_suffix` text found later in the remainder), and
 * a missing suffix weighs as "no suffix" (scalibr weighed it as `_cvs`).
 */
import { compareDigits, compareStrings, isDigit, stripLeadingZeros } from '../shared/version-text.js';

interface NumberComponent {
  /** As written: leading zeros matter after the first component. */
  readonly text: string;
  readonly index: number;
}

export interface FallbackVersion {
  readonly text: string;
  readonly invalid: boolean;
  readonly numbers: readonly NumberComponent[];
  /** One lower-case letter, or empty. */
  readonly letter: string;
  readonly suffixes: readonly { readonly weight: number; readonly n: string }[];
  /** Revision digits without leading zeros (`0` when absent). */
  readonly revision: string;
  readonly remainder: string;
}

/** Suffix names in the order their regular expression tries them, with their weights. */
const SUFFIXES: readonly [string, number][] = [
  ['alpha', 0],
  ['beta', 1],
  ['pre', 2],
  ['rc', 3],
  ['cvs', 5],
  ['svn', 6],
  ['git', 7],
  ['hg', 8],
  ['p', 9],
];
const NO_SUFFIX = { weight: 4, n: '0' };
const PADDING: NumberComponent = { text: '0', index: 0 };

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 97 && code <= 102);
}

function digitsFrom(text: string, start: number): number {
  let i = start;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

export function parseFallback(text: string): FallbackVersion {
  const numbers: NumberComponent[] = [];
  let p = 0;
  while (p < text.length && isDigit(text.charCodeAt(p))) {
    const end = digitsFrom(text, p);
    numbers.push({ text: text.slice(p, end), index: numbers.length });
    p = end;
    if (text.charCodeAt(p) === 46) p++;
  }
  let letter = '';
  const l = text.charCodeAt(p);
  if (l >= 97 && l <= 122) {
    letter = text[p]!;
    p++;
  }
  const suffixes: { weight: number; n: string }[] = [];
  while (text.charCodeAt(p) === 95) {
    const found = SUFFIXES.find(([name]) => text.startsWith(name, p + 1));
    if (!found) break;
    const start = p + 1 + found[0].length;
    const end = digitsFrom(text, start);
    suffixes.push({ weight: found[1], n: end === start ? '0' : stripLeadingZeros(text.slice(start, end)) });
    p = end;
  }
  if (text.charCodeAt(p) === 126 && isHex(text.charCodeAt(p + 1))) {
    p++;
    while (p < text.length && isHex(text.charCodeAt(p))) p++;
  }
  let revision = '0';
  let invalid = false;
  if (p < text.length) {
    if (text.startsWith('-r', p)) {
      const end = digitsFrom(text, p + 2);
      if (end > p + 2) revision = stripLeadingZeros(text.slice(p + 2, end));
      p = end;
    } else {
      invalid = true;
    }
  }
  return { text, invalid, numbers, letter, suffixes, revision, remainder: text.slice(p) };
}

function compareNumber(a: NumberComponent, b: NumberComponent): number {
  if (a.index !== 0 && b.index !== 0 && (a.text[0] === '0' || b.text[0] === '0')) {
    return compareStrings(a.text, b.text);
  }
  return compareDigits(stripLeadingZeros(a.text), stripLeadingZeros(b.text));
}

export function compareFallback(a: FallbackVersion, b: FallbackVersion): number {
  if (a.invalid && b.invalid) return compareStrings(a.text, b.text);
  const n = Math.max(a.numbers.length, b.numbers.length);
  for (let i = 0; i < n; i++) {
    const d = compareNumber(a.numbers[i] ?? PADDING, b.numbers[i] ?? PADDING);
    if (d !== 0) return d;
  }
  if (a.letter !== b.letter)
    return a.letter === '' ? -1 : b.letter === '' ? 1 : compareStrings(a.letter, b.letter);
  const m = Math.max(a.suffixes.length, b.suffixes.length);
  for (let i = 0; i < m; i++) {
    const x = a.suffixes[i] ?? NO_SUFFIX;
    const y = b.suffixes[i] ?? NO_SUFFIX;
    const d = x.weight - y.weight || compareDigits(x.n, y.n);
    if (d !== 0) return d;
  }
  const d = compareDigits(a.revision, b.revision);
  if (d !== 0) return d;
  if ((a.remainder === '') !== (b.remainder === '')) return a.remainder === '' ? 1 : -1;
  return 0;
}
