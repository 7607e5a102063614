/**
 * Scorecard's job matchers (checks/fileparser/github_workflow.go): a job matches when each step
 * matcher is met by one of its steps (an action by name, optional `with:` values, a `run:` pattern), or
 * when the job calls a reusable workflow named by a step matcher. Run patterns are Scorecard's regular
 * expressions of the form `a.*b` (`.` any character but a newline), matched here without a regex engine.
 */
import type { Job, Step, Workflow } from './model.js';

export interface StepMatcher {
  /** Action (or reusable workflow) name without `@ref`. */
  uses?: string;
  with?: Readonly<Record<string, string>>;
  /** Alternatives, each `piece.*piece…`; matched on one line of the script. */
  run?: readonly string[];
}

export interface JobMatcher {
  label: string;
  steps: readonly StepMatcher[];
  /** Part of Scorecard's own table (false: a Sterling addition). */
  scorecard: boolean;
}

export interface JobMatch {
  label: string;
  scorecard: boolean;
  job: string;
  line: number;
}

/** `piece` at `at`, `.` matching any character but a newline. */
function pieceAt(text: string, piece: string, at: number): boolean {
  if (at + piece.length > text.length) return false;
  for (let k = 0; k < piece.length; k++) {
    const p = piece.charAt(k);
    const c = text.charAt(at + k);
    if (p === '.' ? c === '\n' : p !== c) return false;
  }
  return true;
}

function find(text: string, piece: string, from: number): number {
  for (let at = from; at + piece.length <= text.length; at++) if (pieceAt(text, piece, at)) return at;
  return -1;
}

/** Whether `pattern` (`a.*b.*c`) matches somewhere on one line of `text`. */
export function runPatternMatches(text: string, pattern: string): boolean {
  const pieces = pattern.split('.*').filter((p) => p !== '');
  for (const line of text.split('\n')) {
    let at = 0;
    let ok = true;
    for (const piece of pieces) {
      const i = find(line, piece, at);
      if (i < 0) {
        ok = false;
        break;
      }
      at = i + piece.length;
    }
    if (ok) return true;
  }
  return false;
}

/** Scorecard removes `\` line continuations before matching (its `\\(\n|\r|\r\n)`). */
function joinContinuations(script: string): string {
  let out = '';
  let from = 0;
  for (let i = script.indexOf('\\'); i >= 0; i = script.indexOf('\\', i + 1)) {
    const next = script.charAt(i + 1);
    if (next !== '\n' && next !== '\r') continue;
    out += script.slice(from, i);
    from = i + 2;
  }
  return out + script.slice(from);
}

function stepMatches(m: StepMatcher, step: Step): boolean {
  if (m.uses !== undefined && !step.uses?.value.startsWith(`${m.uses}@`)) return false;
  if (m.with) {
    for (const [k, v] of Object.entries(m.with))
      if (step.uses === undefined || step.with.get(k)?.value !== v) return false;
  }
  if (m.run) {
    if (!step.run) return false;
    const script = joinContinuations(step.run.value);
    if (!m.run.some((p) => runPatternMatches(script, p))) return false;
  }
  return true;
}

export function jobMatches(m: JobMatcher, job: Job): boolean {
  for (const sm of m.steps) {
    if (sm.uses !== undefined && job.uses?.value.startsWith(`${sm.uses}@`)) return true;
    if (!job.steps.some((step) => stepMatches(sm, step))) return false;
  }
  return true;
}

/** Every (job, matcher) pair that matches, jobs in file order, matchers in table order. */
export function matchJobs(wf: Workflow, matchers: readonly JobMatcher[]): JobMatch[] {
  const out: JobMatch[] = [];
  for (const job of wf.jobs) {
    for (const m of matchers) {
      if (jobMatches(m, job))
        out.push({ label: m.label, scorecard: m.scorecard, job: job.id, line: job.line });
    }
  }
  return out;
}
