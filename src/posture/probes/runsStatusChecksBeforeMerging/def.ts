import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'runsStatusChecksBeforeMerging',
  short: 'Status checks must pass before a change is merged.',
  motivation: 'Required checks make tests and scanners a gate instead of a suggestion.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. True when at least one required status check is named by a ruleset or classic protection.",
  remediation: {
    text: 'Add the CI jobs as required status checks in the branch ruleset or classic protection.',
    effort: 'low',
    minutes: 10,
  },
  bad: 'false',
};
