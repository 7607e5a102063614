import type { VulnerabilityFinding, VulnerabilityReport } from '../../core/model/vulnerability.js';

/**
 * `VulnerabilityReport.counts` of a list of findings: open findings per severity level, open
 * malicious-package findings apart, and suppressed findings apart (in no other count).
 */
export function countFindings(findings: readonly VulnerabilityFinding[]): VulnerabilityReport['counts'] {
  const counts: VulnerabilityReport['counts'] = {
    critical: 0,
    high: 0,
    medium: 0,
    low: 0,
    none: 0,
    unknown: 0,
    malicious: 0,
    suppressed: 0,
  };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else if (f.kind === 'malicious') counts.malicious++;
    else counts[f.severity.level]++;
  }
  return counts;
}
