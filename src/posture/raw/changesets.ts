import type { CommitFact, GitFacts } from './git.js';
import { isBot, isForgeCommitter, type Person, samePerson } from './identity.js';
import { trailerValues } from './trailers.js';

/**
 * How a changeset's review shows in history. `gerrit`, `phabricator`, `piper`: Scorecard's review
 * platforms (reviewed by definition); `reviewed-by`: a Reviewed-by trailer by someone else than the
 * author; `merge`: a branch merged by someone else than its author; `self-merge`: merged by its own
 * author; `forge-merge`: committed by the forge (squash/rebase merge: the review is on the forge);
 * `merged-tip-missing`: a merge whose branch is not in the clone; `direct`: a plain commit. With
 * forge access, a changeset a merged pull request made: `pr-approved` (an approving review by someone
 * else), `pr-merged-by-other` (merged by someone else), `pr-unreviewed` (neither).
 */
export type ReviewEvidence =
  | 'gerrit'
  | 'phabricator'
  | 'piper'
  | 'reviewed-by'
  | 'merge'
  | 'self-merge'
  | 'forge-merge'
  | 'merged-tip-missing'
  | 'direct'
  | 'pr-approved'
  | 'pr-merged-by-other'
  | 'pr-unreviewed';

export interface Changeset {
  sha: string;
  evidence: ReviewEvidence;
  /** true: reviewed; false: no review in history; undefined: history cannot tell (only the forge can). */
  reviewed: boolean | undefined;
  author: Person;
  bot: boolean;
}

export type ChangesetFacts =
  | { available: false; reason: string }
  | { available: true; changesets: Changeset[]; partial?: string };

const author = (c: CommitFact): Person => ({ name: c.authorName, email: c.authorEmail });

/** Phabricator's `Differential Revision: ... D123` (Scorecard's pattern, scanned without a regex). */
function hasRevision(value: string): boolean {
  for (let i = value.indexOf('D'); i >= 0; i = value.indexOf('D', i + 1)) {
    const c = value.charCodeAt(i + 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function digits(value: string): boolean {
  if (value.length < 3) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The review evidence of one first-parent commit; `tips` maps merged branch tips by sha. */
export function reviewOf(c: CommitFact, tips: ReadonlyMap<string, CommitFact>): Changeset {
  const t = c.trailers;
  const make = (
    evidence: ReviewEvidence,
    reviewed: boolean | undefined,
    who: Person = author(c),
  ): Changeset => ({
    sha: c.sha,
    evidence,
    reviewed,
    author: who,
    bot: isBot(who),
  });
  if (trailerValues(t, 'Differential Revision').some(hasRevision)) return make('phabricator', true);
  const reviewers = trailerValues(t, 'Reviewed-by');
  if (reviewers.length > 0 && trailerValues(t, 'Reviewed-on').length > 0) return make('gerrit', true);
  if (trailerValues(t, 'PiperOrigin-RevId').some(digits)) return make('piper', true);
  if (c.parents.length > 1) {
    const tip = tips.get(c.parents[1]!);
    if (!tip) return make('merged-tip-missing', undefined);
    const branchAuthor = author(tip);
    return samePerson(author(c), branchAuthor)
      ? make('self-merge', false, branchAuthor)
      : make('merge', true, branchAuthor);
  }
  if (reviewers.some((r) => !mentions(r, author(c)))) return make('reviewed-by', true);
  if (isForgeCommitter({ name: c.committerName, email: c.committerEmail }))
    return make('forge-merge', undefined);
  return make('direct', false);
}

/** A `Name <email>` trailer value names this person (by address, else by name). */
function mentions(value: string, p: Person): boolean {
  const lt = value.lastIndexOf('<');
  const gt = value.lastIndexOf('>');
  if (lt >= 0 && gt > lt) {
    return samePerson({ name: value.slice(0, lt), email: value.slice(lt + 1, gt) }, p);
  }
  return samePerson({ name: value, email: '' }, p);
}

/** The review evidence of the last changesets of the first-parent line. */
export function collectChangesets(git: GitFacts): ChangesetFacts {
  if (!git.available) return { available: false, reason: git.reason };
  const tips = new Map(git.mergedTips.map((c) => [c.sha, c]));
  const changesets = git.changesets.map((c) => reviewOf(c, tips));
  const facts: ChangesetFacts = { available: true, changesets };
  if (git.shallow && git.changesets.length < 30) {
    facts.partial = `shallow clone: only ${git.changesets.length} changeset(s) present`;
  }
  return facts;
}
