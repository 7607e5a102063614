import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'sastToolRunsOnAllCommits',
  short: 'A SAST tool ran on every recently merged pull request.',
  motivation:
    'A SAST tool helps only when it runs before code is merged; a scheduled scan finds the bug after it shipped.',
  implementation:
    "Scorecard counts the merged pull requests whose head commit has a completed, successful check run of a SAST app (GitHub code scanning, SonarCloud, ...) and reports how many of them were checked (values totalPullRequestsAnalyzed, totalPullRequestsMerged). That needs the forge: offline the probe is not-available, and SAST is scored as Scorecard's local mode scores it (from the configured tools only).",
  remediation: {
    text: 'Trigger the SAST workflow on `pull_request` (not only on a schedule or on push), and make it a required check.',
    effort: 'low',
    minutes: 15,
  },
  bad: 'false',
};
