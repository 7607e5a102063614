/**
 * Debian package versions, `[epoch:]upstream[-revision]`, ordered as dpkg does (`parseversion` and
 * `verrevcmp` of dpkg's lib/dpkg/version.c). Hand-written, linear, no regex.
 *
 * Within upstream and revision, non-digit runs compare character by character with `~` before
 * everything (even the end of the text), then letters, then every other character; digit runs compare
 * numerically. Text is compared as its UTF-8 bytes, as dpkg does.
 *
 * dpkg is lenient about characters (it only warns), so this parser is too. Rejected (`undefined`), as dpkg
 * rejects them: empty text, embedded whitespace, an epoch that is empty, not a number, negative or above
 * 2^31-1, nothing after the epoch's colon, an empty upstream version, an empty revision (`1.0-`); also
 * text over 256 characters.
 */
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import {
  compareDigits,
  isAsciiLetter,
  isDigit,
  MAX_VERSION_LENGTH,
  stripLeadingZeros,
} from '../shared/version-text.js';

export interface DebianVersion {
  /** Epoch digits without leading zeros; `0` when absent. */
  readonly epoch: string;
  /** The upstream version as a byte string (one character per UTF-8 byte; ASCII text is unchanged). */
  readonly upstream: string;
  /** The Debian revision as a byte string; empty when absent (equal to `0`). */
  readonly revision: string;
}

const INT_MAX = '2147483647';
const TILDE = 126;
const encoder = new TextEncoder();

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** The epoch before the first colon, as dpkg's strtol reads it; `undefined` when dpkg rejects it. */
function parseEpoch(text: string): string | undefined {
  let i = 0;
  let negative = false;
  if (text[0] === '+' || text[0] === '-') {
    negative = text[0] === '-';
    i = 1;
  }
  const digits = text.slice(i);
  if (digits.length === 0) return undefined;
  for (let k = 0; k < digits.length; k++) if (!isDigit(digits.charCodeAt(k))) return undefined;
  const epoch = stripLeadingZeros(digits);
  if (negative && epoch !== '0') return undefined;
  return compareDigits(epoch, INT_MAX) > 0 ? undefined : epoch;
}

/** `text` as a string of its UTF-8 bytes, so comparing characters compares bytes as dpkg does. */
function byteString(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) return String.fromCharCode(...encoder.encode(text));
  }
  return text;
}

/** Parses a Debian version as dpkg's `parseversion` does; `undefined` for what dpkg rejects. */
export function parseDebianVersion(text: string): DebianVersion | undefined {
  if (text.length > MAX_VERSION_LENGTH) return undefined;
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  for (let i = start; i < end; i++) if (isSpace(text.charCodeAt(i))) return undefined;
  let rest = text.slice(start, end);
  let epoch = '0';
  const colon = rest.indexOf(':');
  if (colon !== -1) {
    const e = parseEpoch(rest.slice(0, colon));
    if (e === undefined || colon === rest.length - 1) return undefined;
    epoch = e;
    rest = rest.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen === -1 ? rest : rest.slice(0, hyphen);
  const revision = hyphen === -1 ? '' : rest.slice(hyphen + 1);
  if (upstream.length === 0 || (hyphen !== -1 && revision.length === 0)) return undefined;
  return { epoch, upstream: byteString(upstream), revision: byteString(revision) };
}

/**
 * dpkg's `order`: `~` first, then the end of a non-digit run, then letters, then the rest. dpkg reads
 * bytes as C `char`, signed on x86 and most builds, so a byte above 127 orders as itself (after the
 * letters, before ASCII punctuation), as dpkg and apt do there.
 */
function order(c: number): number {
  if (isDigit(c)) return 0;
  if (isAsciiLetter(c)) return c;
  if (c === TILDE) return -1;
  if (c >= 128) return c;
  return c === 0 ? 0 : c + 256;
}

/** The byte at `i`, or 0 past the end like C's terminating NUL. */
function at(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : 0;
}

/** dpkg's `verrevcmp` over byte strings. */
export function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(at(a, i))) || (j < b.length && !isDigit(at(b, j)))) {
      const ac = order(at(a, i));
      const bc = order(at(b, j));
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (at(a, i) === 48) i++;
    while (at(b, j) === 48) j++;
    let firstDiff = 0;
    while (isDigit(at(a, i)) && isDigit(at(b, j))) {
      if (firstDiff === 0) firstDiff = at(a, i) - at(b, j);
      i++;
      j++;
    }
    if (isDigit(at(a, i))) return 1;
    if (isDigit(at(b, j))) return -1;
    if (firstDiff !== 0) return firstDiff;
  }
  return 0;
}

export function compareDebianVersions(a: DebianVersion, b: DebianVersion): number {
  return (
    compareDigits(a.epoch, b.epoch) || verrevcmp(a.upstream, b.upstream) || verrevcmp(a.revision, b.revision)
  );
}

/** Debian and Ubuntu: dpkg's version order. */
export const debianVersionScheme: VersionScheme<DebianVersion> = {
  id: 'debian/dpkg',
  description: "Debian and Ubuntu package versions: dpkg's epoch:upstream-revision order (verrevcmp).",
  requirements: { network: false },
  ecosystems: ['Debian', 'Ubuntu'],
  parse: parseDebianVersion,
  compare: compareDebianVersions,
};
