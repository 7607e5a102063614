/**
 * `--budget`: the best set of tasks that fits a time budget. Exact 0/1 knapsack over whole minutes
 * maximising total value (budgets are hours, not weeks, so the table stays small); the chosen
 * tasks are returned in rank order.
 */
import { UsageError } from '../core/errors/index.js';
import type { Task } from '../core/model/task.js';
import { compareTasks } from './rank.js';

/** A week of evenings is plenty; larger budgets are refused rather than silently clipped. */
export const MAX_BUDGET_MINUTES = 10_080;
/** Tasks considered by the knapsack (the best-ranked ones); a scan yields far fewer. */
export const MAX_KNAPSACK_TASKS = 2_000;

/** `90` (minutes), `30m`, `2h`, `1h30m`, `1.5h` -> whole minutes. */
export function parseBudget(text: string): number {
  const t = text.trim().toLowerCase();
  const m = /^(?:(\d{1,5}(?:\.\d{1,2})?)h)?(?:(\d{1,6})m?)?$/.exec(t);
  const hours = m?.[1];
  const minutes = m?.[2];
  if (!m || t === '' || (hours === undefined && minutes === undefined)) {
    throw new UsageError(
      `--budget: "${text.slice(0, 40)}" is not a duration`,
      'Use minutes or hours, e.g. --budget 30m, --budget 2h, --budget 90.',
    );
  }
  const total = Math.round(Number(hours ?? 0) * 60 + Number(minutes ?? 0));
  if (total < 1 || total > MAX_BUDGET_MINUTES) {
    throw new UsageError(
      `--budget: ${text.slice(0, 40)} is outside 1 minute .. ${MAX_BUDGET_MINUTES / 60} hours`,
      'Use e.g. --budget 30m or --budget 2h.',
    );
  }
  return total;
}

/**
 * The subset of `tasks` with effort sum <= `budget` minutes and the largest total value (ties:
 * the set that the rank order reaches first). Returned in rank order.
 */
export function fitBudget(tasks: readonly Task[], budget: number): Task[] {
  const items = [...tasks]
    .sort(compareTasks)
    .slice(0, MAX_KNAPSACK_TASKS)
    .filter((t) => t.effortMinutes <= budget);
  const cap = Math.max(0, Math.floor(budget));
  // best[w] = best value within w minutes using the items seen so far; take[i] marks item i used at w.
  const best = new Float64Array(cap + 1);
  const take: Uint8Array[] = [];
  for (const item of items) {
    const w = Math.max(1, Math.ceil(item.effortMinutes));
    const row = new Uint8Array(cap + 1);
    for (let c = cap; c >= w; c--) {
      const withIt = best[c - w]! + item.value;
      if (withIt > best[c]! + 1e-9) {
        best[c] = withIt;
        row[c] = 1;
      }
    }
    take.push(row);
  }
  const chosen: Task[] = [];
  let c = cap;
  for (let i = items.length - 1; i >= 0; i--) {
    if (take[i]![c] === 1) {
      chosen.push(items[i]!);
      c -= Math.max(1, Math.ceil(items[i]!.effortMinutes));
    }
  }
  return chosen.sort(compareTasks);
}
