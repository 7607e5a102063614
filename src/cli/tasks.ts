/**
 * `sterling tasks [target]`: what to do next. Runs the scan pipeline (inventory, vulnerability
 * matching, posture, Baseline) with `scan`'s flags, turns the findings into ranked tasks
 * (src/tasks) and lists them; `--budget` picks the best set that fits the time given.
 * Never fails on findings: the list is the output.
 */
import { Command, Option } from 'commander';
import { UsageError } from '../core/errors/index.js';
import { forgeOptions } from './forge-options.js';
import { targetOptions } from './options.js';
import type { CliIO, RunScanFlags } from './run-scan.js';
import { vulnOptions } from './vuln-options.js';

export const TASKS_FORMATS = ['table', 'json'] as const;
const MAX_LIMIT = 10_000;
/** Matching flags that only decide an exit code: `tasks` has none to decide. */
const GATE_FLAGS = new Set(['--fail-on', '--fail-on-tagged']);

interface TasksFlags extends RunScanFlags {
  budget?: string;
  limit?: string;
}

export function parseLimit(text: string): number {
  if (!/^\d{1,6}$/.test(text.trim()) || Number(text) < 1 || Number(text) > MAX_LIMIT) {
    throw new UsageError(
      `--limit: "${text.slice(0, 40)}" is not a number of tasks`,
      `Use a whole number from 1 to ${MAX_LIMIT}, e.g. --limit 3.`,
    );
  }
  return Number(text);
}

export function tasksCommand(io: CliIO, setCode: (code: number) => void): Command {
  const cmd = new Command('tasks')
    .description(
      'What to do next: actionable findings (posture, vulnerabilities with a fix, OSPS Baseline, missing policy files) as tasks with effort, gain and steps, best value per minute first',
    )
    .argument('[target]', 'folder or git URL (https://, ssh://, git@host:path)', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(TASKS_FORMATS).default('table'))
    .addOption(
      new Option(
        '--budget <time>',
        'list the best set of tasks that fits this time: minutes (90, 30m) or hours (2h, 1h30m)',
      ),
    )
    .addOption(new Option('--limit <n>', 'list at most n tasks (after --budget)'))
    .addOption(
      new Option('--no-posture', 'skip the posture checks and the OSPS Baseline (no tasks from them)'),
    )
    .exitOverride();
  for (const o of vulnOptions()) if (!GATE_FLAGS.has(o.long ?? '')) cmd.addOption(o);
  for (const o of forgeOptions()) cmd.addOption(o);
  for (const o of targetOptions()) cmd.addOption(o);
  cmd.action(async (target: string, flags: TasksFlags) => {
    const { parseBudget } = await import('../tasks/budget.js');
    const options: { budgetMinutes?: number; limit?: number } = {};
    if (flags.budget !== undefined) options.budgetMinutes = parseBudget(flags.budget);
    if (flags.limit !== undefined) options.limit = parseLimit(flags.limit);
    const { runScan } = await import('./run-scan.js');
    const { tasksFormat } = await import('../report/formats/tasks/index.js');
    const format = tasksFormat(flags.format === 'json' ? 'json' : 'table', options);
    const scanFlags = { ...flags, baseline: flags.posture === true, gate: false };
    setCode(await runScan(target, scanFlags, format, io));
  });
  return cmd;
}
