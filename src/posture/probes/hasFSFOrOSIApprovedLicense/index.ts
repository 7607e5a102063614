import { finding, type Probe } from '../../probe.js';
import { def } from './def.js';

export const hasFSFOrOSIApprovedLicense: Probe = {
  ...def,
  run(raw) {
    const files = raw.license().files;
    if (files.length === 0) return [finding(def, 'not-applicable', 'project does not have a license file')];
    const approved = files.find((f) => f.approved);
    if (approved) {
      return [
        finding(
          def,
          'true',
          `FSF or OSI recognized license: ${approved.name}`,
          { path: approved.path },
          {
            spdxId: approved.spdxId,
          },
        ),
      ];
    }
    return [finding(def, 'false', 'project license file does not contain an FSF or OSI license.')];
  },
};
