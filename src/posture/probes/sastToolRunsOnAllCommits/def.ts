import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'sastToolRunsOnAllCommits',
  short: 'A SAST tool ran on every recently merged pull request.',
  motivation:
    'A SAST tool helps only when it runs before code is merged; a scheduled scan finds the bug after it shipped.',
  implementation:
    "As Scorecard: of the merged pull requests, those whose head commit has a completed check run with conclusion success or neutral by a SAST app (slug github-advanced-security, github-code-scanning, lgtm-com, sonarcloud or sonarqubecloud); values totalPullRequestsAnalyzed, totalPullRequestsMerged. Scorecard walks the last 30 commits of the default branch and their pull requests; Sterling reads the 30 most recently updated merged pull requests into the default branch, each head commit once (the list CI-Tests reads). Without forge access the probe is not-available (value `why`), and SAST is scored as Scorecard's local mode scores it (from the configured tools only).",
  remediation: {
    text: 'Trigger the SAST workflow on `pull_request` (not only on a schedule or on push), and make it a required check.',
    effort: 'low',
    minutes: 15,
  },
  bad: 'false',
};
