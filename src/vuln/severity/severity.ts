/**
 * The severity of an OSV record (for one affected package): the score of its most recent CVSS vector,
 * else the database's own label, else unknown. Never throws; an unusable vector is passed over.
 */
import type { Severity } from '../../core/model/vulnerability.js';
import type { OsvAffected, OsvRecord, OsvSeverity } from '../osv/record.js';
import { cvss2 } from './cvss2.js';
import { cvss3 } from './cvss3.js';
import { cvss4 } from './cvss4.js';
import { ratingOf, ratingOfV2, type SeverityLevel } from './rating.js';

/** The ScanResult model's Severity (level, score, vector, source). */
export type RecordSeverity = Severity;

interface Scored {
  readonly rank: number;
  readonly severity: RecordSeverity;
}

/**
 * Picks the highest CVSS version among the affected entry's and the record's `severity[]` (v4.0, then
 * v3.1, v3.0, v2); at the same version the affected entry's vector wins, then the first listed. The
 * version is read from the vector's own prefix (`CVSS:4.0/`, `CVSS:3.x/`) under any `CVSS_V*` type, so
 * a vector filed under the wrong type still counts; prefix-less text is scored as v2 only under `CVSS_V2`.
 * Without a usable vector: the label in `database_specific.severity` (GHSA, and databases that copy it)
 * or `ecosystem_specific.severity` of the affected entry, then of the record, then an `Ubuntu` severity.
 */
export function severityOf(record: OsvRecord, affected?: OsvAffected): RecordSeverity {
  const entries = [...(affected?.severity ?? []), ...(record.severity ?? [])];
  let best: Scored | undefined;
  for (const entry of entries) {
    const scored = scoreEntry(entry);
    if (scored !== undefined && (best === undefined || scored.rank > best.rank)) best = scored;
  }
  if (best !== undefined) return best.severity;
  const level = labelLevel(record, affected, entries);
  if (level !== undefined) return { level, source: 'label' };
  return { level: 'unknown', source: 'none' };
}

function scoreEntry(entry: OsvSeverity): Scored | undefined {
  const { type, score: vector } = entry;
  if (typeof type !== 'string' || typeof vector !== 'string' || !type.startsWith('CVSS_V')) return undefined;
  if (vector.startsWith('CVSS:4.0/')) {
    const r = cvss4(vector);
    return r.ok ? scored(4, r.score, ratingOf(r.score), 'cvss-v4', vector) : undefined;
  }
  if (vector.startsWith('CVSS:3.')) {
    const r = cvss3(vector);
    if (!r.ok) return undefined;
    return scored(r.version === '3.1' ? 3 : 2, r.baseScore, ratingOf(r.baseScore), 'cvss-v3', vector);
  }
  if (type === 'CVSS_V2') {
    const r = cvss2(vector);
    return r.ok ? scored(1, r.baseScore, ratingOfV2(r.baseScore), 'cvss-v2', vector) : undefined;
  }
  return undefined;
}

function scored(
  rank: number,
  score: number,
  level: SeverityLevel,
  source: Severity['source'],
  vector: string,
): Scored {
  return { rank, severity: { score, level, source, vector } };
}

/** Severity labels as databases write them (any case): GHSA, RustSec, Go, Ubuntu, Red Hat. */
const LABELS: Readonly<Record<string, SeverityLevel>> = {
  critical: 'critical',
  high: 'high',
  important: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'low',
};

function labelLevel(
  record: OsvRecord,
  affected: OsvAffected | undefined,
  entries: readonly OsvSeverity[],
): SeverityLevel | undefined {
  const candidates: unknown[] = [
    affected?.database_specific?.severity,
    affected?.ecosystem_specific?.severity,
    record.database_specific?.severity,
    ...entries.filter((e) => e.type === 'Ubuntu').map((e) => e.score),
  ];
  for (const c of candidates) {
    if (typeof c !== 'string' || c.length > 20) continue;
    const key = c.trim().toLowerCase();
    if (Object.hasOwn(LABELS, key)) return LABELS[key];
  }
  return undefined;
}
