import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'jobLevelPermissions',
  short: 'GitHub workflow jobs do not get write permissions they do not need.',
  motivation:
    'Write permissions at the job level let a compromised step in that job push code, change releases or publish packages with the GITHUB_TOKEN.',
  implementation:
    "Reads each job's `permissions:`: one finding per declaration and one per job without any. A write on a scope Scorecard scores is false, unless Scorecard allows it for the workflow's kind: `packages` in a packaging workflow, `contents` in a releasing or GitHub Pages workflow, `security-events` where a SARIF-uploading action runs (those become unknown, see hasNoGitHubWorkflowPermissionUnknown). A job without permissions is false with level undeclared (it inherits the top level). A job-level `write-all` has no scope name and, as in Scorecard, yields no finding. Workflows with only comments are not counted; a workflow that cannot be read is a not-available finding (Scorecard stops the check).",
  remediation: {
    text: 'Grant each job only the scopes it uses (e.g. `contents: read`, plus `packages: write` only in the job that publishes), and keep the top level read-only.',
    effort: 'low',
    minutes: 15,
  },
  bad: 'false',
};
