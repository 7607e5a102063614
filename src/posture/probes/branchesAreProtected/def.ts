import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'branchesAreProtected',
  short:
    'The development and release branches are protected (classic branch protection or a ruleset applies).',
  motivation:
    'Without protection anyone with write access can push, force-push or delete the branch users build from, with no review and no checks.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. A branch counts as protected when GitHub's public `protected` flag is set, a ruleset applies, or classic protection exists. When a protected branch shows no setting to this token (classic protection only, no admin access), the check says needs-forge instead of scoring what it cannot see.",
  remediation: {
    text: 'Protect the default and release branches with a ruleset (Settings > Rules > Rulesets): block deletion and force pushes, require pull requests and status checks.',
    effort: 'low',
    minutes: 15,
  },
  bad: 'false',
};
