import type { GitFacts } from './git.js';

/** Scorecard's Maintained window and its commit depth (the last 30 commits of the default branch). */
export const LOOKBACK_DAYS = 90;
export const ACTIVITY_DEPTH = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What git history says about Maintained: recent commits and when the history began. */
export type ActivityFacts =
  | { available: false; reason: string }
  | {
      available: true;
      /** Commits among the last ACTIVITY_DEPTH whose committer date is within LOOKBACK_DAYS of `readAt`. */
      recentCommits: number;
      /** The first commit is within the window; undefined when a shallow clone hides it. */
      createdRecently: boolean | undefined;
      firstCommitDate?: string;
      /** Set when the count may miss commits (a shallow clone whose oldest commit is in the window). */
      partial?: string;
    };

export function collectActivity(git: GitFacts): ActivityFacts {
  if (!git.available) return { available: false, reason: git.reason };
  const threshold = Date.parse(git.readAt) - LOOKBACK_DAYS * DAY_MS;
  const window = git.commits.slice(0, ACTIVITY_DEPTH);
  const recentCommits = window.filter((c) => Date.parse(c.committerDate) > threshold).length;
  const first = git.firstCommitDate === undefined ? undefined : Date.parse(git.firstCommitDate);
  const oldestRead = git.oldestReadDate === undefined ? undefined : Date.parse(git.oldestReadDate);
  // The first commit is older than any commit read: an old commit read settles it.
  let createdRecently: boolean | undefined =
    first !== undefined
      ? first > threshold
      : oldestRead !== undefined && oldestRead <= threshold
        ? false
        : undefined;
  let partial: string | undefined;
  // A shallow clone cuts the history: its oldest commit is not the first one.
  if (git.shallow && first !== undefined && first > threshold) {
    createdRecently = undefined;
    if (window.length < ACTIVITY_DEPTH) {
      partial = `shallow clone: only ${git.commits.length} commit(s) present, the oldest within the last ${LOOKBACK_DAYS} days`;
    }
  }
  const facts: ActivityFacts = { available: true, recentCommits, createdRecently };
  if (git.firstCommitDate !== undefined) facts.firstCommitDate = git.firstCommitDate;
  if (partial) facts.partial = partial;
  return facts;
}
