import type { IssueComment } from '../../../forge/index.js';
import { finding, type Probe } from '../../probe.js';
import { LOOKBACK_DAYS } from '../../raw/activity.js';
import { isProjectMember } from '../../raw/forge/issues.js';
import type { IssueFacts } from '../../raw/forge/types.js';
import { fromForge, withoutForgeFact } from '../forge.js';
import { def } from './def.js';

/** Scorecard's issueCommentsToAnalyze: the last 30 comments of each issue. */
const COMMENTS_PER_ISSUE = 30;

/**
 * Scorecard's hasActivityByCollaboratorOrHigher over each of the recent issues: opened by a member
 * after the threshold, or one of its last 30 comments written by a member after it.
 */
export function issuesWithMemberActivity(facts: IssueFacts): number {
  const threshold = Date.parse(facts.since);
  const byIssue = new Map<number, IssueComment[]>();
  for (const c of facts.comments) {
    if (c.onPullRequest) continue;
    const list = byIssue.get(c.issueNumber) ?? [];
    list.push(c);
    byIssue.set(c.issueNumber, list);
  }
  let n = 0;
  for (const i of facts.issues) {
    if (isProjectMember(i.authorAssociation) && Date.parse(i.createdAt) > threshold) {
      n++;
      continue;
    }
    // Comments in the window are the issue's newest: its last 30 are the 30 newest of them.
    const newest = (byIssue.get(i.number) ?? [])
      .filter((c) => Date.parse(c.createdAt) > threshold)
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
      .slice(0, COMMENTS_PER_ISSUE);
    if (newest.some((c) => isProjectMember(c.authorAssociation))) n++;
  }
  return n;
}

export const issueActivityByProjectMember: Probe = {
  ...def,
  run(raw) {
    const fact = raw.forge.issues;
    if (!fact.ok)
      return [withoutForgeFact(def, 'needs forge access: issue activity by project members', fact.reason)];
    const n = issuesWithMemberActivity(fact.data);
    const values = fromForge({
      numberOfIssuesUpdatedWithinThreshold: String(n),
      lookBackDays: String(LOOKBACK_DAYS),
      issuesRead: String(fact.data.issues.length),
    });
    if (fact.data.commentsTruncated)
      values.partial = `only the newest ${fact.data.comments.length} comments were read`;
    return n > 0
      ? [finding(def, 'true', 'Found a issue within the threshold.', undefined, values)]
      : [finding(def, 'false', 'Did not find issues within the threshold.', undefined, values)];
  },
};
