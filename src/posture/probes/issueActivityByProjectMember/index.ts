import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const issueActivityByProjectMember: Probe = {
  ...def,
  run: () => [finding(def, 'not-available', 'needs forge access: issue activity by project members')],
};
