import type { Probe } from '../../probe.js';
import { permissionFindings } from '../permission-findings.js';
import { def } from './def.js';

export const jobLevelPermissions: Probe = {
  ...def,
  run: (raw) => permissionFindings(def, raw, 'jobLevel', 'no job-level write permissions found'),
};
