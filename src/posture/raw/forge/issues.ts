/**
 * Maintained's issue activity, as Scorecard v5 reads it (the 30 most recently updated issues, each
 * with its last 30 comments) over REST: the 30 issues, then the comments created in the 90-day window
 * in one list across the repository — asked for only when some issue needs them (an issue a member
 * opened in the window counts without its comments).
 */
import type { ForgeClient, IssueActivity } from '../../../forge/index.js';
import { LOOKBACK_DAYS } from '../activity.js';
import { gathered } from './gathered.js';
import type { Gathered, IssueFacts } from './types.js';

/** Scorecard's issuesToAnalyze. */
export const ISSUES_READ = 30;
/** Comments read at most (three pages of 100). */
export const COMMENTS_READ = 300;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Scorecard's RepoAssociation.Gte(Collaborator) for GitHub's author_association values. */
export function isProjectMember(association: string): boolean {
  return association === 'OWNER' || association === 'MEMBER' || association === 'COLLABORATOR';
}

function openedByMemberSince(i: IssueActivity, threshold: number): boolean {
  return isProjectMember(i.authorAssociation) && Date.parse(i.createdAt) > threshold;
}

export async function collectIssues(client: ForgeClient, readAt: string): Promise<Gathered<IssueFacts>> {
  const threshold = Date.parse(readAt) - LOOKBACK_DAYS * DAY_MS;
  const since = new Date(threshold).toISOString();
  const issues = await client.listRecentIssues(ISSUES_READ);
  if (!issues.ok) return gathered(issues);
  const facts: IssueFacts = { issues: issues.data, comments: [], since, commentsTruncated: false };
  const needComments = issues.data.some(
    (i) => !openedByMemberSince(i, threshold) && i.comments > 0 && Date.parse(i.updatedAt) > threshold,
  );
  if (!needComments) return { ok: true, data: facts };
  const comments = await client.listRecentIssueComments(COMMENTS_READ, { since });
  if (!comments.ok) return gathered(comments);
  facts.comments = comments.data;
  facts.commentsTruncated = comments.data.length >= COMMENTS_READ;
  return { ok: true, data: facts };
}
