/**
 * Scorecard v5's tiered Branch-Protection score (checks/evaluation/branch_protection.go): points per
 * branch in five tiers; a tier counts only when every earlier tier is complete on every branch.
 * A setting the token cannot see (`not-available`) adds no points and, for admin-only settings, no
 * maximum either, as Scorecard does for non-admin tokens.
 */
import type { Finding } from '../../core/model/posture.js';

export interface Tiers {
  basic: number;
  review: number;
  adminReview: number;
  context: number;
  thoroughReview: number;
  codeownerReview: number;
  adminThoroughReview: number;
}

const zero = (): Tiers => ({
  basic: 0,
  review: 0,
  adminReview: 0,
  context: 0,
  thoroughReview: 0,
  codeownerReview: 0,
  adminThoroughReview: 0,
});

export interface BranchScore {
  scores: Tiers;
  maxes: Tiers;
}

/** Adds one finding's points to its branch (Scorecard's switch over probes). */
export function addFinding(b: BranchScore, f: Finding): void {
  const yes = f.outcome === 'true';
  const seen = f.outcome !== 'not-available';
  const add = (tier: keyof Tiers, score: boolean, max: boolean) => {
    if (score) b.scores[tier]++;
    if (max) b.maxes[tier]++;
  };
  switch (f.probe) {
    case 'blocksDeleteOnBranches':
    case 'blocksForcePushOnBranches':
      add('basic', yes, true);
      break;
    case 'dismissesStaleReviews':
    case 'branchProtectionAppliesToAdmins':
      add('adminThoroughReview', yes, seen);
      break;
    case 'requiresApproversForPullRequests': {
      const n = f.outcome === 'not-available' ? 0 : Number(f.values?.numberOfRequiredReviewers ?? 0);
      add('thoroughReview', yes && n >= 2, true);
      if (yes && n > 0) b.scores.review += 2;
      b.maxes.review += 2;
      break;
    }
    case 'requiresCodeOwnersReview':
      add('codeownerReview', yes, true);
      break;
    case 'requiresUpToDateBranches':
    case 'requiresLastPushApproval':
    case 'requiresPRsToChangeCode':
      add('adminReview', yes, seen);
      break;
    case 'runsStatusChecksBeforeMerging':
      add('context', yes, true);
      break;
  }
}

export function newBranchScore(): BranchScore {
  return { scores: zero(), maxes: zero() };
}

function normalize(score: number, max: number, level: number): number {
  return max === 0 ? level : (score * level) / max;
}

/**
 * computeFinalScore. Scorecard takes the maxima of one branch (a Go map's first entry, so any
 * branch) times the number of branches; Sterling takes the first branch, the default branch.
 */
export function finalScore(branches: readonly BranchScore[]): number {
  const n = branches.length;
  const max = branches[0]!.maxes;
  const sum = (pick: (t: Tiers) => number) => branches.reduce((a, b) => a + pick(b.scores), 0);
  let score = 0;
  const tiers: Array<[number, number, number]> = [
    [sum((t) => t.basic), max.basic * n, 3],
    [sum((t) => t.review + t.adminReview), (max.review + max.adminReview) * n, 3],
    [sum((t) => t.context), max.context * n, 2],
    [sum((t) => t.thoroughReview + t.codeownerReview), (max.thoroughReview + max.codeownerReview) * n, 1],
    [sum((t) => t.adminThoroughReview), max.adminThoroughReview * n, 1],
  ];
  for (const [got, most, level] of tiers) {
    score += normalize(got, most, level);
    if (got < most) break;
  }
  return Math.trunc(score);
}
