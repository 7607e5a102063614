import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasDangerousWorkflowScriptInjection',
  short:
    'A GitHub workflow expands attacker-controlled input (issue titles, branch names, comments) into a script.',
  motivation:
    "An expression such as `${{ github.event.issue.title }}` is pasted into the script before it runs: whoever writes the title can run commands with the workflow's token and secrets.",
  implementation:
    "Scans the `${{ }}` expressions of every `run:` script for Scorecard's untrusted contexts (src/posture/raw/workflows/expressions.ts: issue and pull request titles and bodies, comments, review bodies, head refs, commit messages, author names and e-mails, ...), one true finding per expression at its own line. Sterling also scans the `script:` input of actions/github-script, which is JavaScript built the same way (value source=github-script, scorecard=false). Not applicable without workflows; a workflow that cannot be read is a not-available finding (Scorecard stops the check).",
  remediation: {
    text: 'Pass the value through an environment variable instead (`env: TITLE: ${{ github.event.issue.title }}`, then `"$TITLE"` in the script, or `process.env.TITLE` in github-script), so it is data, never code.',
    effort: 'low',
    minutes: 15,
  },
  bad: 'true',
};
