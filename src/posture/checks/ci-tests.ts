import { type Check, detailLine, proportionalScore } from '../check.js';
import { forgeGate, unlessUnavailable } from './forge-gate.js';

/** Scorecard v5 checks/evaluation/ci_tests.go: tested merged PRs / merged PRs, integer division. */
export const ciTestsCheck: Check = {
  name: 'CI-Tests',
  risk: 'Low',
  short: 'Determines if the project runs tests before pull requests are merged.',
  evidence: 'forge',
  forge: ['ciRevisions'],
  probes: ['testsRunInCI'],
  evaluate(findings) {
    const gate = forgeGate(findings);
    if (gate) return gate;
    if (findings.some((f) => f.outcome === 'not-applicable'))
      return { status: 'inconclusive', reason: 'no pull request found' };
    const merged = findings.length;
    const tested = findings.filter((f) => f.outcome === 'true').length;
    return {
      score: proportionalScore(tested, merged),
      reason: `${tested} out of ${merged} merged PRs checked by a CI test`,
    };
  },
  // Scorecard logs every PR at debug level; Sterling shows the untested ones as warnings.
  details: unlessUnavailable((findings) =>
    findings.filter((f) => f.outcome === 'false').map((f) => detailLine('Warn', f)),
  ),
};
