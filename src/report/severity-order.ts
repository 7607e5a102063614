/** The order every report lists vulnerability findings in: malicious packages first, then by severity. */
import type { SeverityLevel } from '../core/model/vulnerability.js';
import { compareStrings } from '../core/util/compare.js';

/** A finding's level as reports show it: `malicious` ranks above every severity. */
export type FindingLevel = SeverityLevel | 'malicious';

export const LEVEL_RANK: Readonly<Record<FindingLevel, number>> = {
  malicious: 0,
  critical: 1,
  high: 2,
  medium: 3,
  low: 4,
  none: 5,
  unknown: 6,
};

export function findingLevel(f: { kind: string; severity: { level: SeverityLevel } }): FindingLevel {
  return f.kind === 'malicious' ? 'malicious' : f.severity.level;
}

/** Most severe first, then by key. */
export function bySeverity(
  a: { key: string; kind: string; severity: { level: SeverityLevel } },
  b: { key: string; kind: string; severity: { level: SeverityLevel } },
): number {
  return LEVEL_RANK[findingLevel(a)] - LEVEL_RANK[findingLevel(b)] || compareStrings(a.key, b.key);
}
