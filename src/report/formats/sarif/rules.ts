/**
 * One SARIF rule (reportingDescriptor) per alias group: every finding with the same primary id,
 * whatever the package. GitHub shows the rule's descriptions and help next to each alert.
 */
import type { VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import { compareStrings } from '../../../core/util/compare.js';
import { advice, type PackageIndex, packageLabel, summarySentence, uniqueLocations } from './advice.js';
import { SARIF_BOUNDS as BOUNDS, GITHUB_SARIF_LIMITS as LIMITS } from './limits.js';
import { type SarifLevel, sarifLevel, securityScore, securitySeverity } from './severity.js';
import { clip, markdown, plain, safeUrl, wellFormed } from './text.js';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: SarifLevel };
  helpUri: string;
  help: { text: string; markdown: string };
  properties: { tags: string[]; precision: 'very-high' | 'high'; 'security-severity': string };
}

export interface BuiltRule {
  rule: SarifRule;
  /** Tags left out to stay within GitHub's limit. */
  tagsCut: number;
}

/** The rule id of a finding (also its results' `ruleId`). */
export function ruleId(f: VulnerabilityFinding): string {
  return plain(f.id);
}

/** The primary id first, then every other id of the group, sorted. */
function groupIds(group: readonly VulnerabilityFinding[]): string[] {
  const primary = group[0]!.id;
  const others = new Set(group.flatMap((f) => f.aliases));
  others.delete(primary);
  return [primary, ...[...others].sort(compareStrings)].map(plain);
}

function severityText(f: VulnerabilityFinding, score: number): string {
  if (f.kind === 'malicious') return 'Malicious package (ranked above critical)';
  const s = f.severity;
  if (s.score !== undefined) return `Severity ${s.level} (${s.source.toUpperCase()} base score ${s.score})`;
  if (s.level === 'unknown')
    return `Severity unknown: the advisory gives none (ranked as ${score.toFixed(1)})`;
  return `Severity ${s.level} (advisory label)`;
}

function packageLine(f: VulnerabilityFinding): string {
  return plain(`${f.package.name} ${f.package.version} (${f.package.ecosystem})`);
}

function pathText(path: readonly string[], index: PackageIndex): string {
  return path.map((id) => packageLabel(id, index)).join(' > ');
}

function whereText(f: VulnerabilityFinding): string {
  return uniqueLocations(f.locations)
    .map((l) => `${plain(l.path)}${l.line ? ` line ${l.line}` : ''}`)
    .join(', ');
}

function helpText(group: readonly VulnerabilityFinding[], ids: string[], index: PackageIndex): string {
  const first = group[0]!;
  const lines = [
    `${ids.join(', ')}: ${summarySentence(first) ?? 'no summary'}.`,
    `${severityText(first, securityScore(first))}.`,
    '',
  ];
  for (const f of group.slice(0, BOUNDS.helpPackages)) {
    lines.push(`- ${packageLine(f)}: ${advice(f, index)}`);
    if (f.fixedVersions.length) lines.push(`  Fixed versions: ${f.fixedVersions.map(plain).join(', ')}`);
    if (f.locations.length) lines.push(`  Pinned in: ${whereText(f)}`);
    for (const p of f.paths.slice(0, BOUNDS.helpPaths)) lines.push(`  Path: ${pathText(p, index)}`);
  }
  if (group.length > BOUNDS.helpPackages) lines.push(`- and ${group.length - BOUNDS.helpPackages} more`);
  const refs = references(group);
  if (refs.length) lines.push('', 'References:', ...refs.map((r) => `- ${plain(r.type)}: ${r.url}`));
  return lines.join('\n');
}

function helpMarkdown(group: readonly VulnerabilityFinding[], ids: string[], index: PackageIndex): string {
  const first = group[0]!;
  const md = (text: string) => markdown(text);
  const lines = [
    `**${ids.map(md).join(', ')}**: ${md(summarySentence(first) ?? 'no summary')}\\.`,
    '',
    `${md(severityText(first, securityScore(first)))}\\.`,
    '',
  ];
  for (const f of group.slice(0, BOUNDS.helpPackages)) {
    lines.push(`- **${md(packageLine(f))}**: ${md(advice(f, index))}`);
    if (f.fixedVersions.length) lines.push(`  - Fixed versions: ${md(f.fixedVersions.join(', '))}`);
    if (f.locations.length) lines.push(`  - Pinned in: ${md(whereText(f))}`);
    for (const p of f.paths.slice(0, BOUNDS.helpPaths)) lines.push(`  - Path: ${md(pathText(p, index))}`);
  }
  if (group.length > BOUNDS.helpPackages) lines.push(`- and ${group.length - BOUNDS.helpPackages} more`);
  const refs = references(group);
  if (refs.length) lines.push('', '**References**', '', ...refs.map((r) => `- [${md(r.type)}](${r.url})`));
  return lines.join('\n');
}

const REFERENCE_RANK: Record<string, number> = { ADVISORY: 0, FIX: 1, PACKAGE: 2 };

/**
 * http(s) references of the group, unique by URL, advisories and fixes first, bounded; unsafe URLs
 * (javascript:...) dropped.
 */
function references(group: readonly VulnerabilityFinding[]): { type: string; url: string }[] {
  const out = new Map<string, string>();
  for (const f of group)
    for (const r of f.references) {
      const url = safeUrl(r.url);
      const type = r.type || 'WEB';
      const had = out.get(url ?? '');
      if (url && (had === undefined || compareStrings(type, had) < 0)) out.set(url, type);
    }
  const rank = (type: string) => REFERENCE_RANK[type] ?? 3;
  return [...out.entries()]
    .map(([url, type]) => ({ type, url }))
    .sort((a, b) => rank(a.type) - rank(b.type) || compareStrings(a.url, b.url))
    .slice(0, BOUNDS.helpReferences);
}

/** The rule of a group of findings sharing one primary id (sorted by key, at least one). */
export function buildRule(group: readonly VulnerabilityFinding[], index: PackageIndex): BuiltRule {
  const first = group[0]!;
  const score = Math.max(...group.map(securityScore));
  const ids = groupIds(group);
  const packages = [...new Set(group.map((f) => plain(f.package.name)))].join(', ');
  const summary = summarySentence(first);
  const short =
    summary ?? (first.kind === 'malicious' ? `Malicious package ${packages}` : `${ids[0]} in ${packages}`);
  const full = [
    summary ?? short,
    severityText(first, score),
    `Affects ${group.map(packageLine).join(', ')}`,
    ids.length > 1 ? `Also known as ${ids.slice(1).join(', ')}` : '',
  ].filter(Boolean);
  const allTags = [
    ...new Set(['security', first.kind === 'malicious' ? 'malicious' : 'vulnerability', ...ids]),
  ];
  const tags = allTags.slice(0, LIMITS.tagsPerRule);
  return {
    rule: {
      id: ruleId(first),
      name: clip(ids.join(', '), LIMITS.ruleNameChars),
      shortDescription: { text: clip(short, LIMITS.descriptionChars) },
      fullDescription: { text: clip(`${full.join('. ')}.`, LIMITS.descriptionChars) },
      defaultConfiguration: { level: sarifLevel(score) },
      helpUri: `https://osv.dev/vulnerability/${encodeURIComponent(wellFormed(first.id))}`,
      help: { text: helpText(group, ids, index), markdown: helpMarkdown(group, ids, index) },
      properties: { tags, precision: 'very-high', 'security-severity': securitySeverity(score) },
    },
    tagsCut: allTags.length - tags.length,
  };
}
