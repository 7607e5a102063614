import { compareStrings } from '../../core/util/compare.js';
import type { GitFacts } from './git.js';
import { isBot, orgDomain } from './identity.js';

/** Scorecard's minimum contributions for a contributor's organisations to count. */
export const MIN_CONTRIBUTIONS = 5;

export type ContributorFacts =
  | { available: false; reason: string }
  | {
      available: true;
      /** Organisation e-mail domains of authors with at least MIN_CONTRIBUTIONS commits, sorted. */
      organizations: string[];
      /** Human authors (by e-mail address) among the commits read. */
      authors: number;
      commitsRead: number;
      partial?: string;
    };

/**
 * Approximates Scorecard's contributing companies/organisations from history: commits read (the
 * last MAX_COMMITS) are counted per author e-mail; the registrable domain of each author with at
 * least MIN_CONTRIBUTIONS commits is an "organisation" unless it is a personal or no-reply domain.
 */
export function collectContributors(git: GitFacts): ContributorFacts {
  if (!git.available) return { available: false, reason: git.reason };
  const counts = new Map<string, number>();
  for (const c of git.commits) {
    if (isBot({ name: c.authorName, email: c.authorEmail })) continue;
    const email = c.authorEmail.trim().toLowerCase();
    counts.set(email, (counts.get(email) ?? 0) + 1);
  }
  const orgs = new Set<string>();
  for (const [email, n] of counts) {
    if (n < MIN_CONTRIBUTIONS) continue;
    const org = orgDomain(email);
    if (org) orgs.add(org);
  }
  const facts: ContributorFacts = {
    available: true,
    organizations: [...orgs].sort(compareStrings),
    authors: counts.size,
    commitsRead: git.commits.length,
  };
  if (git.shallow && !git.truncated)
    facts.partial = `shallow clone: only ${git.commits.length} commit(s) present`;
  return facts;
}
