/**
 * ScanResult -> SARIF 2.1.0 for GitHub code scanning. Pure and deterministic: no clock, no absolute
 * local path; results ordered by importance then key, rules by id. Within GitHub's limits: when
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
  notification,
  notRunNotification,
  reportNotifications,
  type SarifNotification,
} from './notifications.js';
import { buildResult, type Candidate, candidates, type SarifResult, SRCROOT } from './results.js';
import { buildRule, ruleId, type SarifRule } from './rules.js';
import { plain } from './text.js';

export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

interface Truncation {
  /** Results (finding, location) and how many vulnerabilities (rules) are left without any. */
  results?: { total: number; written: number; vulnerabilitiesLeftOut: number };
  rules?: { total: number; written: number };
  rulesWithTagsCut?: number;
}

interface Selection {
  kept: Candidate[];
  rules: SarifRule[];
  ruleIndex: Map<string, number>;
  truncated: Truncation;
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The results that fit GitHub's limits (most important first) and the rules they reference. */
function select(findings: readonly VulnerabilityFinding[], index: PackageIndex): Selection {
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
    if (kept.length >= LIMITS.resultsPerRun) break;
    const id = ruleId(c.finding);
    if (!admitted.has(id)) {
      if (admitted.size >= LIMITS.rulesPerRun) {
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

function truncationNotifications(t: Truncation): SarifNotification[] {
  const out: SarifNotification[] = [];
  if (t.results) {
    out.push(
      notification(
        'sterling/output-truncated',
        'warning',
        `GitHub code scanning accepts at most ${thousands(LIMITS.resultsPerRun)} results per run: ` +
          `${thousands(t.results.total - t.results.written)} of ${thousands(t.results.total)} results were left out ` +
          `(suppressed and least severe first; ${thousands(t.results.vulnerabilitiesLeftOut)} vulnerabilities have no result here). ` +
          'Use --format json for every finding.',
        { limit: 'resultsPerRun', ...t.results },
      ),
    );
  }
  if (t.rules) {
    out.push(
      notification(
        'sterling/output-truncated',
        'warning',
        `GitHub code scanning accepts at most ${thousands(LIMITS.rulesPerRun)} rules per run: ` +
          `${thousands(t.rules.total - t.rules.written)} of ${thousands(t.rules.total)} vulnerabilities have no rule here. ` +
          'Use --format json for every finding.',
        { limit: 'rulesPerRun', ...t.rules },
      ),
    );
  }
  if (t.rulesWithTagsCut) {
    out.push(
      notification(
        'sterling/output-truncated',
        'note',
        `${thousands(t.rulesWithTagsCut)} rule(s) have more ids than GitHub's ${LIMITS.tagsPerRule} tags per rule: ` +
          'their tags list the first ones; the rule help lists them all.',
        { limit: 'tagsPerRule', rules: t.rulesWithTagsCut },
      ),
    );
  }
  return out;
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
  if (v.status === 'ok') {
    const selection = select(v.findings, index);
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
