/**
 * ScanResult -> SARIF 2.1.0 for GitHub code scanning. Pure and deterministic: no clock, no absolute
 * local path; results ordered by importance then key, rules by id (vulnerabilities, then posture
 * checks, see posture.ts). Within GitHub's limits: when
 * the findings exceed them, the least important results are left out and the run says so (in
 * `run.properties.truncated` and an invocation notification).
 */
import type { ScanResult, TargetInfo } from '../../../core/model/scan-result.js';
import type { VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import { compareStrings } from '../../../core/util/compare.js';
import { type PackageIndex, packageIndex } from './advice.js';
import { GITHUB_SARIF_LIMITS as LIMITS } from './limits.js';
import {
  NOTIFICATION_DESCRIPTORS,
  type NotificationId,
  notRunNotification,
  reportNotifications,
  type SarifNotification,
} from './notifications.js';
import { posturePart } from './posture.js';
import { buildResult, type Candidate, candidates, type SarifResult, SRCROOT } from './results.js';
import { buildRule, ruleId, type SarifRule } from './rules.js';
import { plain } from './text.js';
import { type Truncation, truncationNotifications } from './truncation.js';

export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

interface Selection {
  kept: Candidate[];
  rules: SarifRule[];
  ruleIndex: Map<string, number>;
  truncated: Truncation;
}

/**
 * The results that fit GitHub's limits (most important first) and the rules they reference;
 * `reserved` counts the results and rules other parts of the run (posture) already take.
 */
function select(
  findings: readonly VulnerabilityFinding[],
  index: PackageIndex,
  reserved = { results: 0, rules: 0 },
): Selection {
  const all = candidates(findings, index);
  const groups = new Map<string, VulnerabilityFinding[]>();
  for (const f of findings) {
    const id = ruleId(f);
    const group = groups.get(id);
    if (group) group.push(f);
    else groups.set(id, [f]);
  }
  const admitted = new Set<string>();
  const kept: Candidate[] = [];
  let ruleCapHit = false;
  for (const c of all) {
    if (kept.length >= LIMITS.resultsPerRun - reserved.results) break;
    const id = ruleId(c.finding);
    if (!admitted.has(id)) {
      if (admitted.size >= LIMITS.rulesPerRun - reserved.rules) {
        ruleCapHit = true;
        continue;
      }
      admitted.add(id);
    }
    kept.push(c);
  }
  const truncated: Truncation = {};
  if (kept.length < all.length) {
    const vulnerabilitiesLeftOut = groups.size - admitted.size;
    truncated.results = { total: all.length, written: kept.length, vulnerabilitiesLeftOut };
  }
  if (ruleCapHit) truncated.rules = { total: groups.size, written: admitted.size };

  const ids = [...admitted].sort(compareStrings);
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  let tagsCut = 0;
  const rules = ids.map((id) => {
    const group = groups.get(id)!.sort((a, b) => compareStrings(a.key, b.key));
    const built = buildRule(group, index);
    if (built.tagsCut > 0) tagsCut++;
    return built.rule;
  });
  if (tagsCut > 0) truncated.rulesWithTagsCut = tagsCut;
  return { kept, rules, ruleIndex, truncated };
}

/** The repository of a git target, without credentials, mapped to the source root. */
function provenance(target: TargetInfo) {
  if (target.kind !== 'git') return undefined;
  try {
    const url = new URL(target.input);
    url.username = '';
    url.password = '';
    return [
      {
        repositoryUri: url.href,
        revisionId: target.commit ? plain(target.commit) : undefined,
        mappedTo: { uriBaseId: SRCROOT },
      },
    ];
  } catch {
    return undefined; // scp-like `git@host:path` is not a URI
  }
}

function driver(result: ScanResult, rules: SarifRule[], notifications: SarifNotification[]) {
  const used = [...new Set(notifications.map((n) => n.descriptor.id))].sort(
    compareStrings,
  ) as NotificationId[];
  const version = plain(result.tool.version);
  return {
    name: 'sterling',
    // No informationUri: Sterling has no public home page yet (package.json names none); SARIF and
    // GitHub make it optional. Add it here, once, when there is one.
    version,
    semanticVersion: SEMVER.test(version) ? version : undefined,
    notifications: used.map((id) => ({ id, shortDescription: { text: NOTIFICATION_DESCRIPTORS[id] } })),
    rules,
  };
}

/** The SARIF log as a JSON value. */
export function buildSarif(result: ScanResult): Record<string, unknown> {
  const v = result.vulnerabilities;
  const index = packageIndex(result);
  let rules: SarifRule[] = [];
  let results: SarifResult[] = [];
  let notifications: SarifNotification[];
  let properties: Record<string, unknown>;
  const posture =
    result.posture.status === 'ok'
      ? posturePart(result.posture, result.vulnerabilities.status === 'ok')
      : undefined;
  const reserved = { results: posture?.results.length ?? 0, rules: posture?.rules.length ?? 0 };
  if (v.status === 'ok') {
    const selection = select(v.findings, index, reserved);
    rules = selection.rules;
    results = selection.kept.map((c) => buildResult(c, selection.ruleIndex.get(ruleId(c.finding))!, index));
    notifications = [
      ...reportNotifications(v, result.inventory, index),
      ...truncationNotifications(selection.truncated),
    ];
    properties = {
      vulnerabilities: {
        status: 'ok',
        findings: v.findings.length,
        unchecked: v.unchecked.length,
        counts: v.counts,
        dataAgeHours: v.database.ageHours,
      },
      truncated: Object.keys(selection.truncated).length > 0 ? selection.truncated : undefined,
    };
  } else {
    notifications = [notRunNotification(v.reason)];
    properties = { vulnerabilities: { status: 'not-run', reason: plain(v.reason) } };
  }
  if (posture) {
    // Posture rules follow the vulnerability rules: their indexes are offset by those.
    const offset = rules.length;
    rules = [...rules, ...posture.rules];
    results = [...results, ...posture.results.map((r) => ({ ...r, ruleIndex: r.ruleIndex + offset }))];
    notifications = [...notifications, ...posture.notifications];
    properties = { ...properties, posture: posture.properties };
  }
  const run = {
    tool: { driver: driver(result, rules, notifications) },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    versionControlProvenance: provenance(result.target),
    originalUriBaseIds: {
      [SRCROOT]: {
        description: {
          text: `The root of the scanned target (${plain(result.target.name)}): every artifact URI is relative to it.`,
        },
      },
    },
    results,
    properties,
  };
  return { $schema: SARIF_SCHEMA_URI, version: SARIF_VERSION, runs: [run] };
}

export function renderSarif(result: ScanResult): string {
  return `${JSON.stringify(buildSarif(result), null, 2)}\n`;
}
