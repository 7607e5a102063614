/**
 * Baseline requirements about what CI pipelines do, decided from Sterling's own analysis of the
 * GitHub Actions workflows (the Dangerous-Workflow and Token-Permissions probes). Other CI systems'
 * files are not analysed: when the repository has some, a clean GitHub result is needs-review.
 */
import type { BaselineEvidence } from '../../core/model/baseline.js';
import type { Finding } from '../../core/model/posture.js';
import { evaluateCheck } from '../check.js';
import { tokenPermissionsCheck } from '../checks/token-permissions.js';
import { ciRule, filesEvidence, MAX_EVIDENCE } from './helpers.js';
import type { BaselineInput } from './input.js';
import { fail, pass, review, type Verdict } from './rule.js';

const WORKFLOWS = '.github/workflows/';

function findingEvidence(probe: string, findings: readonly Finding[]): BaselineEvidence[] {
  return findings.slice(0, MAX_EVIDENCE).map((f) => {
    const ev: BaselineEvidence = { kind: 'finding', ref: `${probe}: ${f.message.slice(0, 200)}` };
    if (f.location) {
      ev.path = f.location.path;
      if (f.location.line !== undefined) ev.line = f.location.line;
    }
    return ev;
  });
}

/** The clean answer, unless some workflow was not read or other CI systems' files are present. */
function cleanOrReview(i: BaselineInput, probe: string, unread: readonly Finding[], yes: string): Verdict {
  if (unread.length > 0)
    return review(
      `${unread.length} workflow problem(s) kept part of the analysis from running: ${unread[0]!.message.slice(0, 120)}`,
      ...findingEvidence(probe, unread),
    );
  const others = i.docs().ci.filter((p) => !p.startsWith(WORKFLOWS));
  if (others.length > 0)
    return review(
      `${yes} in the GitHub workflows; the other CI configuration is not analysed (${others[0]})`,
      ...filesEvidence(others),
    );
  return pass(yes, { kind: 'finding', ref: probe });
}

/**
 * A requirement a dangerous-workflow probe decides: fail on each pattern it found (file:line), pass
 * when every GitHub workflow was read and none has it.
 */
export function byDangerousWorkflow(i: BaselineInput, probe: string, what: string, yes: string): Verdict {
  return ciRule(i, () => {
    const findings = i.probe(probe);
    const found = findings.filter((f) => f.outcome === 'true');
    if (found.length > 0) {
      const first = found[0]!;
      const where = first.location ? ` (${first.location.path}:${first.location.line ?? 1})` : '';
      return fail(`${found.length} ${what}${where}`, ...findingEvidence(probe, found));
    }
    if (findings.every((f) => f.outcome === 'not-applicable'))
      return review(
        'no GitHub workflow to analyse; the CI configuration is listed',
        ...filesEvidence(i.docs().ci),
      );
    return cleanOrReview(
      i,
      probe,
      findings.filter((f) => f.outcome === 'not-available'),
      yes,
    );
  });
}

/**
 * AC-04.02 as far as a tool can tell: the Token-Permissions check (Scorecard's least-privilege rules:
 * read-only at the top level, writes only where a job declares them) scores 10.
 */
export function byTokenPermissions(i: BaselineInput): Verdict {
  return ciRule(i, () => {
    const c = tokenPermissionsCheck;
    const result = evaluateCheck(
      c,
      c.probes.flatMap((p) => i.probe(p)),
    );
    const probe = 'Token-Permissions';
    if (result.status !== 'scored')
      return review(`${probe} could not decide: ${result.reason}`, ...filesEvidence(i.docs().ci));
    if (result.score < 10) {
      const bad = result.findings.filter((f) => f.outcome === 'false' && f.remediation !== undefined);
      return fail(`${probe} scores ${result.score}/10: ${result.reason}`, ...findingEvidence(probe, bad));
    }
    const unread = result.findings.filter((f) => f.outcome === 'not-available');
    return cleanOrReview(
      i,
      probe,
      unread,
      'every GitHub workflow keeps the token read-only by default and grants writes per job',
    );
  });
}
