import type { Probe } from '../../probe.js';
import { branchProbe, requiredSetting } from '../forge.js';
import { def } from './def.js';

export const requiresUpToDateBranches: Probe = branchProbe(def, (b) =>
  requiredSetting(b.rule.upToDateBeforeMerge, 'up-to-date branches', b.name),
);
