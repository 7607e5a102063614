import { type Check, detailLine } from '../check.js';
import { nothingRead, notReadDetails } from './workflow-evidence.js';

const PROBES = ['hasDangerousWorkflowScriptInjection', 'hasDangerousWorkflowUntrustedCheckout'];

/** Scorecard v5 checks/evaluation/dangerous_workflow.go: any dangerous pattern scores 0. */
export const dangerousWorkflowCheck: Check = {
  name: 'Dangerous-Workflow',
  risk: 'Critical',
  short: "Determines if the project's GitHub Action workflows avoid dangerous patterns.",
  evidence: 'local-files',
  probes: PROBES,
  evaluate(findings) {
    if (findings.some((f) => f.outcome === 'not-applicable'))
      return { status: 'inconclusive', reason: 'no workflows found' };
    const unread = nothingRead(findings, PROBES);
    if (unread) return unread;
    const found = findings.filter((f) => f.outcome === 'true');
    if (found.some((f) => !f.location))
      return { status: 'error', reason: 'internal error: invalid probe results' };
    if (found.length > 0) return { score: 0, reason: 'dangerous workflow patterns detected' };
    return { score: 10, reason: 'no dangerous workflow patterns detected' };
  },
  details: (findings) => [
    ...notReadDetails(findings, PROBES),
    ...findings.filter((f) => f.outcome === 'true' && f.location).map((f) => detailLine('Warn', f)),
  ],
};
