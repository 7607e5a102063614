import type { CheckResult, Risk } from '../core/model/posture.js';

/** Scorecard's risk weights (pkg/scorecard/scorecard_result.go GetAggregateScore). */
export const RISK_WEIGHTS: Readonly<Record<Risk, number>> = { Critical: 10, High: 7.5, Medium: 5, Low: 2.5 };

/**
 * The weighted mean of the scored checks, one decimal as Scorecard prints it (Go's %.1f: exact
 * ties round to even); -1 when no check has a score. Checks with score -1 are left out, never 0.
 */
export function aggregateScore(checks: readonly Pick<CheckResult, 'risk' | 'score'>[]): number {
  let total = 0;
  let sum = 0;
  for (const c of checks) {
    if (c.score < 0) continue;
    total += RISK_WEIGHTS[c.risk];
    sum += RISK_WEIGHTS[c.risk] * c.score;
  }
  if (total === 0) return -1;
  return oneDecimal(sum / total);
}

/** Rounds like Go's fmt %.1f: to nearest, an exact binary tie to the even digit. */
export function oneDecimal(x: number): number {
  // A double lies exactly halfway between two one-decimal values only when it ends in .25 or .75
  // (x * 4 is then an odd integer, and x * 4 is computed exactly).
  const q = x * 4;
  if (Number.isInteger(q) && q % 2 !== 0) {
    const floor = Math.floor(x * 10);
    return (floor % 2 === 0 ? floor : floor + 1) / 10;
  }
  return Number(x.toFixed(1));
}
