import type { Probe } from '../../probe.js';
import { branchProbe } from '../forge.js';
import { def } from './def.js';

export const requiresApproversForPullRequests: Probe = branchProbe(def, (b) => {
  const n = b.rule.requiredApprovals;
  if (n === undefined)
    return [
      'not-available',
      `could not determine whether branch '${b.name}' has required approving review count`,
    ];
  if (n > 0)
    return [
      'true',
      `required approving review count is ${n} on branch '${b.name}'`,
      { numberOfRequiredReviewers: String(n) },
    ];
  return ['false', `branch '${b.name}' does not require approvers`, { numberOfRequiredReviewers: '0' }];
});
