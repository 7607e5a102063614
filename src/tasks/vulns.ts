/**
 * Vulnerability tasks: one per package to upgrade (ecosystem + name), to the smallest version that
 * clears every advisory with a fix (the largest of the findings' `fixedIn`); one per malicious
 * package, to remove it. Suppressed findings and findings without a fix make no task.
 */
import type { CheckResult } from '../core/model/posture.js';
import type { ScanResult } from '../core/model/scan-result.js';
import type {
  SeverityLevel,
  VulnerabilityFinding,
  VulnerabilityReport,
} from '../core/model/vulnerability.js';
import { compareVersionStrings } from '../core/plugin/version-scheme.js';
import { compareStrings } from '../core/util/compare.js';
import { schemeFor } from '../ecosystems/version-schemes.js';
import type { TaskPart } from './part.js';
import { scoreRise } from './score-gain.js';
import { lockfileSteps } from './upgrade-steps.js';
import { round2, SEVERITY_VALUE, TAGGED_FACTOR, VALUE_PER_SCORE_POINT } from './value.js';
import { JUMP_MINUTES, versionJump } from './version-jump.js';

/** Extra minutes when the package is transitive (find and upgrade the parent), or per extra lockfile. */
const TRANSITIVE_MINUTES = 10;
const EXTRA_LOCKFILE_MINUTES = 5;
const REMOVE_MINUTES = 30;
const MAX_LISTED = 8;

interface Context {
  result: ScanResult;
  names: ReadonlyMap<string, string>;
  extractors: ReadonlyMap<string, string>;
  devOnly: ReadonlySet<string>;
  /** Open findings the Vulnerabilities check counts, when it is scored. */
  check?: CheckResult;
}

/** Versions in the ecosystem's order (code-unit order where Sterling has no scheme or cannot parse). */
function sortVersions(ecosystem: string, versions: Iterable<string>): string[] {
  const scheme = schemeFor(ecosystem);
  return [...new Set(versions)].sort((a, b) => {
    const c = scheme ? compareVersionStrings(scheme, a, b) : undefined;
    return c || compareStrings(a, b);
  });
}

function removed(findings: readonly VulnerabilityFinding[]): Partial<Record<SeverityLevel, number>> {
  const out: Partial<Record<SeverityLevel, number>> = {};
  for (const f of findings) out[f.severity.level] = (out[f.severity.level] ?? 0) + 1;
  return out;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Rise of the aggregate when the Vulnerabilities check counts `k` fewer findings. */
function points(ctx: Context, k: number): number {
  const c = ctx.check;
  if (!c) return 0;
  const n = c.findings.filter((f) => f.outcome === 'true').length;
  const checks = ctx.result.posture.status === 'ok' ? ctx.result.posture.checks : [];
  return scoreRise(checks, c.name, Math.max(0, 10 - Math.max(0, n - k)));
}

function worst(findings: readonly VulnerabilityFinding[]): VulnerabilityFinding {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_VALUE[b.severity.level] - SEVERITY_VALUE[a.severity.level] || compareStrings(a.id, b.id),
  )[0]!;
}

