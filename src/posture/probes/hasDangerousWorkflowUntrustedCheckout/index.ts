import type { Probe } from '../../probe.js';
import { dangerousFindings } from '../dangerous-findings.js';
import { def } from './def.js';

export const hasDangerousWorkflowUntrustedCheckout: Probe = {
  ...def,
  run: (raw) =>
    dangerousFindings(
      def,
      raw,
      'untrusted-checkout',
      (s) => `untrusted code checkout ${s}`,
      'Project does not have workflow(s) with untrusted checkout.',
    ),
};
