import type { Probe } from '../../probe.js';
import { branchProbe } from '../forge.js';
import { def } from './def.js';

export const runsStatusChecksBeforeMerging: Probe = branchProbe(def, (b) =>
  b.rule.contexts.length > 0
    ? ['true', `status check found to merge onto on branch '${b.name}'`]
    : ['false', `no status checks found to merge onto branch '${b.name}'`],
);
