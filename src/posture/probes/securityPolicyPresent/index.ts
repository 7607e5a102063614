import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const securityPolicyPresent: Probe = {
  ...def,
  run(raw) {
    const files = raw.securityPolicy().files;
    if (files.length === 0) return [finding(def, 'false', 'no security policy file detected')];
    return files.map((f) => finding(def, 'true', 'security policy file detected', { path: f.path }));
  },
};
