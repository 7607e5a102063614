/**
 * Findings of the three Token-Permissions probes from the workflow layer's TokenPermission facts,
 * as Scorecard v5's probes/internal/utils/permissions builds them: outcome, message and the
 * `permissionLevel` / `tokenName` values its evaluation reads.
 */
import type { Finding } from '../../core/model/posture.js';
import { quote } from '../../core/util/quote.js';
import { finding, type ProbeDef } from '../probe.js';
import type { RawFacts } from '../raw/collect.js';
import { type TokenPermission, tokenPermissions } from '../raw/workflows/index.js';
import { at, workflowsOf } from './workflow-findings.js';

/** Scorecard's createText; file values are quoted. */
function text(t: TokenPermission): string {
  if (t.message) return t.message;
  const loc = t.location ?? 'workflow';
  if (t.level === 'undeclared') return `no ${loc} permission defined`;
  const value = quote(t.value ?? '');
  if (t.scope === undefined) return `${loc} permissions set to ${value}`;
  return `${loc} ${quote(t.scope)} permission set to ${value}`;
}

/** A topLevel/jobLevel fact as Scorecard's probe sees it, or undefined when the probe skips it. */
function levelFinding(def: ProbeDef, t: TokenPermission): Finding | undefined {
  const where = at(t.path, t.line);
  if (t.level === 'none') {
    const f = finding(def, 'false', "found token with 'none' permissions", where, {
      permissionLevel: 'none',
    });
    delete f.remediation; // Scorecard's outcome, but nothing to fix
    return f;
  }
  if (t.level === 'undeclared' || t.level === 'read') {
    return finding(def, t.level === 'read' ? 'true' : 'false', text(t), where, { permissionLevel: t.level });
  }
  // write or unknown: the top level names `write-all` itself; otherwise the scope is the token name
  const token = t.location === 'topLevel' && t.value === 'write-all' ? t.value : t.scope;
  if (token === undefined) return undefined;
  return finding(def, 'false', text(t), where, { permissionLevel: t.level, tokenName: token });
}

/**
 * `location`: the topLevel or jobLevel declarations; `unknown`: every fact with an unknown level
 * (writes Scorecard does not score, and its notes on the workflow's kind).
 */
export function permissionFindings(
  def: ProbeDef,
  raw: RawFacts,
  location: 'topLevel' | 'jobLevel' | 'unknown',
  none: string,
): Finding[] {
  const set = workflowsOf(def, raw);
  if (set.count === 0) return [finding(def, 'not-applicable', 'No token permissions found')];
  const out: Finding[] = [];
  for (const wf of set.workflows) {
    for (const t of tokenPermissions(wf)) {
      if (location === 'unknown') {
        if (t.level !== 'unknown') continue;
        const values: Record<string, string> = { permissionLevel: 'unknown' };
        if (t.scope !== undefined) values.tokenName = t.scope;
        const f = finding(def, 'false', text(t), at(t.path, t.line), values);
        if (t.location === undefined) delete f.remediation; // a note on the workflow's kind
        out.push(f);
        continue;
      }
      if (t.location !== location) continue;
      const f = levelFinding(def, t);
      if (f) out.push(f);
    }
  }
  if (out.length === 0 && set.workflows.length > 0) out.push(finding(def, 'true', none));
  return [...out, ...set.notRead];
}