function upgradePart(
  ctx: Context,
  ecosystem: string,
  name: string,
  all: VulnerabilityFinding[],
): TaskPart | undefined {
  const fixable = all.filter((f) => f.kind === 'vulnerability' && f.fixedIn !== undefined);
  if (fixable.length === 0) return undefined;
  const target = sortVersions(
    ecosystem,
    fixable.map((f) => f.fixedIn!),
  ).at(-1)!;
  const current = sortVersions(
    ecosystem,
    fixable.map((f) => f.package.version),
  );
  const jump = versionJump(current[0]!, target);
  const heads = new Set<string>();
  let direct = false;
  for (const f of fixable)
    for (const p of f.paths) {
      if (p.length < 2) direct = true;
      else heads.add(ctx.names.get(p[0]!) ?? p[0]!);
    }
  const lockfiles = [...new Set(fixable.flatMap((f) => f.locations.map((l) => l.path)))].sort(compareStrings);
  const tagged = fixable.every((f) => f.tags !== undefined);
  const value =
    fixable.reduce((v, f) => v + SEVERITY_VALUE[f.severity.level], 0) * (tagged ? TAGGED_FACTOR : 1);
  const rise = points(ctx, fixable.length);
  const w = worst(fixable);
  const via = [...heads].sort(compareStrings);
  const path = fixable.find((f) => f.paths[0] && f.paths[0].length > 1)?.paths[0] ?? [];
  const { steps, commands } = lockfileSteps({
    name,
    target,
    direct,
    via,
    chain: path.map((id) => ctx.names.get(id) ?? id),
    devOnly: fixable.every((f) => ctx.devOnly.has(f.package.id)),
    lockfiles: lockfiles.map((path) => ({ path, extractor: ctx.extractors.get(path) ?? '' })),
  });
  if (jump === 'major')
    steps.push(
      `This is a major upgrade (${current.join(', ')} → ${target}): it may break; read the change log and run the tests.`,
    );
  else steps.push('Run the tests.');
  const open = all.filter((f) => !fixable.includes(f));
  if (open.length > 0)
    steps.push(
      `Not fixed by this upgrade (no fixed version known): ${open
        .slice(0, MAX_LISTED)
        .map((f) => `${f.id} (${f.severity.level})`)
        .join(', ')}${open.length > MAX_LISTED ? ', …' : ''}.`,
    );
  const breaking = jump === 'major' ? ' A major upgrade: it may break things.' : '';
  const part: TaskPart = {
    key: `vuln/${ecosystem}/${name}`,
    source: 'vulnerability',
    title: `Upgrade ${name} to ${target}${direct || via.length === 0 ? '' : ` (pulled in by ${via.slice(0, 3).join(', ')})`}`,
    why: `${name} ${current.join(', ')} has ${plural(fixable.length, 'known vulnerability', 'known vulnerabilities')} fixed in ${target}; the worst is ${w.severity.level}${w.summary ? `: ${w.summary.replace(/\s+/g, ' ').slice(0, 120)}` : ''}.${tagged ? ' Only test, example or fixture files use it.' : ''}${breaking}`,
    effortMinutes:
      JUMP_MINUTES[jump] +
      (direct ? 0 : TRANSITIVE_MINUTES) +
      EXTRA_LOCKFILE_MINUTES * Math.max(0, lockfiles.length - 1),
    gain: { vulnerabilitiesRemoved: removed(fixable), ...(rise > 0 ? { scorePoints: round2(rise) } : {}) },
    value: value + rise * VALUE_PER_SCORE_POINT,
    steps,
    locations: fixable.flatMap((f) => f.locations.map((l) => ({ ...l }))),
    refs: [...new Set(fixable.map((f) => f.id))].sort(compareStrings),
  };
  if (commands.length === 1) part.command = commands[0]!;
  return part;
}

function removePart(
  ctx: Context,
  ecosystem: string,
  name: string,
  all: VulnerabilityFinding[],
): TaskPart | undefined {
  const bad = all.filter((f) => f.kind === 'malicious');
  if (bad.length === 0) return undefined;
  const rise = points(ctx, bad.length);
  return {
    key: `malicious/${ecosystem}/${name}`,
    source: 'vulnerability',
    title: `Remove ${name} (a known malicious package)`,
    why: `${name} is known to be malicious (${bad
      .map((f) => f.id)
      .sort(compareStrings)
      .slice(0, 3)
      .join(', ')}): whatever installed it may be compromised.`,
    effortMinutes: REMOVE_MINUTES,
    gain: { vulnerabilitiesRemoved: removed(bad), ...(rise > 0 ? { scorePoints: round2(rise) } : {}) },
    value: bad.length * SEVERITY_VALUE.malicious + rise * VALUE_PER_SCORE_POINT,
    steps: [
      `Remove ${name} from the manifests and lockfiles (and whatever depends on it).`,
      'Treat every machine that installed it as compromised: rotate the credentials it could read.',
    ],
    locations: bad.flatMap((f) => f.locations.map((l) => ({ ...l }))),
    refs: [...new Set(bad.map((f) => f.id))].sort(compareStrings),
  };
}

export function vulnerabilityParts(result: ScanResult, report: VulnerabilityReport): TaskPart[] {
  const posture = result.posture.status === 'ok' ? result.posture : undefined;
  const check = posture?.checks.find((c) => c.name === 'Vulnerabilities' && c.status === 'scored');
  const ctx: Context = {
    result,
    names: new Map(result.inventory.packages.map((p) => [p.id, p.name])),
    extractors: new Map(result.inventory.files.map((f) => [f.path, f.extractor])),
    devOnly: new Set(
      result.inventory.packages
        .filter((p) => p.scopes.length > 0 && p.scopes.every((s) => s === 'dev'))
        .map((p) => p.id),
    ),
    ...(check ? { check } : {}),
  };
  const groups = new Map<string, VulnerabilityFinding[]>();
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const key = `${f.package.ecosystem}\u0000${f.package.name}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const parts: TaskPart[] = [];
  for (const [key, findings] of groups) {
    const [ecosystem, name] = key.split('\u0000') as [string, string];
    const up = upgradePart(ctx, ecosystem, name, findings);
    if (up) parts.push(up);
    const rm = removePart(ctx, ecosystem, name, findings);
    if (rm) parts.push(rm);
  }
  return parts;
}
