import type { Probe } from '../../probe.js';
import { permissionFindings } from '../permission-findings.js';
import { def } from './def.js';

export const topLevelPermissions: Probe = {
  ...def,
  run: (raw) => permissionFindings(def, raw, 'topLevel', 'no top-level write permissions found'),
};
