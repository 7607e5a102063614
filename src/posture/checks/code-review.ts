import { type Check, detailLine, proportionalScore } from '../check.js';
import { FORGE_USED } from '../probes/forge.js';
import { CI_PULL_REQUESTS } from '../raw/forge/pulls.js';

/**
 * Scorecard v5 checks/evaluation/code_review.go over the codeApproved probe: all approved 10, no
 * changesets or no human activity inconclusive, otherwise approved/total with integer division.
 */
export const codeReviewCheck: Check = {
  name: 'Code-Review',
  risk: 'High',
  short:
    'Determines if the project requires human code review before pull requests (aka merge requests) are merged.',
  evidence: 'git-history',
  forge: ['pullRequests'],
  forgeMethod:
    "computed over the last 30 first-parent changesets of git history; a changeset made by a merged pull request is judged as Scorecard judges it from the forge: approved when someone other than the pull request's author approved it in a review or merged it. Changesets no pull request among the 30 most recently updated merged ones made keep their git-history evidence (Gerrit/Phabricator/Piper markers, a merge by someone other than the branch's author, a Reviewed-by trailer naming someone else).",
  method:
    "computed from git history over the last 30 first-parent changesets: reviewed = merged by someone other than the branch's author, or Gerrit/Phabricator/Piper review markers, or a Reviewed-by trailer naming someone else. Not visible offline: pull-request reviews themselves — squash and rebase merges made by the forge are left out of the count (needs the forge), and a merge says who merged, not that they approved.",
  probes: ['codeApproved'],
  evaluate(findings) {
    const f = findings[0]!;
    if (f.outcome === 'not-applicable') return { status: 'inconclusive', reason: f.message };
    if (f.outcome === 'not-available') {
      return {
        status: f.message.startsWith('needs forge') ? 'needs-forge' : 'inconclusive',
        reason: f.message,
      };
    }
    if (f.outcome === 'true') return { score: 10, reason: 'all changesets reviewed' };
    const approved = Number(f.values?.approvedChangesets);
    const total = Number(f.values?.totalChangesets);
    if (!Number.isInteger(approved) || !Number.isInteger(total)) {
      return { status: 'error', reason: 'internal error: converting approved count' };
    }
    return { score: proportionalScore(approved, total), reason: f.message };
  },
  details(findings) {
    const out: string[] = [];
    for (const f of findings) {
      const unknown = Number(f.values?.unknownChangesets ?? 0);
      if (f.values?.evidence) out.push(`Info: changesets by review evidence: ${f.values.evidence}`);
      if (unknown > 0 && f.outcome !== 'not-available') {
        out.push(
          f.values?.forge === FORGE_USED
            ? `Info: ${unknown} changeset(s) left out: made by the forge, but by no merged pull request among the ${CI_PULL_REQUESTS} most recently updated`
            : `Info: ${unknown} changeset(s) left out: their reviews are on the forge (needs forge access)`,
        );
      }
      out.push(detailLine(f.outcome === 'false' ? 'Warn' : 'Info', f));
    }
    return out;
  },
};
