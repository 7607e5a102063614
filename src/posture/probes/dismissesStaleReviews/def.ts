import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'dismissesStaleReviews',
  short: 'New commits pushed to a pull request dismiss its earlier approvals.',
  motivation: 'Otherwise a change can be approved and then replaced with different code before it is merged.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. From the ruleset's pull-request rule (`dismiss_stale_reviews_on_push`) or classic protection.",
  remediation: {
    text: "Enable 'Dismiss stale pull request approvals when new commits are pushed' in the branch's pull-request rule.",
    effort: 'low',
    minutes: 5,
  },
  bad: 'false',
};
