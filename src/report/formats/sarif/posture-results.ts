/**
 * SARIF results for failing posture checks, as OpenSSF Scorecard writes them (pkg/scorecard/sarif.go):
 * only scored checks below 10 (inconclusive, needs-forge and error checks have no score to act on);
 * one result per failing finding (Scorecard's `Warn:` detail) that has a location, or one result for
 * the check at a default location when none has; checks a maintainer annotated as a whole are left
 * out (an annotated check is not an alert). Findings a probe or path rule suppressed are kept, with
 * an external suppression, like suppressed vulnerabilities.
 */
import { createHash } from 'node:crypto';
import type { Annotation, CheckResult, Finding } from '../../../core/model/posture.js';
import { compareStrings } from '../../../core/util/compare.js';
import { detailLine } from '../../../posture/check.js';
import { postureRuleId, riskLevel, riskScore } from './posture-rules.js';
import {
  isRelativePath,
  type SarifLocation,
  type SarifResult,
  type SarifSuppression,
  SRCROOT,
} from './results.js';
import { plain, uriPath } from './text.js';

/**
 * Where a result without a file goes. GitHub shows no result without a location; Scorecard writes
 * this text as the URI, which the SARIF schema's `uri-reference` format rejects (ossf/scorecard#3063),
 * so it is percent-encoded here: the same words in the alert list, and a valid URI reference.
 */
export const POSTURE_DEFAULT_PATH = 'no file associated with this alert';

/** A result to be: a failing finding at its location, or the check at the default location. */
export interface PostureCandidate {
  check: CheckResult;
  /** Absent for the check-level result. */
  finding?: Finding;
  /** Unlocated failing findings, told in the check-level result's message. */
  unlocated: Finding[];
  suppressed: Annotation[];
  occurrence: number;
}

/** Scored below 10 and not annotated as a whole (annotations of its suppressed findings do not count). */
export function alerts(check: CheckResult): boolean {
  if (check.status !== 'scored' || check.score >= 10) return false;
  const own = new Set(check.findings.flatMap((f) => (f.suppressed ? [annotationKey(f.suppressed)] : [])));
  return !(check.annotations ?? []).some((a) => !own.has(annotationKey(a)));
}

function annotationKey(a: Annotation): string {
  return [a.reason, a.note, a.source].join('\u0000');
}

/** Findings the check warned about (Scorecard's `Warn:` details are what its SARIF reports). */
function failing(check: CheckResult): Finding[] {
  const warned = new Set(check.details.filter((d) => d.startsWith('Warn: ')));
  return check.findings.filter((f) => warned.has(detailLine('Warn', f)));
}

function uniqueAnnotations(list: readonly Annotation[]): Annotation[] {
  const byKey = new Map(list.map((a) => [annotationKey(a), a]));
  return [...byKey.entries()].sort((a, b) => compareStrings(a[0], b[0])).map(([, a]) => a);
}

/** The results of the alerting checks: open before suppressed, most severe first, then by key. */
export function postureCandidates(checks: readonly CheckResult[]): PostureCandidate[] {
  const out: PostureCandidate[] = [];
  for (const check of checks.filter(alerts)) {
    const bad = failing(check);
    const located = bad
      .filter((f) => f.location)
      .sort(
        (a, b) =>
          compareStrings(a.location!.path, b.location!.path) ||
          (a.location!.line ?? 0) - (b.location!.line ?? 0) ||
          compareStrings(a.probe, b.probe) ||
          compareStrings(a.message, b.message),
      );
    const seen = new Map<string, number>();
    for (const f of located) {
      const key = identity(check, f).join('\u0000');
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      out.push({
        check,
        finding: f,
        unlocated: [],
        suppressed: f.suppressed ? [f.suppressed] : [],
        occurrence,
      });
    }
    const unlocated = bad
      .filter((f) => !f.location)
      .sort((a, b) => compareStrings(a.probe, b.probe) || compareStrings(a.message, b.message));
    if (located.length > 0 && unlocated.length === 0) continue;
    // Suppressed only when every unlocated failing finding is.
    const all = unlocated.length > 0 && unlocated.every((f) => f.suppressed);
    const suppressed = all ? uniqueAnnotations(unlocated.map((f) => f.suppressed!)) : [];
    out.push({ check, unlocated, suppressed, occurrence: 1 });
  }
  const rank = (c: PostureCandidate) => Number(c.suppressed.length > 0);
  return out.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      riskScore(b.check.risk) - riskScore(a.check.risk) ||
      compareStrings(a.check.name, b.check.name),
  );
}

