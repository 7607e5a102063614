import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'hasDangerousWorkflowUntrustedCheckout',
  short:
    "A privileged GitHub workflow (pull_request_target, workflow_run) checks out the pull request's code.",
  motivation:
    'pull_request_target and workflow_run run with the base repository\'s token and secrets; checking out the pull request\'s code there lets its author run build scripts with them (a "pwn request").',
  implementation:
    "In workflows started by pull_request_target or workflow_run, an actions/checkout step whose `ref:` names github.event.pull_request… or github.event.workflow_run… is one true finding, at the step's line. Like Scorecard, it does not tell whether the checkout is guarded (e.g. by a label). Not applicable without workflows; a workflow that cannot be read is a not-available finding (Scorecard stops the check).",
  remediation: {
    text: "Run untrusted code in a `pull_request` workflow (no secrets, read-only token) and pass its results to the privileged workflow as artifacts; never check out the pull request's head in pull_request_target or workflow_run.",
    effort: 'medium',
    minutes: 60,
  },
  bad: 'true',
};
