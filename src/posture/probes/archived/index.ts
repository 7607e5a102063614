import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const archived: Probe = {
  ...def,
  run: () => [finding(def, 'not-available', 'needs forge access: whether the repository is archived')],
};
