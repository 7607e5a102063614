import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'issueActivityByProjectMember',
  short: 'A collaborator, member or owner took part in issues in the last 90 days.',
  motivation:
    'A project whose members do not answer issues may not be maintained, even when commits still land.',
  implementation:
    "As Scorecard: of the 30 most recently updated issues (pull requests left out), those opened by an OWNER, MEMBER or COLLABORATOR in the last 90 days, or with one of their last 30 comments written by one in that window (value numberOfIssuesUpdatedWithinThreshold). Scorecard asks GraphQL for each issue's comments; Sterling reads the repository's comments created in the window in one REST list (`GET .../issues/comments?since=`, at most 300, asked for only when an issue needs them; value `partial` when the cap was reached). Without forge access the outcome is not-available (value `why`), and Maintained counts commits alone (its score is then a lower bound).",
  remediation: {
    text: 'Triage new issues regularly: answer, label or close them, so users see the project is looked after.',
    effort: 'high',
    minutes: 120,
  },
  bad: 'false',
};
