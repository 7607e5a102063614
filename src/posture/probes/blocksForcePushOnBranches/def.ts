import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'blocksForcePushOnBranches',
  short: 'The protected branches refuse force pushes.',
  motivation: 'A force push rewrites published history: reviewed commits can be replaced by unreviewed ones.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. Not available when neither a ruleset nor classic protection is readable. The not-available message keeps Scorecard's wording.",
  remediation: {
    text: "Add the 'Block force pushes' rule to the branch ruleset, or untick 'Allow force pushes' in classic protection.",
    effort: 'low',
    minutes: 5,
  },
  bad: 'false',
};
