import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const hasLicenseFile: Probe = {
  ...def,
  run(raw) {
    const files = raw.license().files;
    if (files.length === 0) return [finding(def, 'false', 'project does not have a license file')];
    return files.map((f) => finding(def, 'true', 'project has a license file', { path: f.path }));
  },
};
