import type { Check } from '../check.js';

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
};
