import type { Task } from '../core/model/task.js';
import { compareStrings } from '../core/util/compare.js';

/** Best first: value per minute of effort (higher first), then id. */
export function compareTasks(a: Task, b: Task): number {
  return b.value / b.effortMinutes - a.value / a.effortMinutes || compareStrings(a.id, b.id);
}

export function rankTasks(tasks: readonly Task[]): Task[] {
  return [...tasks].sort(compareTasks);
}
