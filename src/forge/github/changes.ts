/**
 * What happened to changes before they landed: recent merged pull requests with their reviews
 * (`GET .../pulls?state=closed`, then `GET .../pulls/{n}/reviews` for each; `GET .../pulls/{n}` for who
 * merged one), and the CI results on a
 * commit (`GET .../commits/{ref}/check-runs`, `GET .../commits/{ref}/statuses`).
 */
import { z } from 'zod';
import type { CheckRun, CommitStatus, MergedPullRequest, Review } from '../facts.js';
import type { ForgeResult } from '../types.js';
import { loginOf, Sha, Timestamp, UserRef } from './common-schema.js';
import { apiUrl, type GitHubContext, getList, getOne } from './request.js';

const Pull = z.object({
  number: z.number().int().positive(),
  user: UserRef,
  author_association: z.string(),
  merged_at: Timestamp.nullable(),
  merge_commit_sha: Sha.nullable(),
  base: z.object({ ref: z.string() }),
  head: z.object({ sha: Sha }),
});

const ReviewItem = z.object({
  user: UserRef,
  author_association: z.string(),
  state: z.string(),
  submitted_at: Timestamp.nullable().optional(),
  commit_id: Sha.nullable().optional(),
});

function toReview(r: z.infer<typeof ReviewItem>): Review {
  return {
    author: loginOf(r.user),
    authorAssociation: r.author_association,
    state: r.state,
    submittedAt: r.submitted_at ?? null,
    commitId: r.commit_id ?? null,
  };
}

/** Every review of one pull request (`GET .../pulls/{n}/reviews`, all pages). */
export function listPullRequestReviews(
  ctx: GitHubContext,
  pullNumber: number,
): Promise<ForgeResult<Review[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/pulls/${pullNumber}/reviews`, { per_page: ctx.perPage });
  return getList(ctx, url, z.array(ReviewItem), (page) => page.map(toReview), Number.MAX_SAFE_INTEGER);
}

export async function listRecentMergedPullRequests(
  ctx: GitHubContext,
  n: number,
  withReviews = true,
): Promise<ForgeResult<MergedPullRequest[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/pulls`, {
    state: 'closed',
    sort: 'updated',
    direction: 'desc',
    per_page: ctx.perPage,
  });
  const pulls = await getList(ctx, url, z.array(Pull), (page) => page.filter((p) => p.merged_at !== null), n);
  if (!pulls.ok) return pulls;
  const out: MergedPullRequest[] = [];
  // One at a time: GitHub asks clients not to send concurrent requests (secondary limits).
  for (const p of pulls.data) {
    const pull = {
      number: p.number,
      author: loginOf(p.user),
      authorAssociation: p.author_association,
      mergedAt: p.merged_at as string,
      baseRef: p.base.ref,
      headSha: p.head.sha,
      mergeCommitSha: p.merge_commit_sha,
    };
    if (!withReviews) {
      out.push({ ...pull, reviews: [] });
      continue;
    }
    const reviews = await listPullRequestReviews(ctx, p.number);
    if (!reviews.ok) return reviews;
    out.push({ ...pull, reviews: reviews.data });
  }
  return { ok: true, data: out };
}

const PullDetail = z.object({ merged_by: UserRef.optional() });

/** `merged_by` of one pull request (the list endpoint does not carry it). */
export async function getPullRequestMerger(
  ctx: GitHubContext,
  pullNumber: number,
): Promise<ForgeResult<string | null>> {
  const r = await getOne(ctx, apiUrl(ctx, `${ctx.repoPath}/pulls/${pullNumber}`), PullDetail);
  return r.ok ? { ok: true, data: loginOf(r.data.merged_by ?? null) } : r;
}

const CheckRunsPage = z.object({
  total_count: z.number().int().nonnegative(),
  check_runs: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      conclusion: z.string().nullable(),
      app: z.object({ slug: z.string().optional() }).nullable(),
      head_sha: Sha,
      completed_at: Timestamp.nullable(),
    }),
  ),
});

export function listCheckRunsForRef(ctx: GitHubContext, ref: string): Promise<ForgeResult<CheckRun[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/commits/${encodeURIComponent(ref)}/check-runs`, {
    per_page: ctx.perPage,
  });
  const toRun = (r: z.infer<typeof CheckRunsPage>['check_runs'][number]): CheckRun => ({
    name: r.name,
    status: r.status,
    conclusion: r.conclusion,
    app: r.app?.slug ?? null,
    headSha: r.head_sha,
    completedAt: r.completed_at,
  });
  return getList(ctx, url, CheckRunsPage, (page) => page.check_runs.map(toRun), Number.MAX_SAFE_INTEGER);
}

const Status = z.object({
  context: z.string(),
  state: z.string(),
  target_url: z.string().max(2000).nullable().optional(),
  creator: UserRef.optional(),
  updated_at: Timestamp,
});

export function listCommitStatuses(ctx: GitHubContext, ref: string): Promise<ForgeResult<CommitStatus[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/commits/${encodeURIComponent(ref)}/statuses`, {
    per_page: ctx.perPage,
  });
  const toStatus = (s: z.infer<typeof Status>): CommitStatus => ({
    context: s.context,
    state: s.state,
    targetUrl: s.target_url ?? null,
    creator: loginOf(s.creator ?? null),
    updatedAt: s.updated_at,
  });
  return getList(ctx, url, z.array(Status), (page) => page.map(toStatus), Number.MAX_SAFE_INTEGER);
}
