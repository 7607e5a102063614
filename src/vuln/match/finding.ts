/** Turns one issue's hits on one package into a finding: ids, severity, fix advice, paths. */
import type { Package } from '../../core/model/package.js';
import type { Severity, SeverityLevel, VulnerabilityFinding } from '../../core/model/vulnerability.js';
import { compareStrings } from '../../core/util/compare.js';
import type { OsvAffected, OsvRecord } from '../osv/record.js';
import { affects, fixedEvents, type Schemes } from './affected.js';
import type { Hit } from './groups.js';

const MAX_REFERENCES = 20;
const MAX_SUMMARY = 300;
const RANK: Record<SeverityLevel, number> = { critical: 5, high: 4, medium: 3, low: 2, none: 1, unknown: 0 };
const REF_ORDER = [
  'ADVISORY',
  'FIX',
  'REPORT',
  'WEB',
  'PACKAGE',
  'ARTICLE',
  'EVIDENCE',
  'DETECTION',
  'INTRODUCED',
];

function worse(a: Severity, b: Severity): Severity {
  const d = RANK[b.level] - RANK[a.level];
  if (d !== 0) return d > 0 ? b : a;
  return (b.score ?? -1) > (a.score ?? -1) ? b : a;
}

function summaryOf(record: OsvRecord): string | undefined {
  const text = record.summary?.trim() || record.details?.trim().split('\n')[0]?.trim();
  if (!text) return undefined;
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}

/** Sorted, unique version strings in the scheme's order (unparseable ones last, as written). */
function sortVersions(versions: Iterable<string>, schemes: Schemes): string[] {
  const unique = [...new Set(versions)];
  const parsed = unique.map((v) => ({ v, p: schemes.ecosystem.parse(v) }));
  parsed.sort((a, b) => {
    if (a.p === undefined || b.p === undefined) {
      return a.p === b.p ? compareStrings(a.v, b.v) : a.p === undefined ? 1 : -1;
    }
    return schemes.ecosystem.compare(a.p, b.p) || compareStrings(a.v, b.v);
  });
  return parsed.map((x) => x.v);
}

/**
 * The smallest `fixed` version above `current` that no record of the issue affects (every record of
 * the group, every entry naming the package). Undefined when there is none.
 */
function smallestFix(
  current: string,
  hits: readonly Hit[],
  candidates: string[],
  schemes: Schemes,
): string | undefined {
  const cur = schemes.ecosystem.parse(current);
  if (cur === undefined) return undefined;
  const entries: OsvAffected[] = [];
  for (const h of hits)
    for (const e of h.record.affected ?? []) if (e.package?.name === h.entry.package?.name) entries.push(e);
  for (const c of candidates) {
    const p = schemes.ecosystem.parse(c);
    if (p === undefined || schemes.ecosystem.compare(p, cur) <= 0) continue;
    if (entries.every((e) => affects(e, c, schemes).affected === false)) return c;
  }
  return undefined;
}

export function buildFinding(
  pkg: Package,
  hits: readonly Hit[],
  schemes: Schemes,
  paths: string[][],
  severityOf: (record: OsvRecord, affected: OsvAffected) => Severity,
): VulnerabilityFinding {
  const records = [...new Set(hits.map((h) => h.record.id))].sort(compareStrings);
  const aliases = new Set<string>(records);
  for (const h of hits) for (const a of h.record.aliases ?? []) aliases.add(a);
  const id = records[0]!;
  const primary = hits.find((h) => h.record.id === id)!.record;
  let severity: Severity = { level: 'unknown', source: 'none' };
  const fixed: string[] = [];
  const allFixed: string[] = [];
  const refs = new Map<string, { type: string; url: string }>();
  let modified: string | undefined;
  for (const h of hits) {
    severity = worse(severity, severityOf(h.record, h.entry));
    const fixes = fixedEvents(h.entry);
    allFixed.push(...fixes);
    if (h.range) {
      for (const e of h.range.events) if ('fixed' in e) fixed.push(e.fixed);
    } else {
      fixed.push(...fixes);
    }
    for (const r of h.record.references ?? [])
      if (!refs.has(r.url)) refs.set(r.url, { type: r.type, url: r.url });
    if (!modified || h.record.modified > modified) modified = h.record.modified;
  }
  const references = [...refs.values()]
    .sort(
      (a, b) =>
        (REF_ORDER.indexOf(a.type) + 1 || 99) - (REF_ORDER.indexOf(b.type) + 1 || 99) ||
        compareStrings(a.url, b.url),
    )
    .slice(0, MAX_REFERENCES);
  const fixedIn = smallestFix(pkg.version, hits, sortVersions(allFixed, schemes), schemes);
  const summary = summaryOf(primary) ?? hits.map((h) => summaryOf(h.record)).find((s) => s !== undefined);
  const finding: VulnerabilityFinding = {
    key: `${id}:${pkg.id}`,
    id,
    aliases: [...aliases].sort(compareStrings),
    records,
    kind: records.some((r) => r.startsWith('MAL-')) ? 'malicious' : 'vulnerability',
    severity,
    package: {
      id: pkg.id,
      ecosystem: pkg.ecosystem,
      name: pkg.name,
      version: pkg.version,
      ...(pkg.purl ? { purl: pkg.purl } : {}),
    },
    fixedVersions: sortVersions(fixed, schemes),
    paths,
    locations: pkg.locations,
    references,
  };
  if (summary) finding.summary = summary;
  if (fixedIn) finding.fixedIn = fixedIn;
  if (modified) finding.modified = modified;
  if (pkg.tags) finding.tags = pkg.tags;
  return finding;
}
