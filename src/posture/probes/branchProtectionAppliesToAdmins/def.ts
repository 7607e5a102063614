import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'branchProtectionAppliesToAdmins',
  short: 'Branch protection also binds administrators.',
  motivation:
    'Protection that admins can skip protects against mistakes by others but not against a compromised admin account.',
  implementation:
    "Branches: the default branch and the branches the last 30 releases were made from (Scorecard's set). Rulesets come from GitHub's `rules/branches/{branch}` (readable without admin access), classic protection from `branches/{branch}/protection` (admin only); both are merged as Scorecard merges them, the more restrictive value winning. Read from classic protection's `enforce_admins` (admin only). Scorecard also derives it from a ruleset's bypass list, which GitHub's REST rules endpoint does not show: for rulesets alone it is not available (not counted, as Scorecard does for what a token cannot see).",
  remediation: {
    text: "Tick 'Do not allow bypassing the above settings' in classic protection, or leave the ruleset's bypass list empty.",
    effort: 'low',
    minutes: 5,
  },
  bad: 'false',
};
