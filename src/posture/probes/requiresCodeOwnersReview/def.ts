import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'requiresCodeOwnersReview',
  short: 'Pull requests need a review from the code owners, and a CODEOWNERS file exists.',
  motivation: 'Code owners know the code best; their review catches what a random approver misses.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. A CODEOWNERS file is a file of exactly that name anywhere in the scanned files, as Scorecard looks for it (GitHub itself reads the root, .github/ and docs/).",
  remediation: {
    text: "Add a CODEOWNERS file and enable 'Require review from Code Owners' in the branch's pull-request rule.",
    effort: 'medium',
    minutes: 30,
  },
  bad: 'false',
};
