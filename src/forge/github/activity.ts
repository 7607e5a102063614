/**
 * Project activity the forge records: releases with their assets (`GET .../releases`, newest first),
 * recently updated issues (`GET .../issues?state=all&sort=updated`; pull requests, which that
 * endpoint also lists, are dropped) and recent comments on issues and pull requests
 * (`GET .../issues/comments?sort=created&direction=desc`, optionally `since` a time).
 */
import { z } from 'zod';
import type { IssueActivity, IssueComment, Release } from '../facts.js';
import type { ForgeResult } from '../types.js';
import { loginOf, Timestamp, UserRef } from './common-schema.js';
import { apiUrl, type GitHubContext, getList } from './request.js';

const Asset = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  content_type: z.string(),
  browser_download_url: z.string(),
});

const ReleaseItem = z.object({
  tag_name: z.string(),
  target_commitish: z.string().max(1000).nullable().optional(),
  draft: z.boolean(),
  prerelease: z.boolean(),
  created_at: Timestamp,
  published_at: Timestamp.nullable(),
  assets: z.array(Asset),
});

function toRelease(r: z.infer<typeof ReleaseItem>): Release {
  return {
    tagName: r.tag_name,
    targetCommitish: r.target_commitish ?? null,
    draft: r.draft,
    prerelease: r.prerelease,
    createdAt: r.created_at,
    publishedAt: r.published_at,
    assets: r.assets.map((a) => ({
      name: a.name,
      size: a.size,
      contentType: a.content_type,
      downloadUrl: a.browser_download_url,
    })),
  };
}

export function listReleases(ctx: GitHubContext, n: number): Promise<ForgeResult<Release[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/releases`, { per_page: Math.min(ctx.perPage, Math.max(1, n)) });
  return getList(ctx, url, z.array(ReleaseItem), (page) => page.map(toRelease), n);
}

const Issue = z.object({
  number: z.number().int().positive(),
  state: z.string(),
  user: UserRef,
  author_association: z.string(),
  comments: z.number().int().nonnegative(),
  created_at: Timestamp,
  updated_at: Timestamp,
  closed_at: Timestamp.nullable(),
  pull_request: z.unknown().optional(),
});

export function listRecentIssues(ctx: GitHubContext, n: number): Promise<ForgeResult<IssueActivity[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/issues`, {
    state: 'all',
    sort: 'updated',
    direction: 'desc',
    per_page: ctx.perPage,
  });
  const toIssue = (i: z.infer<typeof Issue>): IssueActivity => ({
    number: i.number,
    state: i.state,
    author: loginOf(i.user),
    authorAssociation: i.author_association,
    comments: i.comments,
    createdAt: i.created_at,
    updatedAt: i.updated_at,
    closedAt: i.closed_at,
  });
  return getList(
    ctx,
    url,
    z.array(Issue),
    (page) => page.filter((i) => i.pull_request === undefined).map(toIssue),
    n,
  );
}

const Comment = z.object({
  issue_url: z.string().max(2000),
  html_url: z.string().max(2000),
  user: UserRef,
  author_association: z.string(),
  created_at: Timestamp,
  updated_at: Timestamp,
});

/** `.../issues/123` -> 123 (the comment payload names its issue only by URL). */
function issueNumberOf(issueUrl: string): number | undefined {
  const n = Number(issueUrl.slice(issueUrl.lastIndexOf('/') + 1));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

const Comments = z.array(
  Comment.refine((c) => issueNumberOf(c.issue_url) !== undefined, 'issue_url names no issue'),
);

export function listRecentIssueComments(
  ctx: GitHubContext,
  n: number,
  since?: string,
): Promise<ForgeResult<IssueComment[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/issues/comments`, {
    sort: 'created',
    direction: 'desc',
    ...(since === undefined ? {} : { since }),
    per_page: ctx.perPage,
  });
  const toComment = (c: z.infer<typeof Comment>): IssueComment => ({
    issueNumber: issueNumberOf(c.issue_url) as number,
    onPullRequest: c.html_url.includes('/pull/'),
    author: loginOf(c.user),
    authorAssociation: c.author_association,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
  });
  return getList(ctx, url, Comments, (page) => page.map(toComment), n);
}
