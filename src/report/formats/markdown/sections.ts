/** The blocks of the Markdown summary besides the findings: headline, tasks, posture, Baseline, not checked. */
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { Task } from '../../../core/model/task.js';
import { compareStrings } from '../../../core/util/compare.js';
import { mdCode, mdText, mdTextWithCode } from '../../text/markdown.js';
import { duration } from '../tasks/table.js';
import type { Block } from './budget.js';

/** `<details>` with a summary of our own words and numbers only (never data: it is raw HTML). */
export function details(
  summary: string,
  head: string[],
  rows: string[],
  fit: Pick<Block, 'priority' | 'noun' | 'first'>,
): Block {
  return {
    head: ['', `<details><summary>${summary}</summary>`, '', ...head],
    rows,
    foot: ['', '</details>'],
    ...fit,
  };
}

/** `1 finding`, `2 findings`. */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function vulnerabilityCell(result: ScanResult): string {
  const v = result.vulnerabilities;
  if (v.status !== 'ok') return 'not checked';
  const n = v.counts;
  const open = v.findings.filter((f) => !f.suppressed).length;
  const parts = (['malicious', 'critical', 'high', 'medium', 'low', 'unknown'] as const)
    .filter((k) => n[k] > 0)
    .map((k) => `${n[k].toLocaleString('en-US')} ${k}`);
  const suppressed = n.suppressed > 0 ? ` (${n.suppressed} suppressed)` : '';
  return `**${open.toLocaleString('en-US')} open**${parts.length ? `: ${parts.join(', ')}` : ''}${suppressed}`;
}

export function postureCell(result: ScanResult): string {
  const p = result.posture;
  if (p.status !== 'ok') return 'not checked';
  return p.aggregateScore < 0 ? '? (no check could be scored)' : `**${p.aggregateScore.toFixed(1)}** / 10`;
}

function baselineCell(result: ScanResult): string {
  const b = result.baseline;
  return b.status === 'ok' ? `level **${b.levelReached}** of 3` : 'not checked';
}

export function headline(result: ScanResult): string[] {
  const pkgs = result.inventory.packages;
  const direct = pkgs.filter((p) => p.direct).length;
  const out = [`## Sterling: ${mdCode(result.target.name, { max: 100 })}`, ''];
  if (result.target.commit) out.push(`Commit ${mdCode(result.target.commit, { max: 64 })}`, '');
  out.push(
    '| Vulnerabilities | Posture score | OSPS Baseline | Packages |',
    '| --- | --- | --- | --- |',
    `| ${vulnerabilityCell(result)} | ${postureCell(result)} | ${baselineCell(result)} | ${pkgs.length} (${direct} direct) |`,
  );
  return out;
}

export function taskRow(t: Task, i: number): string {
  const first = t.steps[0] ?? '';
  const step = first ? `: ${mdTextWithCode(first, 240)}` : '';
  const cmd = t.command && !first.includes(t.command) ? ` Run ${mdCode(t.command, { max: 200 })}` : '';
  return `${i + 1}. **${mdTextWithCode(t.title, 120)}** (~${duration(t.effortMinutes)})${step}${cmd}`;
}

export function tasksBlock(tasks: readonly Task[], shown: number): Block {
  const more =
    tasks.length > shown ? ` (top ${shown} of ${tasks.length}; all of them: \`sterling tasks\`)` : '';
  return {
    head: ['', `### Next steps${more}`, ''],
    rows: tasks.slice(0, shown).map(taskRow),
    foot: [],
    priority: 2,
    noun: 'tasks',
  };
}

export function postureBlock(result: ScanResult): Block | undefined {
  const p = result.posture;
  if (p.status !== 'ok') return undefined;
  const checks = [...p.checks].sort(
    (a, b) => (a.score < 0 ? 11 : a.score) - (b.score < 0 ? 11 : b.score) || compareStrings(a.name, b.name),
  );
  const low = p.checks.filter((c) => c.status === 'scored' && c.score < 10).length;
  const rows = checks.map(
    (c) =>
      `| ${mdText(c.name, 60)} | ${c.status === 'scored' ? `${c.score} / 10` : `? (${c.status})`} | ${mdTextWithCode(c.reason, 160, true)} |`,
  );
  return details(
    `Posture: ${postureCell(result).replace(/\*/g, '')}, ${low} of ${p.checks.length} checks below 10`,
    ['| Check | Score | Reason |', '| --- | --- | --- |'],
    rows,
    { priority: 5, noun: 'posture checks' },
  );
}

export function baselineBlock(result: ScanResult): Block | undefined {
  const b = result.baseline;
  if (b.status !== 'ok') return undefined;
  const unmet = b.requirements
    .filter((r) => r.status === 'fail' || r.status === 'needs-review' || r.status === 'error')
    // What fails first (the evidence says no), then what could not be observed; by level, then id.
    .sort(
      (x, y) =>
        Number(x.status === 'needs-review') - Number(y.status === 'needs-review') ||
        x.level - y.level ||
        compareStrings(x.id, y.id),
    );
  const rows = unmet.map(
    (r) =>
      `| ${mdCode(r.id, { table: true, max: 40 })} | ${r.level} | ${r.status} | ${mdTextWithCode(r.title, 100, true)}: ${mdTextWithCode(r.reason, 160, true)} |`,
  );
  return details(
    `OSPS Baseline: level ${b.levelReached} of 3, ${unmet.length} requirements not met`,
    ['| Requirement | Level | Status | What and why |', '| --- | --- | --- | --- |'],
    rows,
    { priority: 6, noun: 'Baseline requirements', first: 30 },
  );
}

/** What could not be checked: sections not run, packages the matcher could not decide, unreadable files. */
export function notCheckedBlock(result: ScanResult): Block | undefined {
  const rows: string[] = [];
  for (const [name, s] of [
    ['Vulnerabilities', result.vulnerabilities],
    ['Posture', result.posture],
    ['OSPS Baseline', result.baseline],
  ] as const)
    if (s.status === 'not-run') rows.push(`- ${name}: ${mdText(s.reason, 200)}`);
  const v = result.vulnerabilities;
  if (v.status === 'ok') {
    if (v.unchecked.length > 0)
      rows.push(`- ${v.unchecked.length} packages could not be checked for vulnerabilities`);
    if (v.database.missingEcosystems.length > 0)
      rows.push(
        `- No vulnerability data for: ${v.database.missingEcosystems.map((e) => mdText(e, 40)).join(', ')}`,
      );
    if (v.database.updateError) rows.push(`- Database update failed: ${mdText(v.database.updateError, 200)}`);
  }
  const errors = [...result.diagnostics, ...result.inventory.diagnostics].filter((d) => d.level === 'error');
  if (errors.length > 0) rows.push(`- ${errors.length} files could not be read: their packages are missing`);
  if (rows.length === 0) return undefined;
  return details(`Not checked (${rows.length})`, [], rows, { priority: 3, noun: 'gaps' });
}
