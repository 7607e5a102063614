/** What was cut to stay within GitHub's limits, told in the run's properties and a notification. */
import { GITHUB_SARIF_LIMITS as LIMITS } from './limits.js';
import { notification, type SarifNotification } from './notifications.js';

export interface Truncation {
  /** Results (finding, location) and how many vulnerabilities (rules) are left without any. */
  results?: { total: number; written: number; vulnerabilitiesLeftOut: number };
  rules?: { total: number; written: number };
  rulesWithTagsCut?: number;
}

export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function truncationNotifications(t: Truncation): SarifNotification[] {
  const out: SarifNotification[] = [];
  if (t.results) {
    out.push(
      notification(
        'sterling/output-truncated',
        'warning',
        `GitHub code scanning accepts at most ${thousands(LIMITS.resultsPerRun)} results per run: ` +
          `${thousands(t.results.total - t.results.written)} of ${thousands(t.results.total)} results were left out ` +
          `(suppressed and least severe first; ${thousands(t.results.vulnerabilitiesLeftOut)} vulnerabilities have no result here). ` +
          'Use --format json for every finding.',
        { limit: 'resultsPerRun', ...t.results },
      ),
    );
  }
  if (t.rules) {
    out.push(
      notification(
        'sterling/output-truncated',
        'warning',
        `GitHub code scanning accepts at most ${thousands(LIMITS.rulesPerRun)} rules per run: ` +
          `${thousands(t.rules.total - t.rules.written)} of ${thousands(t.rules.total)} vulnerabilities have no rule here. ` +
          'Use --format json for every finding.',
        { limit: 'rulesPerRun', ...t.rules },
      ),
    );
  }
  if (t.rulesWithTagsCut) {
    out.push(
      notification(
        'sterling/output-truncated',
        'note',
        `${thousands(t.rulesWithTagsCut)} rule(s) have more ids than GitHub's ${LIMITS.tagsPerRule} tags per rule: ` +
          'their tags list the first ones; the rule help lists them all.',
        { limit: 'tagsPerRule', rules: t.rulesWithTagsCut },
      ),
    );
  }
  return out;
}
