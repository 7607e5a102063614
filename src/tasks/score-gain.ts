import type { CheckResult } from '../core/model/posture.js';
import { RISK_WEIGHTS } from '../posture/aggregate.js';

function weightedMean(
  checks: readonly Pick<CheckResult, 'name' | 'risk' | 'score'>[],
  name: string,
  score: number,
) {
  let total = 0;
  let sum = 0;
  for (const c of checks) {
    const s = c.name === name ? score : c.score;
    if (s < 0) continue;
    total += RISK_WEIGHTS[c.risk];
    sum += RISK_WEIGHTS[c.risk] * s;
  }
  return total === 0 ? 0 : sum / total;
}

/**
 * How much the aggregate score (src/posture/aggregate.ts weights, unrounded) rises when check
 * `name` goes from its score to `score`; 0 when the check is not scored (needs-forge,
 * inconclusive, error: nothing says what its score would become).
 */
export function scoreRise(
  checks: readonly Pick<CheckResult, 'name' | 'risk' | 'score' | 'status'>[],
  name: string,
  score: number,
): number {
  const check = checks.find((c) => c.name === name);
  if (check?.status !== 'scored' || check.score < 0 || score <= check.score) return 0;
  return weightedMean(checks, name, score) - weightedMean(checks, name, check.score);
}
