import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasNoGitHubWorkflowPermissionUnknown',
  short: 'GitHub workflows have no permissions of an unknown level.',
  motivation:
    'An unknown permission level (a write Scorecard does not score, or a value it cannot classify) may hide a mistake in the workflow or in reading it.',
  implementation:
    "One false finding per fact of level unknown: writes on scopes Scorecard does not score (e.g. `id-token: write`), writes it allows for the workflow's kind, values other than read/write/none, and Scorecard's notes on the workflow's kind (packaging, releasing, GitHub Pages, SARIF upload; those carry no remediation). Scorecard's evaluation only logs them (debug), so they never change the score. Not applicable without workflows.",
  remediation: {
    text: 'Check that each write permission the workflow grants is needed, and spell permission levels as read, write or none.',
    effort: 'low',
    minutes: 10,
  },
  bad: 'false',
};
