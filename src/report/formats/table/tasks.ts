/** The end of `sterling scan`'s table: the next three tasks, with effort and the first step. */
import type { Colors } from 'picocolors/types.js';
import type { Task } from '../../../core/model/task.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';
import { duration } from '../tasks/table.js';
import { fitLine, heading, wrap } from './layout.js';

/** Tasks shown at the end of the table; `sterling tasks` lists them all. */
export const TABLE_TASKS = 3;

/** Empty when there is nothing to do. */
export function taskLines(tasks: readonly Task[], c: Colors, width: number): string[] {
  if (tasks.length === 0) return [];
  const out = ['', heading(c, 'Next', width)];
  tasks.slice(0, TABLE_TASKS).forEach((t, i) => {
    out.push(fitLine(`  ${i + 1}. ${c.bold(s(t.title))} ${c.dim(`· ~${duration(t.effortMinutes)}`)}`, width));
    const step = t.steps[0] ?? '';
    const first = t.command && !step.includes(t.command) ? `${step} Run: ${t.command}`.trim() : step;
    if (first) out.push(...wrap(s(first.replace(/\s+/g, ' ').trim()), width, '     ', 2));
  });
  out.push(
    fitLine(
      c.dim(`  Every step${tasks.length > TABLE_TASKS ? `, all ${tasks.length} tasks` : ''}: sterling tasks`),
      width,
    ),
  );
  return out;
}
