/**
 * Whether one OSV `affected` entry covers a version, exactly as the OSV schema specifies
 * (https://ossf.github.io/osv-schema/#evaluation): the `versions` enumeration, then every range —
 * events sorted by version through the ecosystem's scheme (SEMVER ranges through semver 2.0),
 * `introduced: "0"` below everything, `fixed` and `limit` exclusive, `last_affected` inclusive.
 */
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import type { OsvAffected, OsvEvent, OsvRange } from '../osv/record.js';

/** `true`/`false`, or `unknown` with the reason when the data cannot be evaluated for this version. */
export type Verdict =
  | { affected: true; range?: OsvRange }
  | { affected: false }
  | { affected: 'unknown'; reason: string };

export interface Schemes {
  /** The ordering of ECOSYSTEM ranges (the package's ecosystem). */
  ecosystem: VersionScheme;
  /** The ordering of SEMVER ranges (semver 2.0, leading `v` tolerated). */
  semver: VersionScheme;
}

type Parsed = {
  kind: 'introduced' | 'fixed' | 'last_affected' | 'limit';
  zero: boolean;
  v: unknown;
  raw: string;
};

function eventOf(e: OsvEvent): { kind: Parsed['kind']; raw: string } {
  if ('introduced' in e) return { kind: 'introduced', raw: e.introduced };
  if ('fixed' in e) return { kind: 'fixed', raw: e.fixed };
  if ('last_affected' in e) return { kind: 'last_affected', raw: e.last_affected };
  return { kind: 'limit', raw: e.limit };
}

/** Evaluates one SEMVER or ECOSYSTEM range; GIT ranges are the caller's business. */
export function inRange(range: OsvRange, version: unknown, scheme: VersionScheme): Verdict {
  const events: Parsed[] = [];
  for (const e of range.events) {
    const { kind, raw } = eventOf(e);
    const zero = kind === 'introduced' && raw === '0';
    const v = zero ? undefined : scheme.parse(raw);
    if (!zero && v === undefined) {
      return {
        affected: 'unknown',
        reason: `range event ${kind}: "${raw}" is not a valid ${scheme.id} version`,
      };
    }
    events.push({ kind, zero, v, raw });
  }
  const cmp = (a: Parsed, b: Parsed): number => {
    if (a.zero || b.zero) return a.zero === b.zero ? 0 : a.zero ? -1 : 1;
    return scheme.compare(a.v, b.v);
  };
  events.sort(cmp);
  const limits = events.filter((e) => e.kind === 'limit');
  if (limits.length > 0 && !limits.some((l) => scheme.compare(version, l.v) < 0)) return { affected: false };
  let affected = false;
  for (const e of events) {
    if (e.kind === 'introduced') {
      if (e.zero || scheme.compare(version, e.v) >= 0) affected = true;
    } else if (e.kind === 'fixed') {
      if (scheme.compare(version, e.v) >= 0) affected = false;
    } else if (e.kind === 'last_affected') {
      if (scheme.compare(version, e.v) > 0) affected = false;
    }
  }
  return affected ? { affected: true, range } : { affected: false };
}

/**
 * Evaluates an affected entry for `version` (the raw string). `versions[]` is matched exactly as
 * written (the schema's rule); ranges through the schemes. Any range saying "affected" wins; an
 * undecidable range makes the answer unknown only when no other part decides "affected".
 */
export function affects(entry: OsvAffected, version: string, schemes: Schemes): Verdict {
  if (entry.versions?.includes(version)) return { affected: true };
  let unknown: string | undefined;
  if (entry.versions && entry.versions.length > 0) {
    // Enumerations are written in the ecosystem's canonical form; `1.0` and `1.0.0` are one PEP 440
    // version, so an equal version in the scheme's order counts as listed.
    const v = schemes.ecosystem.parse(version);
    if (v !== undefined) {
      for (const listed of entry.versions) {
        const l = schemes.ecosystem.parse(listed);
        if (l !== undefined && schemes.ecosystem.compare(v, l) === 0) return { affected: true };
      }
    }
  }
  for (const range of entry.ranges ?? []) {
    if (range.type === 'GIT') continue;
    const scheme = range.type === 'SEMVER' ? schemes.semver : schemes.ecosystem;
    const parsed = scheme.parse(version);
    if (parsed === undefined) {
      unknown ??= `"${version}" is not a valid ${scheme.id} version`;
      continue;
    }
    const verdict = inRange(range, parsed, scheme);
    if (verdict.affected === true) return verdict;
    if (verdict.affected === 'unknown') unknown ??= verdict.reason;
  }
  return unknown ? { affected: 'unknown', reason: unknown } : { affected: false };
}

/** Every `fixed` version written in the ranges of an entry (for upgrade advice). */
export function fixedEvents(entry: OsvAffected): string[] {
  const out: string[] = [];
  for (const r of entry.ranges ?? []) {
    if (r.type === 'GIT') continue;
    for (const e of r.events) if ('fixed' in e) out.push(e.fixed);
  }
  return out;
}

/** True when the entry has only GIT ranges and no enumerated versions: it needs commit history. */
export function onlyGitRanges(entry: OsvAffected): boolean {
  const ranges = entry.ranges ?? [];
  return (entry.versions?.length ?? 0) === 0 && ranges.length > 0 && ranges.every((r) => r.type === 'GIT');
}
