/** OSPS Baseline: the level reached, each level's progress, every requirement with its evidence. */
import type { BaselineEvidence, BaselineReport } from '../../../core/model/baseline.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { link, text } from './escape.js';
import { badge, notRun, place, row, section, table } from './parts.js';

function evidenceItem(e: BaselineEvidence): string {
  const where = e.path !== undefined ? ` ${place(e.path, e.line)}` : '';
  return `<li>${text(e.kind)}: <span class="mono">${text(e.ref)}</span>${where}</li>`;
}

function levels(b: BaselineReport): string {
  return table(
    ['Level', 'Met', 'Missing'],
    b.levels.map((l) =>
      row([
        String(l.level),
        `<span class="nowrap">${l.met} / ${l.total}</span>`,
        text(l.missing.join(', ')) || '—',
      ]),
    ),
  );
}

function insights(b: BaselineReport): string {
  const si = b.securityInsights;
  const where = si.path !== undefined ? ` (${place(si.path)})` : '';
  const problems = [...(si.errors ?? []), ...(si.warnings ?? [])];
  const list = problems.length ? `<ul>${problems.map((p) => `<li>${text(p)}</li>`).join('')}</ul>` : '';
  return `<p>Security Insights file: ${text(si.status)}${where}${si.schemaVersion ? `, schema ${text(si.schemaVersion)}` : ''}.</p>${list}`;
}

export function baselineSection(result: ScanResult): string {
  const b = result.baseline;
  if (b.status !== 'ok') return section('baseline', 'OSPS Baseline', notRun('OSPS Baseline', b));
  const c = b.counts;
  const rows = b.requirements.map((r) =>
    row(
      [
        `<span class="nowrap">${link(r.url, r.id)}</span>`,
        String(r.level),
        badge(r.status),
        text(r.title),
        text(r.reason),
        r.evidence.length ? `<ul class="plain">${r.evidence.map(evidenceItem).join('')}</ul>` : '—',
      ],
      ` data-status="${text(r.status)}"`,
    ),
  );
  const body = [
    `<p>Level reached: <strong>${b.levelReached} of 3</strong> (Baseline ${text(b.version)}). ${c.pass} pass, ${c.fail} fail, ${c['needs-review']} need review (Sterling could not observe them), ${c['not-applicable']} not applicable, ${c.error} errors.</p>`,
    levels(b),
    insights(b),
    `<h3>Requirements (${b.requirements.length})</h3>`,
    table(['Requirement', 'Level', 'Status', 'Title', 'Why', 'Evidence'], rows, ' id="baseline-table"'),
  ];
  return section('baseline', 'OSPS Baseline', body.join('\n'));
}
