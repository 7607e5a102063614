import type { Probe } from '../../probe.js';
import { branchProbe, requiredSetting } from '../forge.js';
import { def } from './def.js';

export const branchProtectionAppliesToAdmins: Probe = branchProbe(def, (b) =>
  requiredSetting(b.rule.enforceAdmins, 'branch protection settings apply to administrators', b.name),
);
