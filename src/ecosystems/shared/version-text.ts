/**
 * Small, linear helpers shared by the hand-written version parsers. Version numbers are kept as digit
 * strings without leading zeros, so components of any size compare exactly (OSV data has 30-digit
 * components; `Number` would merge them) without BigInt allocation on the hot path.
 */

/**
 * Longest version text a scheme parses. Real versions are far shorter (a Go pseudo-version is ~40
 * characters); anything longer is rejected up front so hostile input costs nothing.
 */
export const MAX_VERSION_LENGTH = 256;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isAlphanumeric(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

/** True when `s` is one or more ASCII digits. */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** `"007"` -> `"7"`, `"000"` -> `"0"`. The argument must be digits. */
export function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}

/** Compares two digit strings already stripped of leading zeros, numerically. */
export function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-unit order, as Go's strings.Compare, Ruby's String#<=> and Dart's compareTo do on ASCII. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares numeric lists, the shorter padded with zeros (`1.2` = `1.2.0`). */
export function compareZeroPadded(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = compareDigits(a[i] ?? '0', b[i] ?? '0');
    if (d !== 0) return d;
  }
  return 0;
}

/** Compares numeric lists lexicographically: a proper prefix sorts first (`1.0` < `1.0.0`). */
export function compareNumericLists(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = compareDigits(a[i]!, b[i]!);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * Splits `text` on `separators` into numeric components (leading zeros stripped). `undefined` when
 * a component is empty or not all digits.
 */
export function splitNumeric(text: string, separators: string): string[] | undefined {
  if (text.length === 0 || text.length > MAX_VERSION_LENGTH) return undefined;
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !separators.includes(text[i]!)) continue;
    const part = text.slice(start, i);
    if (!isDigits(part)) return undefined;
    out.push(stripLeadingZeros(part));
    start = i + 1;
  }
  return out;
}
