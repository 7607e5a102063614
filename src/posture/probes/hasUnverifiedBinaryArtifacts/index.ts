import type { Probe } from '../../probe.js';
import { binaryFindings } from '../binary-findings.js';
import { def } from './def.js';

export const hasUnverifiedBinaryArtifacts: Probe = {
  ...def,
  run(raw) {
    const facts = raw.binaryArtifacts();
    const findings = binaryFindings(
      def,
      facts.files.filter((f) => !f.verified),
      'Repository does not have binary artifacts.',
    );
    const wf = facts.gradleValidationWorkflow;
    if (wf) {
      for (const f of findings) {
        if (f.location?.path.endsWith('gradle-wrapper.jar')) {
          f.values = { ...f.values, validationWorkflow: wf };
          f.message += ` (validated by ${wf}; whether it passed on HEAD needs forge access)`;
        }
      }
    }
    return findings;
  },
};
