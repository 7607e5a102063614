import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'contributorsFromOrgOrCompany',
  short:
    'Frequent contributors come from several companies or organisations (approximated from e-mail domains).',
  motivation:
    'Contributors from several organisations make a project less dependent on one employer and bring more eyes to each change.',
  implementation:
    'Scorecard reads the organisations and the company field of the forge profiles of contributors with at least 5 contributions. Git history has no profiles, so Sterling approximates: among the last 500 commits, every human author (by e-mail address) with at least 5 commits contributes the registrable domain of the address (`dev.acme.io` -> `acme.io`, `x.co.uk` kept whole), unless it is a free-mail, forge no-reply or placeholder domain (docs table). One finding per organisation domain. It cannot see employers behind personal addresses, nor tell two domains of one company apart.',
  remediation: {
    text: 'Invite and mentor contributors from other organisations; document how to contribute and how decisions are made.',
    effort: 'high',
    minutes: 480,
  },
  bad: 'false',
};
