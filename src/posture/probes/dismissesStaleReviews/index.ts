import type { Probe } from '../../probe.js';
import { branchProbe, requiredSetting } from '../forge.js';
import { def } from './def.js';

export const dismissesStaleReviews: Probe = branchProbe(def, (b) =>
  requiredSetting(b.rule.dismissStaleReviews, 'stale review dismissal', b.name),
);
