/**
 * Vulnerabilities: one server-rendered row per finding (ids, package, fix version, dependency path,
 * evidence), with data-* attributes the filter script reads; the database the scan used; the packages
 * that could not be checked. Without the script every row is shown.
 */
import type { Package } from '../../../core/model/package.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { VulnerabilityFinding, VulnerabilityReport } from '../../../core/model/vulnerability.js';
import { compareStrings } from '../../../core/util/compare.js';
import { link, text } from './escape.js';
import { badge, countBy, notRun, place, plural, row, section, table } from './parts.js';

/** Severity labels, most severe first; `malicious` above every severity. */
export const RANK = ['malicious', 'critical', 'high', 'medium', 'low', 'none', 'unknown'] as const;
type Rank = (typeof RANK)[number];

function level(f: VulnerabilityFinding): Rank {
  return f.kind === 'malicious' ? 'malicious' : f.severity.level;
}

function byRank(a: VulnerabilityFinding, b: VulnerabilityFinding): number {
  return RANK.indexOf(level(a)) - RANK.indexOf(level(b)) || compareStrings(a.key, b.key);
}

function pkgLabel(id: string, byId: Map<string, Package>): string {
  const p = byId.get(id);
  return p ? `${p.name}@${p.version}` : id;
}

function pathCell(f: VulnerabilityFinding, direct: boolean, byId: Map<string, Package>): string {
  if (f.paths.length === 0) return direct ? 'direct dependency' : '<span class="note">path unknown</span>';
  return `<ul class="plain">${f.paths.map((p) => `<li>${text(p.map((id) => pkgLabel(id, byId)).join(' → '))}</li>`).join('')}</ul>`;
}

function severityCell(f: VulnerabilityFinding): string {
  const l = level(f);
  const score =
    f.severity.score !== undefined ? ` <span class="note">${text(f.severity.score.toFixed(1))}</span>` : '';
  return badge(l) + score;
}

function evidence(f: VulnerabilityFinding): string {
  const items: string[] = [];
  if (f.locations.length)
    items.push(`<p>Pinned at ${f.locations.map((l) => place(l.path, l.line)).join(', ')}</p>`);
  if (f.fixedVersions.length) items.push(`<p>Fixed versions: ${text(f.fixedVersions.join(', '))}</p>`);
  if (f.severity.vector !== undefined)
    items.push(`<p>Severity from ${text(f.severity.source)}: <code>${text(f.severity.vector)}</code></p>`);
  items.push(
    `<p>Records: ${text(f.records.join(', '))}${f.modified ? ` (modified ${text(f.modified)})` : ''}</p>`,
  );
  if (f.references.length)
    items.push(`<ul>${f.references.map((r) => `<li>${text(r.type)}: ${link(r.url)}</li>`).join('')}</ul>`);
  if (f.suppressed)
    items.push(
      `<p><strong>Suppressed</strong> (${text(f.suppressed.kind)}, ${text(f.suppressed.source)}): ${text(f.suppressed.reason)}</p>`,
    );
  if (f.tags?.length) items.push(`<p class="note">Declared only in ${text(f.tags.join(', '))} files.</p>`);
  return `<details><summary>Evidence</summary>${items.join('')}</details>`;
}

function findingRow(f: VulnerabilityFinding, byId: Map<string, Package>): string {
  const direct = byId.get(f.package.id)?.direct === true;
  const others = f.aliases.filter((a) => a !== f.id);
  const attrs =
    ` data-severity="${text(level(f))}" data-ecosystem="${text(f.package.ecosystem)}"` +
    ` data-relation="${direct ? 'direct' : 'transitive'}"${f.suppressed ? ' class="suppressed"' : ''}`;
  return row(
    [
      severityCell(f),
      `<strong class="mono">${text(f.id)}</strong>${others.length ? `<br><span class="note mono">${text(others.join(', '))}</span>` : ''}${f.summary !== undefined ? `<br>${text(f.summary)}` : ''}`,
      `<span class="mono">${text(f.package.name)}@${text(f.package.version)}</span><br><span class="note">${text(f.package.ecosystem)} · ${direct ? 'direct' : 'transitive'}</span>`,
      f.fixedIn !== undefined
        ? `<span class="mono">${text(f.fixedIn)}</span>`
        : '<span class="note">no fixed version</span>',
      pathCell(f, direct, byId),
      evidence(f),
    ],
    attrs,
  );
}

function select(name: string, label: string, options: string[]): string {
  const opts = options.map((o) => `<option value="${text(o)}">${text(o)}</option>`).join('');
  return `<label>${text(label)}<select name="${name}"><option value="">all</option>${opts}</select></label>`;
}

function filters(findings: VulnerabilityFinding[]): string {
  const levels = RANK.filter((l) => findings.some((f) => level(f) === l));
  const ecosystems = [...new Set(findings.map((f) => f.package.ecosystem))].sort(compareStrings);
  return [
    '<form id="vuln-filters" class="filters" hidden>',
    select('severity', 'Severity', [...levels]),
    select('ecosystem', 'Ecosystem', ecosystems),
    select('relation', 'Dependency', ['direct', 'transitive']),
    '<button type="reset">Show all</button>',
    `<span class="note">Showing <output id="vuln-shown">${findings.length}</output> of ${findings.length}</span>`,
    '</form>',
  ].join('\n');
}

function database(v: VulnerabilityReport): string {
  const d = v.database;
  const sources = d.sources.map(
    (s) =>
      `${text(s.ecosystem)} (${s.records} records${s.newestModified ? `, newest ${text(s.newestModified)}` : ''})`,
  );
  const out = [
    `<p class="note">Database <span class="mono">${text(d.path)}</span>${d.ageHours !== undefined ? `, ${d.ageHours} hours old` : ''}: ${sources.join(', ') || 'no records'}.</p>`,
  ];
  if (d.missingEcosystems.length)
    out.push(
      `<p class="not-run">No vulnerability data for: ${text(d.missingEcosystems.join(', '))} (packages of these ecosystems were not checked).</p>`,
    );
  if (d.updateError !== undefined)
    out.push(`<p class="not-run">The database update failed: ${text(d.updateError)}</p>`);
  return out.join('\n');
}

function unchecked(v: VulnerabilityReport): string {
  if (v.unchecked.length === 0) return '';
  const reasons = countBy(v.unchecked, (u) => u.reason).map(([r, n]) => `${text(r)} ${n}`);
  const rows = v.unchecked.map((u) =>
    row([`<span class="mono">${text(u.packageId)}</span>`, text(u.reason), text(u.detail)]),
  );
  return `<details><summary>${plural(v.unchecked.length, 'package')} could not be checked (${reasons.join(', ')})</summary>${table(['Package', 'Reason', 'Detail'], rows)}</details>`;
}

export function vulnerabilitiesSection(result: ScanResult): string {
  const v = result.vulnerabilities;
  if (v.status !== 'ok') return section('vulnerabilities', 'Vulnerabilities', notRun('Vulnerabilities', v));
  const byId = new Map(result.inventory.packages.map((p) => [p.id, p]));
  const findings = [...v.findings].sort(byRank);
  const out = [database(v)];
  if (findings.length === 0) out.push('<p>No known vulnerabilities in the checked packages.</p>');
  else {
    out.push(filters(findings));
    out.push(
      table(
        ['Severity', 'Vulnerability', 'Package', 'Fixed in', 'Dependency path', 'Details'],
        findings.map((f) => findingRow(f, byId)),
        ' id="vuln-table"',
      ),
    );
  }
  out.push(unchecked(v));
  return section('vulnerabilities', 'Vulnerabilities', out.filter(Boolean).join('\n'));
}
