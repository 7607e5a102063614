import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'topLevelPermissions',
  short: 'GitHub workflows declare read-only permissions for the GITHUB_TOKEN at the top level.',
  motivation:
    'A workflow without a top-level `permissions:` runs every job with the repository default, often write access to contents, packages and more; a compromised step (a bad action, an injected script) can then push code or publish packages.',
  implementation:
    "Reads each workflow's top-level `permissions:` (src/posture/raw/workflows/permissions.ts): undeclared, `read-all`, `write-all` or scope by scope. One finding per declaration: read is true; undeclared, a write on a scope Scorecard scores (statuses, checks, security-events, deployments, contents, packages, actions) or `write-all` is false, with the `permissionLevel` and `tokenName` values Scorecard's evaluation reads; `{}` (none) is false as in Scorecard but carries no remediation. Any other single value gives no finding, as in Scorecard. Lines are the declaration's own (Scorecard gives line 1 for an undeclared or empty block). Workflows with only comments are not counted; a workflow that cannot be read is a not-available finding (Scorecard stops the check).",
  remediation: {
    text: 'Declare `permissions: read-all` (or `contents: read`) at the top of the workflow and grant write scopes only to the jobs that need them (e.g. `packages: write` in the publishing job); https://app.stepsecurity.io/secureworkflow can propose the change.',
    effort: 'low',
    minutes: 10,
  },
  bad: 'false',
};
