/**
 * Dangerous-Workflow facts (Scorecard's checks/raw/dangerous_workflow.go): a checkout of the pull
 * request's code in a workflow that runs with the base repository's secrets (`pull_request_target`,
 * `workflow_run`), and attacker-controlled context expanded into a script (`${{ github.event.issue.title }}`).
 */
import { isUntrustedContext, scanExpressions } from './expressions.js';
import type { Job, Located, Workflow, WorkflowProblem } from './model.js';
import { actionName } from './uses.js';

/** Events that run with the base repository's token and secrets but can see outsiders' code. */
export const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'] as const;
const UNTRUSTED_REFS = ['github.event.pull_request', 'github.event.workflow_run'] as const;

export interface DangerousPattern {
  kind: 'untrusted-checkout' | 'script-injection';
  path: string;
  line: number;
  /** The checkout's `ref:` value, or the expression's text. */
  snippet: string;
  job: { id: string; name?: string };
  /**
   * Where an injection is: a `run:` script (Scorecard's only case) or the `script:` input of
   * `actions/github-script` (JavaScript; Sterling's addition, Scorecard does not look there).
   */
  source?: 'run' | 'github-script';
}

function jobRef(job: Job): DangerousPattern['job'] {
  return job.name ? { id: job.id, name: job.name.value } : { id: job.id };
}

function untrustedCheckouts(wf: Workflow, out: DangerousPattern[]): void {
  if (!wf.triggers.some((t) => (PRIVILEGED_TRIGGERS as readonly string[]).includes(t.event))) return;
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (!step.uses?.value.includes('actions/checkout')) continue;
      const ref = step.with.get('ref');
      if (!ref || !UNTRUSTED_REFS.some((u) => ref.value.includes(u))) continue;
      out.push({
        kind: 'untrusted-checkout',
        path: wf.path,
        line: step.line,
        snippet: ref.value,
        job: jobRef(job),
      });
    }
  }
}

function injections(
  wf: Workflow,
  job: Job,
  script: Located,
  contentLine: number,
  source: 'run' | 'github-script',
  out: DangerousPattern[],
  problems: WorkflowProblem[],
): void {
  const scan = scanExpressions(script.value);
  for (const e of scan.expressions) {
    if (!isUntrustedContext(e.text)) continue;
    const line = contentLine + e.lineOffset;
    out.push({
      kind: 'script-injection',
      path: wf.path,
      line,
      snippet: e.text.trim(),
      job: jobRef(job),
      source,
    });
  }
  if (scan.unterminated) {
    problems.push({
      path: wf.path,
      line: contentLine + scan.unterminated.lineOffset,
      code: 'invalid-entry',
      message: 'an expression is opened and never closed (no "}}" after it)',
    });
  }
}

export function dangerousPatterns(wf: Workflow): {
  patterns: DangerousPattern[];
  problems: WorkflowProblem[];
} {
  const patterns: DangerousPattern[] = [];
  const problems: WorkflowProblem[] = [];
  untrustedCheckouts(wf, patterns);
  for (const job of wf.jobs) {
    for (const step of job.steps) {
      if (step.run) injections(wf, job, step.run, step.run.contentLine, 'run', patterns, problems);
      const script =
        step.uses && actionName(step.uses.value) === 'actions/github-script' && step.with.get('script');
      if (script) injections(wf, job, script, script.contentLine, 'github-script', patterns, problems);
    }
  }
  return { patterns, problems };
}
