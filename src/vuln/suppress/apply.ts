/**
 * Applies the project's ignores (sterling.yaml) and OpenVEX statements to the matcher's findings.
 * Pure: the report passed in is not modified. Suppressed findings stay in the report with
 * `suppressed` saying why and where from; counts are recomputed with suppressed findings apart.
 *
 * - An ignore suppresses the findings that have its id among their ids (CVE/GHSA without regard to
 *   case) and, when it names a package, are in that package (package-ref.ts). It applies up to and
 *   including its `until` day; from the day after it suppresses nothing and a warning says so.
 * - A VEX statement in force (vex/match.ts) with status `not_affected` or `fixed` suppresses the
 *   finding; `affected` and `under_investigation` leave it open (a later `affected` re-opens a
 *   finding an earlier `not_affected` closed).
 * - An ignore is checked first: the project's own decision wins over a VEX statement, and an expired
 *   ignore lets the VEX statement decide.
 */
import type { IgnoreEntry } from '../../config/schema.js';
import { InternalError } from '../../core/errors/index.js';
import type { Diagnostic } from '../../core/model/diagnostic.js';
import type {
  Suppression,
  VulnerabilityFinding,
  VulnerabilityReport,
} from '../../core/model/vulnerability.js';
import { normalizeVulnId } from '../vex/ids.js';
import type { VexStatement } from '../vex/load.js';
import { applicableStatements, type VexSubject, vexIndex } from '../vex/match.js';
import { purlMatcher } from '../vex/purl.js';
import { countFindings } from './counts.js';
import { expiredDiagnostic, unusedIgnoreDiagnostic, unusedVexDiagnostic } from './diagnostics.js';
import { type PackageRef, packageRefMatches, parsePackageRef } from './package-ref.js';

export interface SuppressionInput {
  /** `ignore` entries of the project config, with file and line (LoadedProjectConfig.ignores). */
  ignores: readonly IgnoreEntry[];
  /** Statements of every `--vex` file, in the order the files were given. */
  vex: readonly VexStatement[];
  /** The scan's date, YYYY-MM-DD (UTC): ignores with `until` before it have expired. */
  today: string;
  /**
   * Identifiers of the scanned product itself (its purls or ids), for VEX statements whose product
   * lists the vulnerable package among its `subcomponents`.
   */
  products?: readonly string[];
  /** Package id -> purl, so that packages on a finding's dependency paths can be VEX products too. */
  purls?: ReadonlyMap<string, string>;
}

export interface SuppressionResult {
  report: VulnerabilityReport;
  diagnostics: Diagnostic[];
}

const SUPPRESSING = new Set(['not_affected', 'fixed']);

/** The UTC date of a time (default: now) as YYYY-MM-DD, the form `today` takes. */
export function utcDate(ms: number = Date.now()): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  return !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

interface IgnoreState {
  entry: IgnoreEntry;
  ids: Set<string>;
  ref: PackageRef | undefined;
  expired: boolean;
  matched: VulnerabilityFinding[];
}

function vexReason(s: VexStatement): string {
  if (s.impact_statement) return s.impact_statement;
  if (s.status_notes) return s.status_notes;
  if (s.status === 'fixed') return 'fixed in this version (VEX)';
  return `not affected: ${(s.justification ?? 'no justification given').replaceAll('_', ' ')}`;
}

function vexSuppression(s: VexStatement): Suppression {
  const out: Suppression = { kind: 'vex', source: s.source, reason: vexReason(s), status: s.status };
  if (s.justification) out.justification = s.justification;
  return out;
}

function configSuppression(e: IgnoreEntry): Suppression {
  const out: Suppression = { kind: 'config', source: e.source, reason: e.reason };
  if (e.until) out.until = e.until;
  return out;
}

function subjectOf(f: VulnerabilityFinding, input: SuppressionInput): VexSubject {
  const containers = new Set(input.products ?? []);
  for (const path of f.paths) {
    for (const id of path) {
      if (id === f.package.id) continue;
      containers.add(id);
      const purl = input.purls?.get(id);
      if (purl) containers.add(purl);
    }
  }
  return { aliases: f.aliases, purl: f.package.purl, packageId: f.package.id, containers: [...containers] };
}

export function applySuppressions(report: VulnerabilityReport, input: SuppressionInput): SuppressionResult {
  if (!isDate(input.today))
    throw new InternalError(`applySuppressions: today must be YYYY-MM-DD, got ${input.today}`);
  const matchPurl = purlMatcher();
  const index = vexIndex(input.vex);
  const ignores: IgnoreState[] = input.ignores.map((entry) => ({
    entry,
    ids: new Set([normalizeVulnId(entry.id)]),
    ref: entry.package === undefined ? undefined : parsePackageRef(entry.package),
    expired: entry.until !== undefined && entry.until < input.today,
    matched: [],
  }));
  const usedVex = new Set<VexStatement>();

  const findings = report.findings.map((finding): VulnerabilityFinding => {
    const { suppressed: _previous, ...open } = finding;
    const ids = open.aliases.length ? open.aliases : [open.id];
    let suppression: Suppression | undefined;
    for (const ig of ignores) {
      if (!ids.some((id) => ig.ids.has(normalizeVulnId(id)))) continue;
      if (ig.ref && !packageRefMatches(ig.ref, open.package, matchPurl)) continue;
      ig.matched.push(open);
      if (!ig.expired && !suppression) suppression = configSuppression(ig.entry);
    }
    const statements = applicableStatements(index, subjectOf({ ...open, aliases: ids }, input), matchPurl);
    for (const s of statements) usedVex.add(s);
    const inForce = statements[statements.length - 1];
    if (!suppression && inForce && SUPPRESSING.has(inForce.status)) suppression = vexSuppression(inForce);
    return suppression ? { ...open, suppressed: suppression } : open;
  });

  const stillOpen = new Set(findings.filter((f) => !f.suppressed).map((f) => f.key));
  const diagnostics: Diagnostic[] = [];
  for (const ig of ignores) {
    if (ig.expired) {
      const reopened = ig.matched.filter((f) => stillOpen.has(f.key)).length;
      diagnostics.push(expiredDiagnostic(ig.entry, ig.matched.length, reopened));
    } else if (ig.matched.length === 0) {
      diagnostics.push(unusedIgnoreDiagnostic(ig.entry));
    }
  }
  if (report.findings.length > 0) diagnostics.push(...unusedVexDiagnostic(input.vex, usedVex));

  return { report: { ...report, findings, counts: countFindings(findings) }, diagnostics };
}
