/**
 * One Semantic Versioning 2.0.0 core for the ecosystems whose tools order versions exactly by semver
 * precedence (Go modules, crates.io, Hex, SwiftURL) or by a documented variant of it (Pub compares build
 * metadata too; NuGet allows four release numbers and ignores case). Hand-written, linear, no regex.
 *
 * Relaxations over the strict grammar, inputs osv-scalibr's `semantic` package also accepts, so OSV data
 * and its corpus parse: an optional leading `v` (when the caller allows it), fewer than three release
 * numbers (missing ones are 0: `1.2` = `1.2.0`), more than three (compared numerically, zero-padded, so
 * `1.2.3.1` > `1.2.3`; scalibr instead appends the extra numbers to its pre-release string and sorts
 * `1.2.3.1` before `1.2.3`), leading zeros (compared numerically), numbers of any size. Rejected
 * (`undefined`): empty identifiers (`1..2`, `1.0.0-`, `1.0.0-a..b`), characters outside `[0-9A-Za-z-]`
 * in pre-release or build, text glued to the release (`1.2.3beta`), whitespace, over 256 characters.
 */
import {
  compareDigits,
  compareStrings,
  compareZeroPadded,
  isDigit,
  isDigits,
  MAX_VERSION_LENGTH,
  stripLeadingZeros,
} from './version-text.js';

export interface Semver2 {
  /** Release numbers, leading zeros stripped; at least one. */
  readonly release: readonly string[];
  /** Pre-release identifiers (numeric ones stripped of leading zeros); empty for a release. */
  readonly pre: readonly string[];
  /** Build-metadata identifiers; empty when absent. */
  readonly build: readonly string[];
}

export interface Semver2Options {
  /** Accept one leading `v` (`v1.2.3`), as Go, SwiftPM tags and OSV's corpora write them. */
  readonly leadingV: boolean;
  /** Most release numbers accepted (NuGet: 4). */
  readonly maxRelease: number;
}

export const SEMVER_LIKE: Semver2Options = { leadingV: true, maxRelease: Number.POSITIVE_INFINITY };

const DOT = 46;
const HYPHEN = 45;
const PLUS = 43;
const LOWER_V = 118;

function isIdentifierChar(code: number): boolean {
  return isDigit(code) || code === HYPHEN || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Reads dot-separated identifiers from `text` at `start` up to the end or a `+` (when `stopAtPlus`).
 * Returns the identifiers and where reading stopped, or `undefined` for an empty identifier or a bad
 * character.
 */
function readIdentifiers(
  text: string,
  start: number,
  stopAtPlus: boolean,
): { ids: string[]; end: number } | undefined {
  const ids: string[] = [];
  let i = start;
  let from = start;
  for (;;) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code === DOT || code === -1 || (stopAtPlus && code === PLUS)) {
      if (i === from) return undefined;
      const id = text.slice(from, i);
      ids.push(isDigits(id) ? stripLeadingZeros(id) : id);
      if (code !== DOT) return { ids, end: i };
      i++;
      from = i;
      continue;
    }
    if (!isIdentifierChar(code)) return undefined;
    i++;
  }
}

/** Parses a semver-like version; see the module comment for what is accepted. */
export function parseSemver2(text: string, options: Semver2Options): Semver2 | undefined {
  if (text.length === 0 || text.length > MAX_VERSION_LENGTH) return undefined;
  let i = options.leadingV && text.charCodeAt(0) === LOWER_V ? 1 : 0;
  const release: string[] = [];
  for (;;) {
    const from = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === from || release.length === options.maxRelease) return undefined;
    release.push(stripLeadingZeros(text.slice(from, i)));
    if (text.charCodeAt(i) !== DOT) break;
    i++;
  }
  let pre: string[] = [];
  let build: string[] = [];
  if (text.charCodeAt(i) === HYPHEN) {
    const r = readIdentifiers(text, i + 1, true);
    if (!r) return undefined;
    pre = r.ids;
    i = r.end;
  }
  if (text.charCodeAt(i) === PLUS) {
    const r = readIdentifiers(text, i + 1, false);
    if (!r) return undefined;
    build = r.ids;
    i = r.end;
  }
  return i === text.length ? { release, pre, build } : undefined;
}

/**
 * Semver identifier-list order: numeric identifiers compare numerically and sort before alphanumeric
 * ones, which compare in ASCII order; a list that is a proper prefix of the other sorts first.
 */
export function compareIdentifiers(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const xn = isDigits(x);
    const yn = isDigits(y);
    const d = xn && yn ? compareDigits(x, y) : xn ? -1 : yn ? 1 : compareStrings(x, y);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Semver precedence: release numbers, then pre-release (a release sorts after its pre-releases). Build metadata is ignored. */
export function compareSemver2(a: Semver2, b: Semver2): number {
  const r = compareZeroPadded(a.release, b.release);
  if (r !== 0) return r;
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  return compareIdentifiers(a.pre, b.pre);
}
