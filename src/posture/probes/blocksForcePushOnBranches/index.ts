import type { Probe } from '../../probe.js';
import { branchProbe } from '../forge.js';
import { def } from './def.js';

export const blocksForcePushOnBranches: Probe = branchProbe(def, (b) => {
  const v = b.rule.allowForcePushes;
  if (v === undefined) return ['not-available', 'could not determine whether for push is allowed'];
  return v
    ? ['false', `'force pushes' enabled on branch '${b.name}'`]
    : ['true', `'force pushes' disabled on branch '${b.name}'`];
});
