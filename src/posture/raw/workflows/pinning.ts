/**
 * Pinned-Dependencies facts in workflows (Scorecard's checks/raw/pinned_dependencies.go): every
 * `uses:` (pinned by a full commit SHA, a docker:// image by sha256 digest, local actions skipped) and
 * every download or install in the `run:` scripts of sh/bash/mksh steps.
 */
import type { Workflow, WorkflowProblem } from './model.js';
import { analyzeScript, type ScriptDependency } from './shell/analyze.js';
import { isSupportedShell } from './shell/commands.js';
import { shellForStep } from './shells.js';

export type DependencyType = 'GitHubAction' | 'containerImage' | ScriptDependency['type'];

/** One dependency Scorecard's Pinned-Dependencies check scores (its `checker.Dependency`). */
export interface PinnedDependency {
  type: DependencyType;
  pinned: boolean;
  path: string;
  line: number;
  snippet: string;
  /** Action or image name, and what it is pinned at (ref, tag or digest), when there is one. */
  name?: string;
  pinnedAt?: string;
  /** Job id in a workflow. */
  job?: string;
}

export interface PinningResult {
  dependencies: PinnedDependency[];
  problems: WorkflowProblem[];
}

/** Scorecard's isActionDependencyPinned: `@` + 40 hex, `docker://…@sha256:` + 64 hex, or a `.`-path. */
export function isActionPinned(uses: string): boolean {
  if (
    uses.startsWith('.') &&
    uses.length >= 3 &&
    uses
      .slice(2)
      .split('')
      .some((c) => c !== '/')
  )
    return true;
  for (let at = uses.indexOf('@'); at >= 0; at = uses.indexOf('@', at + 1)) {
    if (/^[0-9a-fA-F]{40}/.test(uses.slice(at + 1, at + 41))) return true;
  }
  const docker = uses.indexOf('docker://');
  if (docker < 0) return false;
  for (let at = uses.indexOf('@sha256:', docker); at >= 0; at = uses.indexOf('@sha256:', at + 1)) {
    if (/^[0-9a-fA-F]{64}/.test(uses.slice(at + 8, at + 72))) return true;
  }
  return false;
}

function actionDependency(uses: string, path: string, line: number, job: string): PinnedDependency {
  const at = uses.indexOf('@');
  const dep: PinnedDependency = {
    type: 'GitHubAction',
    pinned: isActionPinned(uses),
    path,
    line,
    snippet: uses,
    job,
  };
  dep.name = at < 0 ? uses : uses.slice(0, at);
  if (at >= 0) dep.pinnedAt = uses.slice(at + 1);
  return dep;
}

/** `${{ x }}` -> `$GITHUB_REDACTED_VAR`, as Scorecard does before reading a script (`{{[^{}]*}}`). */
export function redactExpressions(script: string): string {
  let out = '';
  let from = 0;
  for (let i = script.indexOf('{{'); i >= 0; i = script.indexOf('{{', i + 1)) {
    if (i < from) continue;
    let j = i + 2;
    while (j < script.length && script.charAt(j) !== '{' && script.charAt(j) !== '}') j++;
    if (script.startsWith('}}', j)) {
      out += `${script.slice(from, i)}GITHUB_REDACTED_VAR`;
      from = j + 2;
      i = j + 1;
    }
  }
  return out + script.slice(from);
}

export function workflowPinning(wf: Workflow): PinningResult {
  const result: PinningResult = { dependencies: [], problems: [] };
  for (const job of wf.jobs) {
    if (job.uses && !job.uses.value.startsWith('./'))
      result.dependencies.push(actionDependency(job.uses.value, wf.path, job.uses.line, job.id));
    const downloaded = new Set<string>();
    for (const step of job.steps) {
      if (step.uses && !step.uses.value.startsWith('./'))
        result.dependencies.push(actionDependency(step.uses.value, wf.path, step.uses.line, job.id));
      if (!step.run) continue;
      const shell = shellForStep(step, job);
      if (!shell.ok) {
        result.problems.push({
          path: wf.path,
          line: step.line,
          code: 'invalid-entry',
          message: shell.reason,
        });
        continue;
      }
      if (!isSupportedShell(shell.shell)) continue;
      const base = step.run.contentLine - 1;
      const scan = analyzeScript(redactExpressions(step.run.value), downloaded);
      for (const d of scan.dependencies)
        result.dependencies.push({ ...d, path: wf.path, line: base + d.line, job: job.id });
      for (const e of scan.errors)
        result.problems.push({
          path: wf.path,
          line: base + e.line,
          code: 'invalid-entry',
          message: `run script not read: ${e.message}`,
        });
    }
  }
  return result;
}
