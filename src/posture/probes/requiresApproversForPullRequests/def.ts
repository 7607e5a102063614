import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'requiresApproversForPullRequests',
  short: 'Pull requests to the branch need approving reviews (value numberOfRequiredReviewers).',
  motivation: 'A required approval means a second person looks at every change before it lands.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. The highest required approving review count among the rules that apply; the check gives a further point for 2 or more.",
  remediation: {
    text: "Require at least one (better two) approving reviews in the branch's pull-request rule.",
    effort: 'low',
    minutes: 5,
  },
  bad: 'false',
};
