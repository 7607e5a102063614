/**
 * Code-Review with forge access: a changeset of the default branch that a merged pull request made
 * (its merge, squash or rebase commit is the pull request's `merge_commit_sha`) is judged as Scorecard
 * judges a GitHub changeset — approved when someone other than the pull request's author approved it
 * in a review, or merged it. Changesets no pull request in the list made keep their git-history
 * evidence (Gerrit, Phabricator, Piper markers, merges); the list holds the 30 most recently updated
 * merged pull requests, so an older one is "not seen", not "absent".
 */
import type { Changeset } from '../changesets.js';
import { isBot } from '../identity.js';
import { approvedByReview } from './pulls.js';
import type { ReviewedPullRequest } from './types.js';

export function applyPullRequests(
  changesets: readonly Changeset[],
  pulls: readonly ReviewedPullRequest[],
): { changesets: Changeset[]; matched: number } {
  const byCommit = new Map<string, ReviewedPullRequest>();
  for (const p of pulls) if (p.mergeCommitSha) byCommit.set(p.mergeCommitSha, p);
  let matched = 0;
  const out = changesets.map((c): Changeset => {
    const p = byCommit.get(c.sha);
    if (!p) return c;
    matched++;
    const author = { name: p.author ?? '', email: '' };
    const bot = isBot(author);
    if (approvedByReview(p)) return { sha: c.sha, evidence: 'pr-approved', reviewed: true, author, bot };
    const byOther = p.mergedBy != null && p.mergedBy !== p.author;
    return byOther
      ? { sha: c.sha, evidence: 'pr-merged-by-other', reviewed: true, author, bot }
      : { sha: c.sha, evidence: 'pr-unreviewed', reviewed: false, author, bot };
  });
  return { changesets: out, matched };
}
