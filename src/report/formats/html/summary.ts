/**
 * The summary: overall score, Baseline level, vulnerabilities by severity and packages by ecosystem,
 * as cards and inline SVG charts, after the plain-language executive summary.
 */
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { Task } from '../../../core/model/task.js';
import { type Bar, barChart } from './charts.js';
import { text } from './escape.js';
import { executiveSummary } from './executive.js';
import { countBy, section } from './parts.js';
import { RANK } from './vulns.js';

function card(label: string, big: string, note: string): string {
  return `<div class="card"><div class="label">${text(label)}</div><div class="big">${text(big)}</div><div class="note">${text(note)}</div></div>`;
}

function cards(result: ScanResult, tasks: readonly Task[]): string {
  const p = result.posture;
  const b = result.baseline;
  const v = result.vulnerabilities;
  const pkgs = result.inventory.packages;
  const direct = pkgs.filter((x) => x.direct).length;
  const out = [
    p.status === 'ok'
      ? card(
          'Scorecard score',
          p.aggregateScore < 0 ? '?' : `${p.aggregateScore.toFixed(1)} / 10`,
          `${p.checks.filter((c) => c.status === 'scored').length} of ${p.checks.length} checks scored`,
        )
      : card('Scorecard score', 'not checked', p.reason),
    b.status === 'ok'
      ? card(
          'OSPS Baseline level',
          `${b.levelReached} / 3`,
          `${b.counts.pass} pass, ${b.counts.fail} fail, ${b.counts['needs-review']} need review`,
        )
      : card('OSPS Baseline level', 'not checked', b.reason),
    v.status === 'ok'
      ? card(
          'Open vulnerabilities',
          String(v.findings.filter((f) => !f.suppressed).length),
          `${v.counts.critical} critical, ${v.counts.high} high${v.counts.suppressed ? `, ${v.counts.suppressed} suppressed` : ''}`,
        )
      : card('Vulnerabilities', 'not checked', v.reason),
    card('Packages', String(pkgs.length), `${direct} direct, ${pkgs.length - direct} transitive`),
    card('Tasks', String(tasks.length), tasks.length ? 'ranked by gain per minute' : 'nothing to act on'),
  ];
  return `<div class="cards">${out.join('\n')}</div>`;
}

function severityChart(result: ScanResult): string {
  const v = result.vulnerabilities;
  if (v.status !== 'ok') return '';
  const bars: Bar[] = RANK.filter((l) => v.counts[l] > 0 || (l !== 'malicious' && l !== 'none')).map(
    (level) => ({
      label: level,
      value: v.counts[level],
      cls: `sev-${level}`,
    }),
  );
  return barChart(
    { id: 'chart-severity', title: 'Open vulnerabilities by severity', valueHeader: 'Findings', bars },
    'Severity',
  );
}

function ecosystemChart(result: ScanResult): string {
  const bars = countBy(result.inventory.packages, (p) => p.ecosystem).map(([label, value]) => ({
    label,
    value,
  }));
  return barChart(
    { id: 'chart-ecosystems', title: 'Packages by ecosystem', valueHeader: 'Packages', bars },
    'Ecosystem',
  );
}

function scoreClass(score: number): string {
  return score >= 8 ? 'score-good' : score >= 4 ? 'score-warn' : 'score-bad';
}

function checksChart(result: ScanResult): string {
  const p = result.posture;
  if (p.status !== 'ok') return '';
  const bars = p.checks
    .filter((c) => c.status === 'scored')
    .map((c) => ({ label: c.name, value: c.score, display: `${c.score} / 10`, cls: scoreClass(c.score) }));
  return barChart(
    { id: 'chart-checks', title: 'Scored posture checks (0 to 10)', valueHeader: 'Score', bars, max: 10 },
    'Check',
  );
}

export function summarySection(result: ScanResult, tasks: readonly Task[]): string {
  const sentences = executiveSummary(result, tasks);
  const body = [
    `<p class="exec" id="executive-summary">${sentences.map(text).join(' ')}</p>`,
    cards(result, tasks),
    `<div class="charts">${[severityChart(result), ecosystemChart(result), checksChart(result)].filter(Boolean).join('\n')}</div>`,
  ];
  return section('summary', 'Summary', body.join('\n'));
}
