import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const securityPolicyPresent: Probe = {
  ...def,
  run(raw) {
    // Not scored (Scorecard does not score it): private vulnerability reporting, when the forge said.
    const pvr = raw.forge.privateVulnerabilityReporting;
    const values = pvr.ok
      ? { privateVulnerabilityReporting: pvr.data.enabled ? 'enabled' : 'disabled' }
      : undefined;
    const files = raw.securityPolicy().files;
    if (files.length === 0)
      return [finding(def, 'false', 'no security policy file detected', undefined, values)];
    return files.map((f) => finding(def, 'true', 'security policy file detected', { path: f.path }, values));
  },
};
