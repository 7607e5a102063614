/**
 * What `sterling tasks` lists: with a budget, the best set that fits (budget.ts); then at most
 * `limit` of them, in rank order. Also says which sections of the scan did not run, so that an
 * empty list is never read as a clean bill.
 */
import type { ScanResult } from '../core/model/scan-result.js';
import type { Task } from '../core/model/task.js';
import { fitBudget } from './budget.js';
import { buildTasks } from './index.js';

export interface TaskSelection {
  tasks: Task[];
  /** Every task the scan yielded, before budget and limit. */
  found: number;
  budgetMinutes?: number;
  limit?: number;
  /** Sections whose findings could not become tasks, and why. */
  notRun: { section: 'vulnerabilities' | 'posture' | 'baseline'; reason: string }[];
  /** Parts of sections that ran but could not see everything (plain sentences). */
  incomplete: string[];
  /** With a budget, the quickest task that did not fit, when none did. */
  quickestLeftOut?: Task;
}

export function selectTasks(
  result: ScanResult,
  options: { budgetMinutes?: number; limit?: number } = {},
): TaskSelection {
  const all = buildTasks(result);
  let tasks = options.budgetMinutes === undefined ? all : fitBudget(all, options.budgetMinutes);
  if (options.limit !== undefined) tasks = tasks.slice(0, options.limit);
  const selection: TaskSelection = {
    tasks,
    found: all.length,
    notRun: [],
    incomplete: incompleteNotes(result),
  };
  if (options.budgetMinutes !== undefined) selection.budgetMinutes = options.budgetMinutes;
  if (options.limit !== undefined) selection.limit = options.limit;
  for (const section of ['vulnerabilities', 'posture', 'baseline'] as const) {
    const s = result[section];
    if (s.status === 'not-run') selection.notRun.push({ section, reason: s.reason });
  }
  if (tasks.length === 0 && all.length > 0) {
    const quickest = [...all].sort((a, b) => a.effortMinutes - b.effortMinutes)[0];
    if (quickest) selection.quickestLeftOut = quickest;
  }
  return selection;
}

function incompleteNotes(result: ScanResult): string[] {
  const out: string[] = [];
  const v = result.vulnerabilities;
  if (v.status === 'ok') {
    if (v.database.missingEcosystems.length > 0)
      out.push(`the vulnerability database has no data for ${v.database.missingEcosystems.join(', ')}`);
    if (v.unchecked.length > 0)
      out.push(`${v.unchecked.length} package(s) could not be checked for vulnerabilities`);
  }
  const p = result.posture;
  if (p.status === 'ok') {
    const forge = p.checks.filter((c) => c.status === 'needs-forge').map((c) => c.name);
    if (forge.length > 0)
      out.push(`posture checks that need forge access were not scored: ${forge.join(', ')}`);
    const failed = p.checks.filter((c) => c.status === 'error').map((c) => c.name);
    if (failed.length > 0) out.push(`posture checks that failed: ${failed.join(', ')}`);
  }
  return out;
}
