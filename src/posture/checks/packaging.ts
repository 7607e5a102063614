import { type Check, detailLine } from '../check.js';
import { notReadDetails } from './workflow-evidence.js';

const PROBES = ['packagedWithAutomatedWorkflow'];

/**
 * Scorecard v5 checks/evaluation/packaging.go: a packaging workflow scores 10; none is inconclusive
 * (never 0). Scorecard also wants a successful run of it from the forge; offline (as in its local
 * mode) the workflow's presence is the evidence.
 */
export const packagingCheck: Check = {
  name: 'Packaging',
  risk: 'Medium',
  short:
    'Determines if the project is published as a package that others can easily download, install, easily update, and uninstall.',
  evidence: 'local-files',
  probes: PROBES,
  evaluate(findings) {
    if (findings.some((f) => f.outcome === 'true'))
      return { score: 10, reason: 'packaging workflow detected (from the workflow files; runs not checked)' };
    return { status: 'inconclusive', reason: 'packaging workflow not detected' };
  },
  details: (findings) => [
    ...notReadDetails(findings, PROBES),
    ...findings.flatMap((f) =>
      f.outcome === 'true' ? [detailLine('Info', f)] : f.outcome === 'false' ? [detailLine('Warn', f)] : [],
    ),
  ],
};
