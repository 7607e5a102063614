import type { Finding } from '../../core/model/posture.js';
import { type Check, detailLine, proportionalScore } from '../check.js';
import { LOOKBACK_DAYS } from '../raw/activity.js';

/** Scorecard: one commit or issue activity per week over the window = 10 (90 / 7 = 12 in integer division). */
const ACTIVITY_FOR_TOP = Math.trunc(LOOKBACK_DAYS / 7);

const one = (findings: readonly Finding[], probe: string) => findings.find((f) => f.probe === probe);

/**
 * Scorecard v5 checks/evaluation/maintained.go: archived or created in the last 90 days -> 0;
 * otherwise (commits + issue activity in 90 days) proportionally against 12, integer division.
 * From git history: commits and the first commit date; with forge access also the archived flag, the
 * forge's creation date and issue activity (each falls back to history or not-available on its own).
 */
export const maintainedCheck: Check = {
  name: 'Maintained',
  risk: 'High',
  short: 'Determines if the project is "actively maintained".',
  evidence: 'git-history',
  forge: ['repositoryFacts', 'issues'],
  forgeMethod: `computed as Scorecard does from the forge (the archived flag, the creation date, and issue activity by owners, members and collaborators over the 30 most recently updated issues) and from git history (commits among the last 30 with a committer date in the last ${LOOKBACK_DAYS} days).`,
  method: `computed from git history: commits among the last 30 with a committer date in the last ${LOOKBACK_DAYS} days, and the first commit's date for "created recently". Not visible offline: issue activity by project members (the score is a lower bound below 10) and the archived flag (an archived project scores 0 in Scorecard) — both need the forge.`,
  probes: ['archived', 'createdRecently', 'hasRecentCommits', 'issueActivityByProjectMember'],
  evaluate(findings) {
    const archived = one(findings, 'archived');
    const created = one(findings, 'createdRecently');
    const commits = one(findings, 'hasRecentCommits');
    const issues = one(findings, 'issueActivityByProjectMember');
    if (archived?.outcome === 'true') return { score: 0, reason: 'project is archived' };
    if (!commits || commits.outcome === 'not-available') {
      return { status: 'inconclusive', reason: commits?.message ?? 'no git history' };
    }
    if (created?.outcome === 'true') {
      return {
        score: 0,
        reason: `project was created within the last ${LOOKBACK_DAYS} days. Please review its contents carefully`,
      };
    }
    const n = Number(commits.values?.commitsWithinThreshold ?? 0);
    const issueCount =
      issues?.outcome === 'true' ? Number(issues.values?.numberOfIssuesUpdatedWithinThreshold ?? 0) : 0;
    const activity = n + issueCount;
    // Partial history (shallow clone) is enough only when it already reaches the top score.
    const unsure =
      commits.values?.partial ?? (created?.outcome === 'not-available' ? created.message : undefined);
    if (unsure && activity < ACTIVITY_FOR_TOP) {
      return { status: 'inconclusive', reason: `${unsure}; fetch the full history (git fetch --unshallow)` };
    }
    // Scorecard's own wording when issue activity was read; otherwise say what could not be seen.
    const reason =
      issues?.outcome === 'not-available'
        ? `${n} commit(s) found in the last ${LOOKBACK_DAYS} days; issue activity not seen (needs forge access)`
        : `${n} commit(s) and ${issueCount} issue activity found in the last ${LOOKBACK_DAYS} days`;
    return { score: proportionalScore(activity, ACTIVITY_FOR_TOP), reason };
  },
  details(findings) {
    const out: string[] = [];
    for (const f of findings) {
      if (f.outcome === 'not-available') out.push(detailLine('Info', f));
      else if ((f.probe === 'archived' || f.probe === 'createdRecently') && f.outcome === 'true') {
        out.push(detailLine('Warn', f));
      }
    }
    return out;
  },
};
