/**
 * What every workflow probe shares: the workflows that could be read, a `not-available` finding for
 * each one that could not (invalid YAML, over a bound, unreadable file), and whether there is any
 * workflow at all (Scorecard's NumWorkflows / NumTokens: files with more than comments).
 */
import type { Finding } from '../../core/model/posture.js';
import { finding, type ProbeDef } from '../probe.js';
import type { RawFacts } from '../raw/collect.js';
import type { Workflow } from '../raw/workflows/index.js';

export interface WorkflowSet {
  workflows: Workflow[];
  /** One `not-available` finding per workflow file that could not be read. */
  notRead: Finding[];
  /** Workflow files with commands, read or not. */
  count: number;
}

export function workflowsOf(def: ProbeDef, raw: RawFacts): WorkflowSet {
  const facts = raw.workflows();
  const set: WorkflowSet = {
    workflows: [],
    notRead: [],
    count: facts.workflows.length + facts.unread.length,
  };
  for (const u of facts.unread) {
    set.notRead.push(finding(def, 'not-available', `workflow not read: ${u.reason}`, { path: u.path }));
  }
  for (const { path, parsed } of facts.workflows) {
    if (parsed.ok) {
      set.workflows.push(parsed.workflow);
      continue;
    }
    const p = parsed.problem;
    const at = p.line === undefined ? { path } : { path, line: p.line };
    set.notRead.push(finding(def, 'not-available', `workflow not read: ${p.code}: ${p.message}`, at));
  }
  return set;
}

/** `{path, line}` without an undefined line. */
export function at(path: string, line: number | undefined): { path: string; line?: number } {
  return line === undefined ? { path } : { path, line };
}
