/**
 * A finding's severity as GitHub code scanning reads it: `security-severity` (a CVSS-like score as
 * a string; GitHub shows > 9.0 as critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low, 0.0 as none)
 * and the SARIF `level` (error / warning / note).
 */
import type { SeverityLevel, VulnerabilityFinding } from '../../../core/model/vulnerability.js';

export type SarifLevel = 'error' | 'warning' | 'note';

/**
 * Representative scores for severities known only by label (the middle of GitHub's band). An
 * `unknown` severity (the advisory gives none, common for Go and some PyPI records) counts as
 * medium: a known vulnerability should be triaged rather than ranked below everything scored.
 */
const LABEL_SCORES: Record<SeverityLevel, number> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0,
  none: 0,
  unknown: 5.5,
};

/** Malicious packages rank above every severity. */
const MALICIOUS_SCORE = 10;

/** The score GitHub ranks the finding by (0–10). */
export function securityScore(f: VulnerabilityFinding): number {
  if (f.kind === 'malicious') return MALICIOUS_SCORE;
  const score = f.severity.score;
  if (score !== undefined && Number.isFinite(score)) return Math.min(10, Math.max(0, score));
  return LABEL_SCORES[f.severity.level];
}

/** `security-severity`: one decimal, as a string. */
export function securitySeverity(score: number): string {
  return score.toFixed(1);
}

export function sarifLevel(score: number): SarifLevel {
  if (score >= 7) return 'error';
  if (score >= 4) return 'warning';
  return 'note';
}

/** The word shown to people: `malicious` or the severity level. */
export function severityWord(f: VulnerabilityFinding): SeverityLevel | 'malicious' {
  return f.kind === 'malicious' ? 'malicious' : f.severity.level;
}
