import type { ProbeDef } from '../../probe.js';

export const def: ProbeDef = {
  id: 'codeApproved',
  short: 'Every recent changeset was reviewed by someone other than its author.',
  motivation:
    'Review by a second person catches mistakes and makes it harder to slip malicious code in through one compromised account.',
  implementation:
    "From git history, over the last 30 commits of HEAD's first-parent line (each merge stands for the branch it merged). Reviewed: Scorecard's review platforms — Phabricator (`Differential Revision: … D123`), Gerrit (`Reviewed-on:` and `Reviewed-by:`), Piper (`PiperOrigin-RevId:`) —; a merge whose branch tip was written by someone else than the merger (Scorecard counts the person who merges a pull request as an approver); and, a Sterling addition, a `Reviewed-by:` trailer naming someone else than the author. Not reviewed: direct commits and merges of one's own branch. Unknown, left out of the count: squash or rebase merges made by the forge (committer noreply@github.com: the review is on the forge) and merges whose branch is missing from the clone. Bot changesets (`[bot]` accounts, Dependabot, Renovate) are handled as in Scorecard: reviewed ones are not counted, unreviewed ones count but are not human activity. Trailers are read from the last 16 KiB of each message with string scans. With forge access, a changeset that one of the 30 most recently updated merged pull requests into the default branch made (its `merge_commit_sha`) is judged as Scorecard judges a GitHub changeset: approved when an APPROVED review is by someone other than the pull request's author, or when someone else merged it (`merged_by`, read only for pull requests no review approves); its author is the pull request's (a `[bot]` login is a bot). Value pullRequests: how many changesets a pull request decided. Scorecard's Prow labels (lgtm, approved) are not read.",
  remediation: {
    text: 'Merge changes through pull requests reviewed by another maintainer (require an approving review in branch protection or a ruleset).',
    effort: 'low',
    minutes: 30,
  },
  bad: 'false',
};
