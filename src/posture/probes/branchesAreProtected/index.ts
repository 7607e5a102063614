import type { Probe } from '../../probe.js';
import { branchProbe } from '../forge.js';
import { def } from './def.js';

export const branchesAreProtected: Probe = branchProbe(def, (b) => [
  b.protected ? 'true' : 'false',
  `branch '${b.name}' is ${b.protected ? '' : 'not '}protected`,
  { visibility: b.visibility, ...(b.classicUnavailable ? { classic: b.classicUnavailable } : {}) },
]);
