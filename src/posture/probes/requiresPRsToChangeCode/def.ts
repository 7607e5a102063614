import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'requiresPRsToChangeCode',
  short: 'Changes reach the branch only through pull requests.',
  motivation: 'Direct pushes skip review and the checks that run on pull requests.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. A ruleset's pull-request rule or classic required reviews; any ruleset tells whether one is required.",
  remediation: {
    text: "Enable 'Require a pull request before merging' in the branch ruleset or classic protection.",
    effort: 'low',
    minutes: 5,
  },
  bad: 'false',
};
