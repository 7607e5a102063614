import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'blocksDeleteOnBranches',
  short: 'The protected branches cannot be deleted.',
  motivation:
    'Deleting a release or development branch can destroy history and the reference users and automation rely on.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. Not available when neither a ruleset nor classic protection is readable.",
  remediation: {
    text: "Add the 'Restrict deletions' rule to the branch ruleset, or untick 'Allow deletions' in classic protection.",
    effort: 'low',
    minutes: 5,
  },
  bad: 'false',
};
