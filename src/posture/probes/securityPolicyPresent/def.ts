import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'securityPolicyPresent',
  short: 'The repository has a security policy file (SECURITY.md or similar).',
  motivation:
    'A security policy tells people what counts as a vulnerability and how to report one privately, so that bugs are not disclosed in public first.',
  implementation:
    "Looks for security.md, .markdown, .adoc or .rst at the root, in .github/ or in docs/ (doc/ for .rst), case-insensitively; the first one found is the policy. Scorecard also looks in the organisation's .github repository, which needs the forge. With forge access the findings carry whether private vulnerability reporting is enabled (value privateVulnerabilityReporting; shown in Security-Policy's details, not scored, as in Scorecard).",
  remediation: {
    text: 'Add a SECURITY.md that says how to report a vulnerability privately (an e-mail address or a private reporting form) and what happens next.',
    effort: 'medium',
    minutes: 30,
  },
  bad: 'false',
};
