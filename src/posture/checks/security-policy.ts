import type { Finding } from '../../core/model/posture.js';
import { type Check, defaultDetails } from '../check.js';

/** A line on the forge's private vulnerability reporting, when it was read (no score change). */
function reportingLine(findings: readonly Finding[]): string[] {
  const state = findings.find((f) => f.values?.privateVulnerabilityReporting)?.values
    ?.privateVulnerabilityReporting;
  if (state === 'enabled')
    return [
      "Info: private vulnerability reporting is enabled on the forge: reporters can use the repository's advisory form (not scored, as in Scorecard)",
    ];
  if (state === 'disabled')
    return [
      'Info: private vulnerability reporting is disabled on the forge: enabling it gives reporters a private channel the policy can link to (not scored, as in Scorecard)',
    ];
  return [];
}

const POINTS: Readonly<Record<string, number>> = {
  securityPolicyContainsLinks: 6,
  securityPolicyContainsText: 3,
  securityPolicyContainsVulnerabilityDisclosure: 1,
};

/** Scorecard v5 checks/evaluation/security_policy.go: links 6, text 3, disclosure 1, each once. */
export const securityPolicyCheck: Check = {
  name: 'Security-Policy',
  risk: 'Medium',
  short: 'Determines if the project has published a security policy.',
  evidence: 'local-files',
  forge: ['privateVulnerabilityReporting'],
  // Most important first: the file, then its content by points.
  probes: [
    'securityPolicyPresent',
    'securityPolicyContainsLinks',
    'securityPolicyContainsText',
    'securityPolicyContainsVulnerabilityDisclosure',
  ],
  evaluate(findings) {
    const present = findings.some((f) => f.probe === 'securityPolicyPresent' && f.outcome === 'true');
    const scored = new Set(
      findings.filter((f) => f.outcome === 'true' && f.probe in POINTS).map((f) => f.probe),
    );
    const score = [...scored].reduce((n, p) => n + POINTS[p]!, 0);
    if (!present) {
      if (score > 0) return { status: 'error', reason: 'internal error: score calculation problem' };
      return { score: 0, reason: 'security policy file not detected' };
    }
    return { score, reason: 'security policy file detected' };
  },
  details: (findings) => [...defaultDetails(findings), ...reportingLine(findings)],
};
