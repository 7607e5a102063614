/**
 * One form for the two places a maintainer annotates posture results: sterling.yaml's
 * `posture.suppress` entries and the repository's own scorecard.yml (Scorecard's maintainer
 * annotations). A rule with neither probe nor path is about a check as a whole; one with a probe or
 * a path suppresses the matching findings to act on.
 */
import type { PostureSuppressEntry } from '../../config/schema.js';
import type { Annotation } from '../../core/model/posture.js';
import { quote } from '../../core/util/quote.js';
import { type PathPattern, pathPattern } from '../../workspace/path-filter.js';

export interface AnnotationRule {
  /** Check names it is about, as written (compared without case, as Scorecard does); empty: every check. */
  checks: readonly string[];
  probe?: string;
  path?: PathPattern;
  /** What is shown: reason, note and `file:line`. */
  annotation: Annotation;
  /** Last day it applies (YYYY-MM-DD, UTC); sterling.yaml only. */
  until?: string;
  /** Where it was written, for diagnostics. */
  file: string;
  line?: number;
}

/** True when the rule is about the check as a whole (no probe, no path), as Scorecard's annotations are. */
export function isCheckLevel(rule: AnnotationRule): boolean {
  return rule.probe === undefined && rule.path === undefined;
}

export function sourceOf(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** A sterling.yaml `posture.suppress` entry (already validated by the config schema). */
export function ruleFromConfig(e: PostureSuppressEntry): AnnotationRule {
  const rule: AnnotationRule = {
    checks: e.check === undefined ? [] : [e.check],
    annotation: { reason: e.reason, note: e.note, source: sourceOf(e.source, e.line) },
    file: e.source,
  };
  if (e.probe !== undefined) rule.probe = e.probe;
  const path = e.path === undefined ? undefined : pathPattern(e.path);
  if (path) rule.path = path;
  if (e.until !== undefined) rule.until = e.until;
  if (e.line !== undefined) rule.line = e.line;
  return rule;
}

/** `Binary-Artifacts`, `pinsDependencies under "docs"`, `findings under "test/data"`: for messages. */
export function describeRule(rule: AnnotationRule): string {
  const parts: string[] = [];
  if (rule.checks.length > 0) parts.push(rule.checks.join(', '));
  if (rule.probe) parts.push(rule.probe);
  if (parts.length === 0) parts.push('findings');
  const what = parts.join(' / ');
  return rule.path ? `${what} under ${quote(rule.path.text)}` : what;
}
