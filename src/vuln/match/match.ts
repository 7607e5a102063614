/**
 * The matcher shared by every vulnerability source: inventory packages x OSV records -> findings.
 * Exact per the OSV schema (see affected.ts); records of the same issue (linked by ids/aliases)
 * become one finding per package; what cannot be decided is listed as unchecked, never dropped.
 */
import type { Inventory } from '../../core/model/inventory.js';
import type { Package } from '../../core/model/package.js';
import type { Severity, UncheckedPackage, VulnerabilityFinding } from '../../core/model/vulnerability.js';
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { baseEcosystem, normalizePackageName } from '../osv/names.js';
import type { OsvAffected, OsvRecord } from '../osv/record.js';
import { affects, onlyGitRanges, type Schemes } from './affected.js';
import { buildFinding } from './finding.js';
import { groupHits, type Hit } from './groups.js';
import { pathFinder } from './paths.js';

export interface MatchInput {
  inventory: Inventory;
  /** Records naming (ecosystem, name) in any affected entry; the database's indexed lookup. */
  lookup(ecosystem: string, name: string): OsvRecord[];
  /** The version scheme of an OSV ecosystem, or undefined when Sterling has none. */
  schemeFor(ecosystem: string): VersionScheme | undefined;
  /** semver 2.0 ordering for SEMVER ranges. */
  semver: VersionScheme;
  severity(record: OsvRecord, affected: OsvAffected): Severity;
  /**
   * When set, packages of source kind `toolchain` (Go's stdlib and go command) are not matched but
   * listed as unchecked (`toolchain-opt-in`) with this text: matching them is opt-in.
   */
  skipToolchain?: string;
}

export interface MatchOutput {
  findings: VulnerabilityFinding[];
  unchecked: UncheckedPackage[];
}

/** Whether an affected entry is about this package: same base ecosystem and registry-equal name; a
 * release suffix (`Debian:12`) must agree when both sides carry one. */
function entryNames(entry: OsvAffected, pkg: Package): boolean {
  const eco = entry.package?.ecosystem;
  const name = entry.package?.name;
  if (eco === undefined || name === undefined) return false;
  if (baseEcosystem(eco) !== baseEcosystem(pkg.ecosystem)) return false;
  if (eco.includes(':') && pkg.ecosystem.includes(':') && eco !== pkg.ecosystem) return false;
  return normalizePackageName(eco, name) === normalizePackageName(pkg.ecosystem, pkg.name);
}

function unchecked(
  pkg: Package,
  reason: UncheckedPackage['reason'],
  detail: string,
  records?: string[],
): UncheckedPackage {
  return {
    packageId: pkg.id,
    reason,
    detail,
    ...(records && records.length > 0 ? { records: [...records].sort() } : {}),
  };
}

export function matchInventory(input: MatchInput): MatchOutput {
  const findings: VulnerabilityFinding[] = [];
  const out: UncheckedPackage[] = [];
  const paths = pathFinder(input.inventory);
  for (const pkg of input.inventory.packages) {
    const records = input.lookup(pkg.ecosystem, pkg.name);
    const scheme = input.schemeFor(pkg.ecosystem);
    const ids = records.map((r) => r.id);
    if (!scheme) {
      out.push(
        unchecked(
          pkg,
          'unsupported-ecosystem',
          `no version ordering for the ${pkg.ecosystem} ecosystem`,
          ids,
        ),
      );
      continue;
    }
    if (records.length === 0) continue;
    const toolchain = pkg.source.kind === 'toolchain';
    if (toolchain && input.skipToolchain !== undefined) {
      out.push(unchecked(pkg, 'toolchain-opt-in', input.skipToolchain, ids));
      continue;
    }
    if (pkg.resolution === 'unresolved') {
      const why = toolchain
        ? `only the minimum version "${pkg.version}" is known (no toolchain line names the release)`
        : `only the range "${pkg.version}" is known (no lockfile pins it)`;
      out.push(unchecked(pkg, 'unresolved-version', why, ids));
      continue;
    }
    if (pkg.version === '') {
      out.push(unchecked(pkg, 'no-version', `${pkg.source.kind} dependency without a version`, ids));
      continue;
    }
    const schemes: Schemes = { ecosystem: scheme, semver: input.semver };
    const hits: Hit[] = [];
    const undecided: string[] = [];
    const needHistory: string[] = [];
    let why = '';
    for (const record of records) {
      if (record.withdrawn) continue;
      let hit = false;
      let unknown = false;
      for (const entry of record.affected ?? []) {
        if (!entryNames(entry, pkg)) continue;
        if (onlyGitRanges(entry)) {
          if (pkg.source.commit) needHistory.push(record.id);
          continue;
        }
        const verdict = affects(entry, pkg.version, schemes);
        if (verdict.affected === true) {
          hits.push({ record, entry, range: verdict.range });
          hit = true;
        } else if (verdict.affected === 'unknown') {
          unknown = true;
          why ||= verdict.reason;
        }
      }
      if (unknown && !hit) undecided.push(record.id);
    }
    if (undecided.length > 0) out.push(unchecked(pkg, 'unparseable-version', why, undecided));
    if (needHistory.length > 0) {
      out.push(
        unchecked(
          pkg,
          'git-range-needs-history',
          `pinned to commit ${pkg.source.commit}; these records give only commit ranges`,
          needHistory,
        ),
      );
    }
    for (const group of groupHits(hits)) {
      findings.push(buildFinding(pkg, group, schemes, paths.paths(pkg.id), input.severity));
    }
  }
  findings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  out.sort((a, b) =>
    a.packageId < b.packageId ? -1 : a.packageId > b.packageId ? 1 : a.reason < b.reason ? -1 : 1,
  );
  return { findings, unchecked: out };
}
