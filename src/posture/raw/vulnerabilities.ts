import type { SectionNotRun } from '../../core/model/scan-result.js';
import type { VulnerabilityFinding, VulnerabilityReport } from '../../core/model/vulnerability.js';
import { compareStrings } from '../../core/util/compare.js';

/** One open issue as Scorecard counts it: findings whose ids or aliases overlap are one. */
export interface VulnerabilityGroup {
  /** The id shown (Scorecard's pick among the matched records' ids); `ids`: every id, sorted. */
  id: string;
  ids: string[];
  packages: number;
}

export type VulnerabilityFacts =
  | { available: false; reason: string }
  | {
      available: true;
      groups: VulnerabilityGroup[];
      /** Suppressed findings (not counted). */
      suppressed: number;
      /** Ecosystems of the inventory the database had no data for (their vulnerabilities are unknown). */
      missingEcosystems: string[];
      /** Packages the matcher could not decide. */
      unchecked: number;
    };

/** The vulnerability section of the scan, as far as the posture stage was given it. */
export type VulnerabilitySection = VulnerabilityReport | SectionNotRun | undefined;

/** Scorecard's choice of a group's id among its records: DSA, then CVE, then others, then GHSA. */
function scorecardIdOrder(a: string, b: string): number {
  const rank = (id: string) => {
    const prefix = id.slice(0, Math.max(0, id.indexOf('-')));
    return prefix === 'DSA' ? 3 : prefix === 'CVE' ? 2 : prefix === 'GHSA' ? 0 : 1;
  };
  return rank(b) - rank(a) || compareStrings(a, b);
}

/** Scorecard leaves Go standard library findings out (the go directive does not say which Go builds). */
function counted(f: VulnerabilityFinding): boolean {
  return f.suppressed === undefined && !(f.package.ecosystem === 'Go' && f.package.name === 'stdlib');
}

/**
 * Groups the open findings like Scorecard's hasOSVVulnerabilities (ids and aliases that overlap
 * are one vulnerability, transitively), with a union-find over ids: linear in the findings.
 */
export function collectVulnerabilities(section: VulnerabilitySection): VulnerabilityFacts {
  if (section === undefined) {
    return {
      available: false,
      reason: 'vulnerability matching is not part of `sterling posture`; run `sterling scan` for this check',
    };
  }
  if (section.status === 'not-run')
    return {
      available: false,
      reason: `not scored: vulnerability matching did not run (${section.reason}); \`sterling scan\` with matching computes it`,
    };
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const open = section.findings.filter(counted);
  for (const f of open) {
    const ids = [f.id, ...f.aliases, ...f.records];
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    const root = find(f.id);
    for (const id of ids) {
      const r = find(id);
      if (r !== root) parent.set(r, root);
    }
  }
  const groups = new Map<string, { ids: Set<string>; records: Set<string>; packages: Set<string> }>();
  for (const f of open) {
    const r = find(f.id);
    const g = groups.get(r) ?? { ids: new Set(), records: new Set(), packages: new Set() };
    for (const id of [f.id, ...f.aliases, ...f.records]) g.ids.add(id);
    for (const id of f.records.length > 0 ? f.records : [f.id]) g.records.add(id);
    g.packages.add(f.package.id);
    groups.set(r, g);
  }
  const out = [...groups.values()]
    .map((g) => ({
      id: [...g.records].sort(scorecardIdOrder)[0]!,
      ids: [...g.ids].sort(compareStrings),
      packages: g.packages.size,
    }))
    .sort((a, b) => compareStrings(a.id, b.id));
  return {
    available: true,
    groups: out,
    suppressed: section.findings.filter((f) => f.suppressed !== undefined).length,
    missingEcosystems: section.database.missingEcosystems,
    unchecked: section.unchecked.length,
  };
}
