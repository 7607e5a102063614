/**
 * Merged pull requests into the default branch, read once for CI-Tests, SAST (the CI results on
 * their head commits) and Code-Review (their reviews and, when no review approves one, who merged
 * it: Scorecard counts the merger as an approver).
 */
import type { ForgeClient, MergedPullRequest } from '../../../forge/index.js';
import { gathered } from './gathered.js';
import type { CiRevision, Gathered, ReviewedPullRequest } from './types.js';

/** Scorecard looks at the changes behind the last 30 commits of the default branch. */
export const CI_PULL_REQUESTS = 30;

export async function mergedPullRequests(
  client: ForgeClient,
  defaultBranch: string,
): Promise<Gathered<MergedPullRequest[]>> {
  const pulls = await client.listRecentMergedPullRequests(CI_PULL_REQUESTS, { reviews: false });
  if (!pulls.ok) return gathered(pulls);
  return { ok: true, data: pulls.data.filter((p) => p.baseRef === defaultBranch) };
}

/** Scorecard's codeApproved: an APPROVED review by someone other than the pull request's author. */
export function approvedByReview(p: MergedPullRequest): boolean {
  return p.reviews.some((r) => r.state === 'APPROVED' && r.author !== p.author);
}

/**
 * Each pull request's reviews and, when none approves it, who merged it (one or two requests each).
 * Read apart from the list, so that CI-Tests and SAST do not depend on them.
 */
export async function withReviews(
  client: ForgeClient,
  pulls: readonly MergedPullRequest[],
): Promise<Gathered<ReviewedPullRequest[]>> {
  const out: ReviewedPullRequest[] = [];
  for (const p of pulls) {
    const reviews = await client.listPullRequestReviews(p.number);
    if (!reviews.ok) return gathered(reviews);
    const reviewed = { ...p, reviews: reviews.data };
    if (approvedByReview(reviewed)) {
      out.push(reviewed);
      continue;
    }
    const merger = await client.getPullRequestMerger(p.number);
    if (!merger.ok) return gathered(merger);
    out.push({ ...reviewed, mergedBy: merger.data });
  }
  return { ok: true, data: out };
}

/** The CI results on each merged pull request's head commit (each commit once). */
export async function ciRevisions(
  client: ForgeClient,
  pulls: readonly MergedPullRequest[],
): Promise<Gathered<CiRevision[]>> {
  const out: CiRevision[] = [];
  for (const p of pulls) {
    if (out.some((r) => r.headSha === p.headSha)) continue;
    const runs = await client.listCheckRunsForRef(p.headSha);
    if (!runs.ok) return gathered(runs);
    const statuses = await client.listCommitStatuses(p.headSha);
    if (!statuses.ok) return gathered(statuses);
    out.push({ pullRequest: p.number, headSha: p.headSha, checkRuns: runs.data, statuses: statuses.data });
  }
  return { ok: true, data: out };
}
