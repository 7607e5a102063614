import type { Probe } from '../../probe.js';
import { dangerousFindings } from '../dangerous-findings.js';
import { def } from './def.js';

export const hasDangerousWorkflowScriptInjection: Probe = {
  ...def,
  run: (raw) =>
    dangerousFindings(
      def,
      raw,
      'script-injection',
      (s) => `script injection with untrusted input ${s}`,
      'Project does not have dangerous workflow(s) with possibility of script injection.',
    ),
};
