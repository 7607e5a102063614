import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasRecentCommits',
  short: 'The project has commits in the last 90 days.',
  motivation:
    'A project that is not active may not get its bugs and dependencies patched; users should look closer before relying on it.',
  implementation:
    'From git history: of the last 30 commits reachable from HEAD (Scorecard reads the last 30 commits of the default branch), those whose committer date is within 90 days of the scan. In a shallow clone whose oldest commit is within the window the count may miss commits (value `partial`).',
  remediation: {
    text: 'If the project is maintained, land small regular changes (dependency updates count); if it is not, say so in the README.',
    effort: 'low',
    minutes: 30,
  },
  bad: 'false',
};
