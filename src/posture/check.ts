import type { CheckResult, CheckStatus, Evidence, Finding, Risk } from '../core/model/posture.js';
import { FORGE_USED } from './probes/forge.js';
import { probeById } from './probes/registry.js';
import type { ForgeFactKey } from './raw/forge/types.js';

/** What an evaluator decides: a 0..10 score, or why there is none. */
export type Evaluation =
  | { score: number; reason: string }
  | { status: Exclude<CheckStatus, 'scored'>; reason: string };

/**
 * A check: Scorecard's name and risk, the probes it reads, and an evaluator that turns their
 * findings into a score the way Scorecard v5's checks/evaluation/<check>.go does.
 */
export interface Check {
  /** Scorecard's check name, e.g. `Security-Policy`. */
  readonly name: string;
  readonly risk: Risk;
  /** Scorecard's one-line description (docs/checks/internal/checks.yaml). */
  readonly short: string;
  readonly evidence: Evidence;
  /** The forge facts its probes read (evidence `forge`); only those are requested. */
  readonly forge?: readonly ForgeFactKey[];
  /**
   * How the score is computed from that evidence and what the evidence cannot show, when it is not
   * Scorecard's own way (history or database instead of the forge). Shown as the first detail line
   * (`Info: computed from ...`) and in docs/posture.md.
   */
  readonly method?: string;
  /**
   * A check that reads local evidence and, when reachable, forge facts (Maintained, Code-Review,
   * SAST): the method text for a run where forge facts decided some finding (`values.forge` =
   * `used`). The result's evidence is then `forge`; otherwise `evidence` and `method` stand.
   */
  readonly forgeMethod?: string;
  /** Probe ids whose findings the evaluator reads; every one must have run. */
  readonly probes: readonly string[];
  evaluate(findings: readonly Finding[]): Evaluation;
  /** Detail lines; default: bad outcome -> Warn, the other -> Info, the rest left out (Scorecard's debug level). */
  details?(findings: readonly Finding[]): string[];
}

export const SCORECARD_DOCS = 'https://github.com/ossf/scorecard/blob/main/docs/checks.md';

export function documentationOf(check: Pick<Check, 'name' | 'short'>): { short: string; url: string } {
  return { short: check.short, url: `${SCORECARD_DOCS}#${check.name.toLowerCase()}` };
}

/** Scorecard's detail line: `Warn: message: path:line`. */
export function detailLine(level: 'Info' | 'Warn' | 'Debug', f: Finding): string {
  let s = `${level}: ${f.message}`;
  if (f.location) s += `: ${f.location.path}${f.location.line ? `:${f.location.line}` : ''}`;
  return s;
}

/** Bad outcome -> Warn, the other -> Info, the rest left out (Scorecard's debug level). */
export function defaultDetails(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    const bad = probeById(f.probe)?.bad;
    if (f.outcome === bad) out.push(detailLine('Warn', f));
    else if (f.outcome === 'true' || f.outcome === 'false') out.push(detailLine('Info', f));
  }
  return out;
}

/** Runs a check's evaluator over the findings of its probes; a failed probe makes the check an error. */
export function evaluateCheck(check: Check, all: readonly Finding[]): CheckResult {
  const findings = all.filter((f) => check.probes.includes(f.probe));
  const forgeUsed = check.forgeMethod !== undefined && findings.some((f) => f.values?.forge === FORGE_USED);
  const method = forgeUsed ? check.forgeMethod : check.method;
  const base = {
    name: check.name,
    risk: check.risk,
    // Reported in the check's probe order (its most important first, what the table's fix line
    // reads); evaluated and detailed in the probes' run order, as Scorecard logs them.
    findings: check.probes.flatMap((p) => findings.filter((f) => f.probe === p)),
    evidence: forgeUsed ? ('forge' as const) : check.evidence,
    documentation: documentationOf(check),
  };
  const missing = check.probes.filter((p) => !findings.some((f) => f.probe === p));
  const failed = findings.find((f) => f.outcome === 'error');
  if (missing.length > 0 || failed) {
    const reason = failed
      ? `internal error: probe ${failed.probe}: ${failed.message}`
      : `internal error: no findings from ${missing.join(', ')}`;
    return { ...base, score: -1, reason, details: [], status: 'error' };
  }
  const e = check.evaluate(findings);
  const details = [...(method ? [`Info: ${method}`] : []), ...(check.details ?? defaultDetails)(findings)];
  if ('status' in e) return { ...base, score: -1, reason: e.reason, details, status: e.status };
  if (!Number.isInteger(e.score) || e.score < 0 || e.score > 10) {
    return {
      ...base,
      score: -1,
      reason: `internal error: invalid score (${e.score})`,
      details,
      status: 'error',
    };
  }
  return { ...base, score: e.score, reason: e.reason, details, status: 'scored' };
}

/** Scorecard's CreateProportionalScore: integer division, capped at 10. */
export function proportionalScore(success: number, total: number): number {
  if (total === 0) return 0;
  return Math.min(Math.trunc((10 * success) / total), 10);
}

/** An evaluator that scores 10 when any finding is `true` and 0 otherwise (Scorecard's tool-present checks). */
export function anyTrue(yes: string, no: string): Check['evaluate'] {
  return (findings) =>
    findings.some((f) => f.outcome === 'true') ? { score: 10, reason: yes } : { score: 0, reason: no };
}
