/**
 * `sterling tasks`' terminal output: rank, effort, gain and title, then why, the gain in words,
 * the steps and the command, indented. Every text from the scan is sanitised for the terminal.
 */
import pc from 'picocolors';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { Task } from '../../../core/model/task.js';
import type { RenderOptions } from '../../../core/plugin/format.js';
import type { TaskSelection } from '../../../tasks/select.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';
import { pad } from '../table/layout.js';
import { gainLong, gainShort } from './gain-text.js';

const GAIN_WIDTH = 22;
const INDENT = ' '.repeat(4 + 9 + GAIN_WIDTH);

/** `45 min`, `2 h`, `1 h 30 min`: a task's effort (also in the scan table's and Markdown's next tasks). */
export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function taskLines(t: Task, rank: number, c: ReturnType<typeof pc.createColors>): string[] {
  const out = [
    `${pad(String(rank), 4)}${pad(duration(t.effortMinutes), 9)}${pad(gainShort(t.gain), GAIN_WIDTH)}${c.bold(s(t.title))}`,
    `${INDENT}${c.dim('why:')} ${s(t.why)}`,
    `${INDENT}${c.dim('gain:')} ${s(gainLong(t.gain))}`,
  ];
  for (const [i, step] of t.steps.entries()) out.push(`${INDENT}${i + 1}. ${s(step)}`);
  if (t.command) out.push(`${INDENT}${c.dim('run:')} ${c.cyan(s(t.command))}`);
  out.push(`${INDENT}${c.dim(`id: ${s(t.id)}`)}`);
  return out;
}

function heading(sel: TaskSelection): string {
  const effort = sel.tasks.reduce((n, t) => n + t.effortMinutes, 0);
  const listed = `${sel.tasks.length} of ${sel.found} task${sel.found === 1 ? '' : 's'}`;
  const budget = sel.budgetMinutes === undefined ? '' : ` fitting ${duration(sel.budgetMinutes)}`;
  return `${listed}${budget}, ${duration(effort)} in all, best value per minute first`;
}

function nothing(sel: TaskSelection): string {
  if (sel.found > 0 && sel.budgetMinutes !== undefined) {
    const q = sel.quickestLeftOut;
    return `No task fits in ${duration(sel.budgetMinutes)}${q ? `: the quickest, "${s(q.title)}", takes ${duration(q.effortMinutes)}` : ''}.`;
  }
  const ran = (['vulnerabilities', 'posture', 'baseline'] as const).filter(
    (x) => !sel.notRun.some((n) => n.section === x),
  );
  if (ran.length === 0) return 'Nothing to do could be found: no section that yields tasks ran (see below).';
  return `Nothing to do: no actionable finding in ${ran.join(', ')}${sel.notRun.length > 0 || sel.incomplete.length > 0 ? ' (but see what was not checked, below)' : ''}.`;
}

export function renderTasksTable(
  result: ScanResult,
  sel: TaskSelection,
  options: RenderOptions = {},
): string {
  const c = pc.createColors(options.color === true);
  const out = [
    c.bold(`Sterling ${result.tool.version} · ${s(result.target.name)}`) +
      c.dim(` (${s(result.target.input)})`),
    '',
  ];
  if (sel.tasks.length === 0) out.push(nothing(sel));
  else {
    out.push(heading(sel), '', c.dim(`${pad('#', 4)}${pad('effort', 9)}${pad('gain', GAIN_WIDTH)}task`));
    for (const [i, t] of sel.tasks.entries()) out.push(...(i > 0 ? [''] : []), ...taskLines(t, i + 1, c));
  }
  if (sel.notRun.length > 0 || sel.incomplete.length > 0) out.push('');
  for (const n of sel.notRun) out.push(c.yellow(`Not checked: ${n.section}: ${s(n.reason)}`));
  for (const n of sel.incomplete) out.push(c.yellow(`Incomplete: ${s(n)}`));
  return `${out.join('\n')}\n`;
}
