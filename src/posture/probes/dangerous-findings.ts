/** Findings of the two Dangerous-Workflow probes, from the workflow layer's DangerousPattern facts. */
import type { Finding } from '../../core/model/posture.js';
import { quote } from '../../core/util/quote.js';
import { finding, type ProbeDef } from '../probe.js';
import type { RawFacts } from '../raw/collect.js';
import { type DangerousPattern, dangerousPatterns } from '../raw/workflows/index.js';
import { at, workflowsOf } from './workflow-findings.js';

export function dangerousFindings(
  def: ProbeDef,
  raw: RawFacts,
  kind: DangerousPattern['kind'],
  message: (snippet: string) => string,
  none: string,
): Finding[] {
  const set = workflowsOf(def, raw);
  if (set.count === 0) return [finding(def, 'not-applicable', 'Project does not have any workflows.')];
  const out: Finding[] = [];
  const problems: Finding[] = [];
  for (const wf of set.workflows) {
    const found = dangerousPatterns(wf);
    // e.g. an expression opened and never closed: the rest of that script is not read
    for (const p of found.problems)
      problems.push(finding(def, 'not-available', p.message, at(p.path, p.line)));
    for (const d of found.patterns) {
      if (d.kind !== kind) continue;
      const values: Record<string, string> = { job: d.job.id };
      if (d.source) values.source = d.source;
      if (d.source === 'github-script') values.scorecard = 'false';
      out.push(finding(def, 'true', message(quote(d.snippet)), { path: d.path, line: d.line }, values));
    }
  }
  if (out.length === 0 && set.workflows.length > 0) out.push(finding(def, 'false', none));
  return [...out, ...problems, ...set.notRead];
}
