import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'requiresLastPushApproval',
  short: 'The most recent push to a pull request must be approved by someone other than its author.',
  motivation: 'Without it, the author can push new code after the last approval and merge it unreviewed.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. From the ruleset's pull-request rule (`require_last_push_approval`) or classic protection.",
  remediation: {
    text: "Enable 'Require approval of the most recent reviewable push' in the branch's pull-request rule.",
    effort: 'low',
    minutes: 5,
  },
  bad: 'false',
};
