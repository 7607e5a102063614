import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import {
  compareDigits,
  compareStrings,
  isAsciiLetter,
  isDigit,
  MAX_VERSION_LENGTH,
  stripLeadingZeros,
} from '../shared/version-text.js';

/** A Gem::Version's canonical segments: digit strings (no leading zeros) and letter runs. */
export type GemVersion = readonly string[];

const DOT = 46;
const HYPHEN = 45;

function isNumber(segment: string): boolean {
  return isDigit(segment.charCodeAt(0));
}

/** Drops trailing `0` segments (Gem::Version#canonical_segments does it per run). */
function dropTrailingZeros(segments: string[]): string[] {
  let end = segments.length;
  while (end > 0 && segments[end - 1] === '0') end--;
  return segments.slice(0, end);
}

/**
 * Parses a RubyGems version the way Gem::Version reads it: `-` means `.pre.`, the text is scanned into
 * runs of digits and runs of letters (`1.0.a10` = `1.0.a.10`), and trailing zeros are dropped from the
 * leading numeric run and from the rest (`1.0` = `1`, `1.a.0` = `1.a`).
 *
 * Accepted: a digit first, then ASCII letters, digits, `.` and `-`, with no empty part between separators.
 * This is Gem::Version's grammar, except that letters may follow a number without a dot (`1beta`), as
 * osv-scalibr and its corpus accept; Gem's scan reads them the same way. Rejected: empty text (Gem reads
 * it as `0`), whitespace (Gem strips it), other characters, over 256 characters.
 */
export function parseGemVersion(text: string): GemVersion | undefined {
  if (text.length === 0 || text.length > MAX_VERSION_LENGTH || !isDigit(text.charCodeAt(0))) return undefined;
  const segments: string[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === DOT || code === HYPHEN) {
      const next = text.charCodeAt(i + 1);
      if (!isDigit(next) && !isAsciiLetter(next)) return undefined;
      if (code === HYPHEN) segments.push('pre');
      i++;
      continue;
    }
    const digits = isDigit(code);
    if (!digits && !isAsciiLetter(code)) return undefined;
    const from = i;
    while (i < text.length && (digits ? isDigit(text.charCodeAt(i)) : isAsciiLetter(text.charCodeAt(i)))) i++;
    const run = text.slice(from, i);
    segments.push(digits ? stripLeadingZeros(run) : run);
  }
  let firstString = segments.findIndex((s) => !isNumber(s));
  if (firstString < 0) firstString = segments.length;
  return [
    ...dropTrailingZeros(segments.slice(0, firstString)),
    ...dropTrailingZeros(segments.slice(firstString)),
  ];
}

/** Gem::Version#<=>: segment by segment, missing ones are 0, letters sort before numbers. */
export function compareGemVersions(a: GemVersion, b: GemVersion): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? '0';
    const y = b[i] ?? '0';
    if (x === y) continue;
    const xn = isNumber(x);
    const yn = isNumber(y);
    if (xn !== yn) return xn ? 1 : -1;
    return xn ? compareDigits(x, y) : compareStrings(x, y);
  }
  return 0;
}

export const rubyVersionScheme: VersionScheme<GemVersion> = {
  id: 'ruby/gem-version',
  description:
    'RubyGems versions: Gem::Version order (letter segments are pre-releases, trailing zeros ignored).',
  requirements: { network: false },
  ecosystems: ['RubyGems'],
  parse: parseGemVersion,
  compare: compareGemVersions,
};
