/**
 * The posture part of the SARIF run: a rule per check that ran, results for the failing ones (see
 * posture-results.ts), and notes on what has no alert (checks without a score, results cut).
 * Nothing at all when posture did not run.
 */
import type { CheckResult, PostureReport } from '../../../core/model/posture.js';
import { compareStrings } from '../../../core/util/compare.js';
import { SARIF_BOUNDS } from './limits.js';
import { notification, type SarifNotification } from './notifications.js';
import { buildPostureResult, postureCandidates } from './posture-results.js';
import { buildPostureRule, postureRuleId } from './posture-rules.js';
import type { SarifResult } from './results.js';
import type { SarifRule } from './rules.js';
import { plain } from './text.js';

export interface PosturePart {
  rules: SarifRule[];
  results: SarifResult[];
  notifications: SarifNotification[];
  properties: Record<string, unknown>;
}

function notScored(sorted: readonly CheckResult[]): SarifNotification[] {
  const checks = sorted.filter((c) => c.status !== 'scored');
  if (checks.length === 0) return [];
  const list = checks.map((c) => `${plain(c.name)} (${c.status}: ${plain(c.reason)})`).join('; ');
  return [
    notification(
      'sterling/posture-not-scored',
      'note',
      `${checks.length} posture check(s) have no score, so no alert here: ${list}.`,
      { checks: checks.map((c) => plain(c.name)) },
    ),
  ];
}

/** The posture check whose findings are the vulnerability results themselves. */
const VULNERABILITIES_CHECK = 'Vulnerabilities';

/**
 * Rule indexes count from 0: the caller offsets them by the rules that come first in the run.
 * `vulnerabilityResults`: the run already has a result per vulnerability at its lockfile line, so the
 * Vulnerabilities check keeps its rule but raises no second alert for the same advisories.
 */
export function posturePart(report: PostureReport, vulnerabilityResults = false): PosturePart {
  const checks = [...report.checks].sort((a, b) => compareStrings(a.name, b.name));
  const rules = checks.map(buildPostureRule);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const alerting = vulnerabilityResults ? checks.filter((c) => c.name !== VULNERABILITIES_CHECK) : checks;
  const all = postureCandidates(alerting);
  const kept = all.slice(0, SARIF_BOUNDS.postureResults);
  const results = kept.map((c) => buildPostureResult(c, ruleIndex.get(postureRuleId(c.check))!));
  const notifications = notScored(checks);
  const properties: Record<string, unknown> = {
    aggregateScore: report.aggregateScore,
    checks: checks.length,
    alertingChecks: new Set(all.map((c) => c.check.name)).size,
    results: results.length,
  };
  if (kept.length < all.length) {
    const cut = { total: all.length, written: kept.length };
    properties.truncated = cut;
    notifications.push(
      notification(
        'sterling/output-truncated',
        'warning',
        `Sterling writes at most ${SARIF_BOUNDS.postureResults} posture results per run: ` +
          `${all.length - kept.length} of ${all.length} were left out (suppressed and least severe first). ` +
          'Use --format json for every finding.',
        { limit: 'postureResults', ...cut },
      ),
    );
  }
  return { rules, results, notifications, properties };
}
