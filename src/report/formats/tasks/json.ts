/** `sterling tasks --format json`: the selected tasks in a small versioned document (schema/tasks.schema.json). */
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { Task } from '../../../core/model/task.js';
import type { TaskSelection } from '../../../tasks/select.js';
import { round2 } from '../../../tasks/value.js';

export const TASKS_SCHEMA_VERSION = '1.0.0';

export interface TasksDocument {
  schemaVersion: typeof TASKS_SCHEMA_VERSION;
  tool: ScanResult['tool'];
  target: ScanResult['target'];
  createdAt: string;
  budgetMinutes?: number;
  limit?: number;
  /** Tasks the scan yielded before budget and limit. */
  found: number;
  totalEffortMinutes: number;
  totalValue: number;
  notRun: TaskSelection['notRun'];
  incomplete: string[];
  /** Best first. */
  tasks: Task[];
}

export function tasksDocument(result: ScanResult, selection: TaskSelection): TasksDocument {
  const doc: TasksDocument = {
    schemaVersion: TASKS_SCHEMA_VERSION,
    tool: result.tool,
    target: result.target,
    createdAt: result.createdAt,
    found: selection.found,
    totalEffortMinutes: selection.tasks.reduce((n, t) => n + t.effortMinutes, 0),
    totalValue: round2(selection.tasks.reduce((n, t) => n + t.value, 0)),
    notRun: selection.notRun,
    incomplete: selection.incomplete,
    tasks: selection.tasks,
  };
  if (selection.budgetMinutes !== undefined) doc.budgetMinutes = selection.budgetMinutes;
  if (selection.limit !== undefined) doc.limit = selection.limit;
  return doc;
}

export function renderTasksJson(result: ScanResult, selection: TaskSelection): string {
  return `${JSON.stringify(tasksDocument(result, selection), null, 2)}\n`;
}
