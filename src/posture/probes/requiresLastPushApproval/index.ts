import type { Probe } from '../../probe.js';
import { branchProbe, requiredSetting } from '../forge.js';
import { def } from './def.js';

export const requiresLastPushApproval: Probe = branchProbe(def, (b) =>
  requiredSetting(b.rule.requireLastPushApproval, 'last push approval', b.name),
);
