import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'securityPolicyContainsLinks',
  short: 'The security policy contains a web link or an e-mail address.',
  motivation:
    'Links lead reporters to a disclosure form or more information; an e-mail address is a point of contact.',
  implementation:
    "Counts distinct http(s):// URLs and e-mail addresses (also written `name[at]host`) with Scorecard's patterns, line by line.",
  remediation: {
    text: "Add the address or link where vulnerabilities should be reported (e.g. a security@ mailbox or the repository's private advisory form).",
    effort: 'low',
    minutes: 5,
  },
  bad: 'false',
};
