/**
 * Versions that are not PEP 440, ordered as packaging's `LegacyVersion` did (packaging < 22, setuptools'
 * old `parse_version`): the lower-cased text is split into digit runs, letter runs, `.` and `-` (and
 * whatever lies between), numbers are zero-padded to 8 for string comparison, `pre`/`preview`/`rc`
 * become `c`, `dev` becomes `@`, `-` becomes `final-`, and the parts are compared as a tuple of strings.
 * Such versions still exist on PyPI and in OSV data; packaging sorted every one of them before every
 * PEP 440 version, and so does the PyPI scheme.
 */
import { isDigit } from '../shared/version-text.js';

/** A Map, not an object literal: a part such as `constructor` must not find Object.prototype's. */
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ['pre', 'c'],
  ['preview', 'c'],
  ['-', 'final-'],
  ['rc', 'c'],
  ['dev', '@'],
]);

function kind(code: number): 'digit' | 'letter' | 'sep' | 'other' {
  if (isDigit(code)) return 'digit';
  if (code >= 97 && code <= 122) return 'letter';
  if (code === 46 || code === 45) return 'sep';
  return 'other';
}

/** `_legacy_version_component_re.split(s)`: runs of digits, runs of letters, single `.`/`-`, and the text between. */
function splitLegacy(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const k = kind(s.charCodeAt(i));
    if (k === 'sep') {
      out.push(s[i]!);
      i++;
      continue;
    }
    const from = i;
    while (i < s.length && kind(s.charCodeAt(i)) === k) i++;
    out.push(s.slice(from, i));
  }
  return out;
}

/**
 * The comparison key of a legacy version (packaging's `_legacy_cmpkey` without the -1 epoch), or
 * `undefined` for text that is empty or holds anything but printable ASCII without spaces.
 */
export function legacyKey(text: string): string[] | undefined {
  if (text.length === 0) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127) return undefined;
  }
  const parts: string[] = [];
  const pieces = splitLegacy(text.toLowerCase());
  pieces.push('final');
  for (let piece of pieces) {
    piece = REPLACEMENTS.get(piece) ?? piece;
    if (piece === '.') continue;
    const part = isDigit(piece.charCodeAt(0)) ? piece.padStart(8, '0') : `*${piece}`;
    if (part.startsWith('*')) {
      if (part < '*final') while (parts.length > 0 && parts[parts.length - 1] === '*final-') parts.pop();
      while (parts.length > 0 && parts[parts.length - 1] === '00000000') parts.pop();
    }
    parts.push(part);
  }
  return parts;
}

/** Python tuple order on the keys. */
export function compareLegacyKeys(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}
