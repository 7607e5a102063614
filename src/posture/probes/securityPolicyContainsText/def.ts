import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'securityPolicyContainsText',
  short: 'The security policy has explanatory text, not only links.',
  motivation:
    'Reporters need instructions, not just an address: the more the policy explains, the better the reports.',
  implementation:
    "The file size in bytes must exceed the total length of its distinct links and e-mail addresses plus two bytes for each of them (Scorecard's rule).",
  remediation: {
    text: 'Write a short paragraph explaining how to report a vulnerability privately and what information to include.',
    effort: 'low',
    minutes: 15,
  },
  bad: 'false',
};
