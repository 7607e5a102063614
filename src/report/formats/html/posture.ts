/** Posture checks (Scorecard-compatible scores) with their evidence: details, probe findings, annotations. */
import type { CheckResult, Finding, PostureReport } from '../../../core/model/posture.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { link, text } from './escape.js';
import { badge, notRun, place, row, section, table } from './parts.js';

function findingItem(f: Finding): string {
  const where = f.location ? ` ${place(f.location.path, f.location.line)}` : '';
  const fix = f.remediation
    ? `<br><span class="note">Fix (${text(f.remediation.effort)} effort): ${text(f.remediation.text)}</span>`
    : '';
  const suppressed = f.suppressed
    ? `<br><span class="note">Suppressed (${text(f.suppressed.reason)}, ${text(f.suppressed.source)}): ${text(f.suppressed.note)}</span>`
    : '';
  return `<li><span class="mono">${text(f.probe)}</span> = ${text(f.outcome)}: ${text(f.message)}${where}${fix}${suppressed}</li>`;
}

function evidence(c: CheckResult): string {
  const items: string[] = [
    `<p>${text(c.documentation.short)} ${link(c.documentation.url, 'Documentation')}</p>`,
  ];
  if (c.details.length) items.push(`<ul>${c.details.map((d) => `<li>${text(d)}</li>`).join('')}</ul>`);
  if (c.findings.length) items.push(`<p>Findings:</p><ul>${c.findings.map(findingItem).join('')}</ul>`);
  for (const a of c.annotations ?? [])
    items.push(
      `<p class="note">Maintainer annotation (${text(a.reason)}, ${text(a.source)}): ${text(a.note)}</p>`,
    );
  return `<details><summary>Evidence (${text(c.evidence)})</summary>${items.join('')}</details>`;
}

function scoreCell(c: CheckResult): string {
  if (c.status !== 'scored') return badge(c.status);
  return `<span class="nowrap"><meter min="0" max="10" low="4" high="8" optimum="10" value="${c.score}">${c.score} / 10</meter> ${c.score} / 10</span>`;
}

function checksTable(p: PostureReport): string {
  return table(
    ['Check', 'Score', 'Risk', 'Reason', 'Evidence'],
    p.checks.map((c) =>
      row([`<strong>${text(c.name)}</strong>`, scoreCell(c), text(c.risk), text(c.reason), evidence(c)]),
    ),
    ' id="checks-table"',
  );
}

export function postureSection(result: ScanResult): string {
  const p = result.posture;
  if (p.status !== 'ok') return section('posture', 'Posture checks', notRun('Posture', p));
  const s = p.sources;
  const score = p.aggregateScore < 0 ? 'no check could be scored' : `${p.aggregateScore.toFixed(1)} / 10`;
  const notes = [
    `Aggregate score: <strong>${text(score)}</strong> (OpenSSF Scorecard ${text(p.scorecardCompat)} checks; only scored checks count).`,
    `Files: ${s.fileCount} (${s.files === 'git-tracked' ? 'tracked by git' : 'folder walk'})${s.commit ? `, commit <span class="mono">${text(s.commit)}</span>` : ''}.`,
  ];
  if (s.gitNote) notes.push(`Git history: ${text(s.gitNote)}.`);
  if (s.forge)
    notes.push(
      `Forge: ${s.forge.repository ? text(s.forge.repository) : 'none'}, ${s.forge.requests} requests${s.forge.note ? ` (${text(s.forge.note)})` : ''}.`,
    );
  return section('posture', 'Posture checks', `<p>${notes.join('<br>')}</p>\n${checksTable(p)}`);
}
