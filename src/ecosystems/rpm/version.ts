/**
 * RPM package versions, `[epoch:]version[-release]`, ordered as rpm orders them: `parseEVR` splits the
 * text (the epoch is the leading digits when a `:` follows them; the release follows the last `-`), and
 * `rpmvercmp` (rpm >= 4.15) compares each part: alphanumeric segments, digits newer than letters and
 * compared as numbers, `~` (pre-release) before everything even the end, `^` (post-release snapshot)
 * after the end but before any other segment; other characters only separate.
 *
 * A missing epoch is 0. A missing release sorts before any release (`1.0` < `1.0-0` < `1.0-1`), as
 * osv-scalibr orders OSV's ranges. Every text parses, as rpm accepts anything; `undefined` only for the
 * empty text and text over 256 characters.
 */
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareDigits, isAsciiLetter, isDigit, MAX_VERSION_LENGTH } from '../shared/version-text.js';

export interface RpmVersion {
  readonly epoch: string;
  readonly version: string;
  /** `undefined` when the text has no `-`. */
  readonly release: string | undefined;
}

const TILDE = 126;
const CARET = 94;

/** rpm's `parseEVR`. */
export function parseRpmVersion(text: string): RpmVersion | undefined {
  if (text.length === 0 || text.length > MAX_VERSION_LENGTH) return undefined;
  let s = 0;
  while (s < text.length && isDigit(text.charCodeAt(s))) s++;
  const hasEpoch = text.charCodeAt(s) === 58;
  // The last '-' starts the release; the epoch's digits hold none.
  const split = text.lastIndexOf('-');
  const versionStart = hasEpoch ? s + 1 : 0;
  return {
    epoch: hasEpoch && s > 0 ? text.slice(0, s) : '0',
    version: split === -1 ? text.slice(versionStart) : text.slice(versionStart, split),
    release: split === -1 ? undefined : text.slice(split + 1),
  };
}

function isSegmentChar(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code) || code === TILDE || code === CARET;
}

function stripZeros(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 48) i++;
  return i;
}

/** rpm's `rpmvercmp`. Positions past the end read as NaN, never equal to a character. */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isSegmentChar(a.charCodeAt(i))) i++;
    while (j < b.length && !isSegmentChar(b.charCodeAt(j))) j++;
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (ca === TILDE || cb === TILDE) {
      if (ca !== TILDE) return 1;
      if (cb !== TILDE) return -1;
      i++;
      j++;
      continue;
    }
    if (ca === CARET || cb === CARET) {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (ca !== CARET) return 1;
      if (cb !== CARET) return -1;
      i++;
      j++;
      continue;
    }
    if (i >= a.length || j >= b.length) break;
    const numeric = isDigit(ca);
    const same = numeric ? isDigit : isAsciiLetter;
    let ei = i;
    let ej = j;
    while (ei < a.length && same(a.charCodeAt(ei))) ei++;
    while (ej < b.length && same(b.charCodeAt(ej))) ej++;
    // A numeric segment is newer than an alphabetic one.
    if (ej === j) return numeric ? 1 : -1;
    let d: number;
    if (numeric) {
      const si = stripZeros(a, i, ei);
      const sj = stripZeros(b, j, ej);
      d = compareDigits(a.slice(si, ei), b.slice(sj, ej));
    } else {
      const x = a.slice(i, ei);
      const y = b.slice(j, ej);
      d = x < y ? -1 : x > y ? 1 : 0;
    }
    if (d !== 0) return d;
    i = ei;
    j = ej;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

export function compareRpmVersions(a: RpmVersion, b: RpmVersion): number {
  const d = rpmvercmp(a.epoch, b.epoch) || rpmvercmp(a.version, b.version);
  if (d !== 0) return d;
  if (a.release === undefined || b.release === undefined) {
    return a.release === b.release ? 0 : a.release === undefined ? -1 : 1;
  }
  return rpmvercmp(a.release, b.release);
}

/** Red Hat and the other RPM distributions: rpm's version order. */
export const rpmVersionScheme: VersionScheme<RpmVersion> = {
  id: 'rpm/rpmvercmp',
  description: "Red Hat, SUSE and other RPM distributions: rpm's epoch:version-release order (rpmvercmp).",
  requirements: { network: false },
  ecosystems: [
    'AlmaLinux',
    'Azure Linux',
    'Mageia',
    'openEuler',
    'openSUSE',
    'Photon OS',
    'Red Hat',
    'Rocky Linux',
    'SUSE',
  ],
  parse: parseRpmVersion,
  compare: compareRpmVersions,
};
