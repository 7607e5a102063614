/**
 * The one scale tasks are ranked on. A task's `value` adds up its gains:
 *  - one point of the aggregate posture score (0..10)           = 10
 *  - a vulnerability removed, by severity (Scorecard's risk weights):
 *      critical 10, high 7.5, medium 5, low 2.5 (none/unknown count as low); malicious 15
 *  - an OSPS Baseline requirement met, by level: 1 = 4, 2 = 2, 3 = 1 (below a vulnerability: one
 *    change often meets several requirements at once, and they are not in themselves a hole)
 * A task about a package declared only in test, example or fixture files is worth a quarter.
 * Ranking is by value per minute of effort, then by id.
 */
import type { BaselineLevel } from '../core/model/baseline.js';
import type { SeverityLevel } from '../core/model/vulnerability.js';

export const VALUE_PER_SCORE_POINT = 10;

export const SEVERITY_VALUE: Readonly<Record<SeverityLevel | 'malicious', number>> = {
  malicious: 15,
  critical: 10,
  high: 7.5,
  medium: 5,
  low: 2.5,
  none: 2.5,
  unknown: 2.5,
};

export const BASELINE_LEVEL_VALUE: Readonly<Record<BaselineLevel, number>> = { 1: 4, 2: 2, 3: 1 };

/** Factor for tasks about packages found only in test, example or fixture files. */
export const TAGGED_FACTOR = 0.25;

/** Rounds to two decimals (values and score points are estimates; more digits only add noise). */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
