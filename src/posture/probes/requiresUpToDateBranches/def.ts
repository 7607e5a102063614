import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'requiresUpToDateBranches',
  short: 'A pull request must be up to date with the branch before it is merged.',
  motivation: 'Checks that ran on an out-of-date branch did not test the code that is actually merged.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. The required status checks' strict policy, counted only when status checks are required (as Scorecard works around GitHub's reporting).",
  remediation: {
    text: "Enable 'Require branches to be up to date before merging' with the required status checks.",
    effort: 'low',
    minutes: 5,
  },
  bad: 'false',
};
