/**
 * Tasks from a ScanResult: every actionable finding (failed posture probe, vulnerability with a
 * fix, unmet OSPS Baseline requirement, missing policy file) as a task with a title, why, effort,
 * gain, value and steps; one change that does several (e.g. SECURITY.md) is one task. Ranked by
 * value per minute (value.ts), then id. Pure: no IO.
 */
import type { ScanResult } from '../core/model/scan-result.js';
import type { Task } from '../core/model/task.js';
import { baselineParts } from './baseline.js';
import { mergeParts, type TaskPart } from './part.js';
import { postureParts } from './posture.js';
import { rankTasks } from './rank.js';
import { vulnerabilityParts } from './vulns.js';

export { compareTasks, rankTasks } from './rank.js';
export { BASELINE_LEVEL_VALUE, SEVERITY_VALUE, TAGGED_FACTOR, VALUE_PER_SCORE_POINT } from './value.js';

/** Every task of the scan, ranked (best value per minute first). */
export function buildTasks(result: ScanResult): Task[] {
  const parts: TaskPart[] = [];
  if (result.posture.status === 'ok') parts.push(...postureParts(result.posture));
  if (result.vulnerabilities.status === 'ok')
    parts.push(...vulnerabilityParts(result, result.vulnerabilities));
  if (result.baseline.status === 'ok') parts.push(...baselineParts(result.baseline));
  return rankTasks(mergeParts(parts));
}