/** The message without line numbers (`path:12`, `line 12`), so that a moved line keeps the alert. */
export function withoutLines(message: string): string {
  return message.replace(/\blines? \d+(?:\s*[-–]\s*\d+)?/gi, 'line').replace(/:\d+(?::\d+)?(?=\D|$)/g, ':');
}

function identity(check: CheckResult, f: Finding | undefined): string[] {
  if (!f) return ['posture', check.name, '', POSTURE_DEFAULT_PATH, ''];
  const digest = createHash('sha256').update(withoutLines(f.message), 'utf8').digest('hex');
  return ['posture', check.name, f.probe, f.location?.path ?? '', digest];
}

/** Same shape as the vulnerability fingerprints: check, probe, path and message, never the line. */
export function postureFingerprints(c: PostureCandidate): Record<string, string> {
  const digest = createHash('sha256')
    .update(identity(c.check, c.finding).join('\u0000'), 'utf8')
    .digest('hex');
  return {
    primaryLocationLineHash: `${digest.slice(0, 16)}:${c.occurrence}`,
    'sterling/v1': `${digest}:${c.occurrence}`,
  };
}

function sentence(text: string): string {
  const t = plain(text).replace(/[.\s]+$/, '');
  return t ? `${t}.` : '';
}

function message(c: PostureCandidate): string {
  const head = `${plain(c.check.name)} scores ${c.check.score} of 10`;
  const f = c.finding;
  if (f) {
    const todo = f.remediation
      ? ` To do: ${sentence(f.remediation.text)} (effort ${f.remediation.effort})`
      : '';
    return `${head}: ${sentence(f.message)}${todo}`;
  }
  const reason = sentence(c.check.reason);
  // Unique, without their final full stops, and not the reason again.
  const warned = new Set(
    c.unlocated.filter((x) => !x.suppressed).map((x) => sentence(x.message).slice(0, -1)),
  );
  warned.delete(reason.slice(0, -1));
  warned.delete('');
  const list = warned.size > 0 ? ` Warn: ${[...warned].join('; ')}.` : '';
  return `${head}: ${reason}${list} See the rule help for what to do.`;
}

/** As vulnerability suppressions: external, accepted, the reason and the maintainer's note. */
function suppression(a: Annotation): SarifSuppression {
  const file = a.source.replace(/:\d+$/, '');
  return {
    kind: 'external',
    status: 'accepted',
    justification: `${a.reason}: ${plain(a.note) || 'no note given'}`,
    location: isRelativePath(file)
      ? { physicalLocation: { artifactLocation: { uri: uriPath(file), uriBaseId: SRCROOT } } }
      : undefined,
    properties: { kind: 'annotation', reason: a.reason, source: plain(a.source) },
  };
}

function location(c: PostureCandidate): SarifLocation {
  const at = c.finding?.location;
  const line = at?.line;
  return {
    physicalLocation: {
      artifactLocation: { uri: uriPath(at?.path ?? POSTURE_DEFAULT_PATH), uriBaseId: SRCROOT },
      region: { startLine: line !== undefined && Number.isInteger(line) && line >= 1 ? line : 1 },
    },
  };
}

export function buildPostureResult(c: PostureCandidate, ruleIndex: number): SarifResult {
  const properties: Record<string, string> = {
    check: plain(c.check.name),
    score: String(c.check.score),
    risk: c.check.risk,
  };
  if (c.finding) properties.probe = plain(c.finding.probe);
  return {
    ruleId: postureRuleId(c.check),
    ruleIndex,
    level: riskLevel(c.check.risk),
    message: { text: message(c) },
    locations: [location(c)],
    partialFingerprints: postureFingerprints(c),
    suppressions: c.suppressed.length > 0 ? c.suppressed.map(suppression) : undefined,
    properties,
  };
}
