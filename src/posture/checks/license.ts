import type { Check } from '../check.js';

/** Scorecard v5 checks/evaluation/license.go: a license file 9, an approved license 1. */
export const licenseCheck: Check = {
  name: 'License',
  risk: 'Low',
  short: 'Determines if the project has defined a license.',
  evidence: 'local-files',
  probes: ['hasLicenseFile', 'hasFSFOrOSIApprovedLicense'],
  evaluate(findings) {
    const yes = (probe: string) => findings.some((f) => f.probe === probe && f.outcome === 'true');
    const file = yes('hasLicenseFile');
    const approved = yes('hasFSFOrOSIApprovedLicense');
    if (!file) {
      if (approved) return { status: 'error', reason: 'internal error: score calculation problem' };
      return { score: 0, reason: 'license file not detected' };
    }
    return { score: 9 + (approved ? 1 : 0), reason: 'license file detected' };
  },
};
