import type { Probe } from '../../probe.js';
import { permissionFindings } from '../permission-findings.js';
import { def } from './def.js';

export const hasNoGitHubWorkflowPermissionUnknown: Probe = {
  ...def,
  run: (raw) => permissionFindings(def, raw, 'unknown', 'no workflows with unknown permissions'),
};
