/** Posture tasks: per check below 10, its failing probe findings that carry a remediation. */
import type { CheckResult, Effort, Finding, PostureReport } from '../core/model/posture.js';
import type { TaskLocation } from '../core/model/task.js';
import { compareStrings } from '../core/util/compare.js';
import { type Change, changeForProbe } from './changes.js';
import type { TaskPart } from './part.js';
import { pinAdvice } from './pin-advice.js';
import { CHECK_TEXT } from './posture-text.js';
import { scoreRise } from './score-gain.js';
import { round2, VALUE_PER_SCORE_POINT } from './value.js';

/** Vulnerabilities: its gain goes to the package upgrade tasks (vulns.ts). Contributors: not a task. */
export const NOT_TASKS: ReadonlySet<string> = new Set(['Vulnerabilities', 'Contributors']);
/**
 * Findings that hold the whole check down and that no change to the project can clear: a repository
 * created in the last 90 days scores 0 on Maintained until it is older, whatever is done.
 */
const WAIT_ONLY_PROBES: ReadonlySet<string> = new Set(['createdRecently']);
/** Minutes when a probe gives an effort level but no estimate. */
const EFFORT_MINUTES: Readonly<Record<Effort, number>> = { low: 15, medium: 60, high: 240 };
const MAX_LOCATION_STEPS = 12;
const MAX_TEXT = 200;

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_TEXT ? `${one.slice(0, MAX_TEXT - 1)}…` : one;
}

function minutesOf(f: Finding): number {
  const r = f.remediation!;
  return r.minutes ?? EFFORT_MINUTES[r.effort];
}

function locationSteps(findings: readonly Finding[]): string[] {
  const located = findings
    .filter((f) => f.location)
    .sort(
      (a, b) =>
        compareStrings(a.location!.path, b.location!.path) ||
        (a.location!.line ?? 0) - (b.location!.line ?? 0),
    );
  const lines = located.slice(0, MAX_LOCATION_STEPS).map((f) => {
    const at = `${f.location!.path}${f.location!.line ? `:${f.location!.line}` : ''}`;
    return `${at}: ${clip(f.values?.snippet ?? f.message)}`;
  });
  if (located.length > MAX_LOCATION_STEPS)
    lines.push(`… and ${located.length - MAX_LOCATION_STEPS} more (see the posture report)`);
  return lines;
}

/** The probes' remediations; for pinning, the advice for the kinds of dependency in the group. */
function remediationSteps(check: CheckResult, group: readonly Finding[]): string[] {
  const pins = check.name === 'Pinned-Dependencies' ? pinAdvice(group) : [];
  return pins.length > 0 ? pins : [...new Set(group.map((f) => f.remediation!.text))];
}

function locations(findings: readonly Finding[]): TaskLocation[] {
  return findings.flatMap((f) => (f.location ? [{ ...f.location }] : []));
}

function refs(check: CheckResult, findings: readonly Finding[]): string[] {
  return [check.name, ...new Set(findings.map((f) => f.probe))].sort(compareStrings);
}

function changePart(check: CheckResult, change: Change, group: Finding[], points: number): TaskPart {
  const full = group.some((f) => f.probe === change.probes[0]);
  const remediations = [...new Set(group.map((f) => f.remediation!.text))];
  return {
    key: change.id,
    source: 'posture',
    title: full ? change.title : change.partialTitle,
    why: change.why,
    effortMinutes: full ? change.minutes : Math.max(...group.map(minutesOf)),
    gain: { scorePoints: round2(points) },
    value: points * VALUE_PER_SCORE_POINT,
    steps: full ? [...change.steps] : remediations,
    locations: locations(group),
    refs: refs(check, group),
  };
}

function checkPart(check: CheckResult, path: string | undefined, group: Finding[], points: number): TaskPart {
  const text = CHECK_TEXT[check.name];
  const title = (text?.title ?? `Raise the ${check.name} score`).replace('{path}', path ?? 'the workflows');
  return {
    key: path === undefined ? `posture/${check.name}` : `posture/${check.name}/${path}`,
    source: 'posture',
    title,
    why: text?.why ?? check.documentation.short,
    effortMinutes: Math.max(...group.map(minutesOf)),
    gain: { scorePoints: round2(points) },
    value: points * VALUE_PER_SCORE_POINT,
    steps: [...remediationSteps(check, group), ...locationSteps(group)],
    locations: locations(group),
    refs: refs(check, group),
  };
}

/** Groups a check's findings by the change that fixes them; the rise is shared by finding count. */
function checkParts(check: CheckResult, checks: readonly CheckResult[]): TaskPart[] {
  const bad = check.findings.filter((f) => f.remediation !== undefined && f.suppressed === undefined);
  if (bad.length === 0 || NOT_TASKS.has(check.name)) return [];
  if (bad.some((f) => WAIT_ONLY_PROBES.has(f.probe))) return [];
  const rise = scoreRise(checks, check.name, 10);
  const groups = new Map<string, { change?: Change; path?: string; findings: Finding[] }>();
  const perFile = CHECK_TEXT[check.name]?.perFile === true;
  for (const f of bad) {
    const change = changeForProbe(f.probe);
    const path = !change && perFile ? f.location?.path : undefined;
    const key = change ? change.id : (path ?? '');
    const g =
      groups.get(key) ??
      groups.set(key, { findings: [], ...(change ? { change } : {}), ...(path ? { path } : {}) }).get(key)!;
    g.findings.push(f);
  }
  return [...groups.values()].map((g) => {
    const points = (rise * g.findings.length) / bad.length;
    return g.change
      ? changePart(check, g.change, g.findings, points)
      : checkPart(check, g.path, g.findings, points);
  });
}

export function postureParts(posture: PostureReport): TaskPart[] {
  return posture.checks.flatMap((c) => checkParts(c, posture.checks));
}
