/**
 * Applies maintainer annotations to evaluated checks, with Scorecard's semantics
 * (checker/check_result.go Annotations): a score never changes; a check's annotations are shown
 * with it, and dropped when it has the maximum score (10), as out of date. Rules with a probe or a
 * path also mark the matching findings to act on as `suppressed` (not turned into tasks or alerts),
 * and annotate the check they belong to. Pure: the report passed in is not modified.
 *
 * A rule whose `until` day has passed applies to nothing and a warning says so, as an expired
 * vulnerability ignore does; a rule that matches nothing, or only checks that scored 10, is told
 * as an info so that stale entries can be removed.
 */
import { InternalError } from '../../core/errors/index.js';
import type { Diagnostic } from '../../core/model/diagnostic.js';
import type { Annotation, CheckResult, Finding, PostureReport } from '../../core/model/posture.js';
import { expiryWarning, reopenedTail, unusedInfo } from '../../vuln/suppress/diagnostics.js';
import { matchesPath } from '../../workspace/path-filter.js';
import { probeById } from '../probes/registry.js';
import { type AnnotationRule, describeRule, isCheckLevel } from './rules.js';

/** Scorecard's checker.MaxResultScore: annotations on a check with this score are not shown. */
export const MAX_SCORE = 10;

export interface AnnotatedPosture {
  report: PostureReport;
  diagnostics: Diagnostic[];
}

interface RuleState {
  rule: AnnotationRule;
  expired: boolean;
  /** Findings to act on it matches (also when expired). */
  matched: Set<Finding>;
  /** Checks it names that ran, and those where it is shown. */
  checks: number;
  shown: number;
}

function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

function names(rule: AnnotationRule, check: CheckResult): boolean {
  const lower = check.name.toLowerCase();
  return rule.checks.length === 0 || rule.checks.some((c) => c.toLowerCase() === lower);
}

/** A finding the maintainer would be asked to act on: the probe's bad outcome. */
function toActOn(f: Finding): boolean {
  return probeById(f.probe)?.bad === f.outcome;
}

function matchesFinding(rule: AnnotationRule, f: Finding): boolean {
  if (rule.probe !== undefined && rule.probe !== f.probe) return false;
  if (rule.path === undefined) return true;
  return f.location !== undefined && matchesPath(rule.path, f.location.path);
}

/** Annotates one check; `suppressed` collects the findings (as given) that a rule suppressed. */
function annotateCheck(
  check: CheckResult,
  states: readonly RuleState[],
  suppressed: Set<Finding>,
): CheckResult {
  const { annotations: _previous, ...base } = check;
  const used = new Set<RuleState>();
  const findings = base.findings.map((finding): Finding => {
    const { suppressed: _was, ...f } = finding;
    if (!toActOn(f)) return f;
    let by: RuleState | undefined;
    for (const st of states) {
      if (isCheckLevel(st.rule) || !names(st.rule, check) || !matchesFinding(st.rule, f)) continue;
      st.matched.add(finding);
      if (!st.expired && !by) by = st;
    }
    if (!by) return f;
    suppressed.add(finding);
    used.add(by);
    return { ...f, suppressed: by.rule.annotation };
  });
  const annotations: Annotation[] = [];
  for (const st of states) {
    if (st.expired || !names(st.rule, check)) continue;
    if (isCheckLevel(st.rule)) st.checks++;
    else if (!used.has(st)) continue;
    if (check.score === MAX_SCORE) continue;
    st.shown++;
    annotations.push(st.rule.annotation);
  }
  return annotations.length > 0 ? { ...base, findings, annotations } : { ...base, findings };
}

export function applyAnnotations(
  report: PostureReport,
  rules: readonly AnnotationRule[],
  today: string,
): AnnotatedPosture {
  if (!isDate(today)) throw new InternalError(`applyAnnotations: today must be YYYY-MM-DD, got ${today}`);
  const states: RuleState[] = rules.map((rule) => ({
    rule,
    expired: rule.until !== undefined && rule.until < today,
    matched: new Set(),
    checks: 0,
    shown: 0,
  }));
  const suppressed = new Set<Finding>();
  const checks = report.checks.map((c) => annotateCheck(c, states, suppressed));
  return {
    report: { ...report, checks },
    diagnostics: states.flatMap((st) => diagnosticsOf(st, suppressed)),
  };
}

function diagnosticsOf(st: RuleState, suppressed: ReadonlySet<Finding>): Diagnostic[] {
  const { rule } = st;
  const what = `suppression of ${describeRule(rule)} in ${rule.annotation.source}`;
  const at = { source: rule.file, ...(rule.line === undefined ? {} : { line: rule.line }) };
  if (st.expired) {
    const entry = { ...at, ...(rule.until === undefined ? {} : { until: rule.until }) };
    if (isCheckLevel(rule))
      return [expiryWarning('posture-suppression-expired', what, entry, '; the check is shown without it')];
    const open = [...st.matched].filter((f) => !suppressed.has(f)).length;
    const tail = reopenedTail(st.matched.size, open, 'to act on again');
    return [expiryWarning('posture-suppression-expired', what, entry, tail)];
  }
  if (!isCheckLevel(rule) && st.matched.size === 0) {
    return [unusedInfo('posture-suppression-unused', what, at, 'finding to act on')];
  }
  // a check-level rule only: one with a probe or a path still marks its findings at 10
  if (isCheckLevel(rule) && st.checks > 0 && st.shown === 0) {
    return [
      {
        level: 'info',
        code: 'posture-annotation-dropped',
        message: `${what} is not shown: the check scores ${MAX_SCORE} (as in Scorecard, an annotation on a maximum score is out of date); remove it`,
        ...(rule.line === undefined ? { path: rule.file } : { path: rule.file, line: rule.line }),
      },
    ];
  }
  return [];
}
