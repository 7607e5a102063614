import type { Probe } from '../../probe.js';
import { branchProbe } from '../forge.js';
import { def } from './def.js';

export const blocksDeleteOnBranches: Probe = branchProbe(def, (b) => {
  const v = b.rule.allowDeletions;
  if (v === undefined)
    return ['not-available', 'could not determine whether branch is protected against deletion'];
  return v
    ? ['false', `'allow deletion' enabled on branch '${b.name}'`]
    : ['true', `'allow deletion' disabled on branch '${b.name}'`];
});
