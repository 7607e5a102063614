import { type Check, detailLine, proportionalScore } from '../check.js';
import { forgeGate, unlessUnavailable } from './forge-gate.js';

/** Scorecard v5 checks/evaluation/webhooks.go: the share of webhooks with a secret; none at all is 10. */
export const webhooksCheck: Check = {
  name: 'Webhooks',
  risk: 'Critical',
  short: 'This check validates if the webhook defined in the repository has a token configured.',
  evidence: 'forge',
  forge: ['webhooks'],
  probes: ['webhooksUseSecrets'],
  evaluate(findings) {
    const gate = forgeGate(findings);
    if (gate) return gate;
    if (findings.length === 1 && findings[0]!.outcome === 'not-applicable')
      return { score: 10, reason: 'project does not have webhook' };
    const total = findings.length;
    const noSecret = findings.filter((f) => f.outcome === 'false').length;
    if (noSecret === total) return { score: 0, reason: 'no hook(s) have a secret configured' };
    if (noSecret === 0)
      return { score: 10, reason: `All ${total} of the projects webhooks are configured with a secret` };
    return {
      score: proportionalScore(total - noSecret, total),
      reason: `${noSecret} out of the projects ${total} webhooks are configured without a secret`,
    };
  },
  details: unlessUnavailable((findings) =>
    findings
      .filter((f) => f.outcome === 'false')
      .map((f) => detailLine('Warn', { ...f, message: `${f.message} (hook ${f.values?.hookId ?? '?'})` })),
  ),
};
