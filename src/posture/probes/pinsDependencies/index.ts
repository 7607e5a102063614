import type { Finding } from '../../../core/model/posture.js';
import { truncate } from '../../../core/util/quote.js';
import { finding, type Probe } from '../../probe.js';
import {
  type PinnedDependency,
  type PinningResult,
  type WorkflowProblem,
  workflowPinning,
} from '../../raw/workflows/index.js';
import { at, workflowsOf } from '../workflow-findings.js';
import { def } from './def.js';

/** Scorecard's IsGitHubOwnedAction: `actions/` or `github/`. */
export function isGitHubOwnedAction(uses: string): boolean {
  return uses.startsWith('actions/') || uses.startsWith('github/');
}

function owner(d: PinnedDependency): string {
  if (d.type !== 'GitHubAction') return d.type;
  return `${isGitHubOwnedAction(d.snippet) ? 'GitHub-owned' : 'third-party'} GitHubAction`;
}

function dependencyFinding(d: PinnedDependency): Finding {
  const values: Record<string, string> = { dependencyType: d.type, snippet: truncate(d.snippet, 200) };
  if (d.name !== undefined) values.name = truncate(d.name, 200);
  if (d.pinnedAt !== undefined) values.pinnedAt = truncate(d.pinnedAt, 200);
  const message = `${owner(d)} ${d.pinned ? 'pinned by hash' : 'not pinned by hash'}`;
  return finding(def, d.pinned ? 'true' : 'false', message, { path: d.path, line: d.line }, values);
}

function problemFinding(p: WorkflowProblem): Finding {
  return finding(def, 'not-available', `Possibly incomplete results: ${p.message}`, at(p.path, p.line));
}

function add(out: Finding[], r: PinningResult): void {
  for (const d of r.dependencies) out.push(dependencyFinding(d));
  for (const p of r.problems) out.push(problemFinding(p));
}

export const pinsDependencies: Probe = {
  ...def,
  run(raw) {
    const out: Finding[] = [];
    const set = workflowsOf(def, raw);
    for (const wf of set.workflows) add(out, workflowPinning(wf));
    out.push(...set.notRead);
    const files = raw.pinningFiles();
    for (const f of files.files) add(out, f.result);
    for (const u of files.unread)
      out.push(finding(def, 'not-available', `file not read: ${u.reason}`, { path: u.path }));
    if (out.length === 0) return [finding(def, 'not-applicable', 'no dependencies found')];
    return out;
  },
};
