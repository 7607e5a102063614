import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'issueActivityByProjectMember',
  short: 'A collaborator, member or owner took part in issues in the last 90 days.',
  motivation:
    'A project whose members do not answer issues may not be maintained, even when commits still land.',
  implementation:
    'Issues, comments and their authors’ roles live on the forge only; offline the outcome is not-available, and Maintained counts commits alone (its score is then a lower bound).',
  remediation: {
    text: 'Triage new issues regularly: answer, label or close them, so users see the project is looked after.',
    effort: 'high',
    minutes: 120,
  },
  bad: 'false',
};
