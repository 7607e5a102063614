import type { Finding } from '../../core/model/posture.js';
import { type Check, detailLine } from '../check.js';
import { addFinding, type BranchScore, finalScore, newBranchScore } from './branch-protection-score.js';
import { forgeGate, unlessUnavailable } from './forge-gate.js';

/** In Scorecard's tier order (basic, review, context, thorough review, admin): the first gap first. */
const PROBES = [
  'branchesAreProtected',
  'blocksDeleteOnBranches',
  'blocksForcePushOnBranches',
  'requiresApproversForPullRequests',
  'requiresPRsToChangeCode',
  'requiresUpToDateBranches',
  'requiresLastPushApproval',
  'runsStatusChecksBeforeMerging',
  'requiresCodeOwnersReview',
  'dismissesStaleReviews',
  'branchProtectionAppliesToAdmins',
] as const;

const NO_BRANCHES = 'unable to detect any development/release branches';
const branchOf = (f: Finding) => f.values?.branchName ?? '';
const isProtectedFinding = (f: Finding) => f.probe === 'branchesAreProtected';

/**
 * Scorecard v5 checks/evaluation/branch_protection.go. A protected branch whose settings this token
 * cannot see at all (classic protection, no admin access, no ruleset) is needs-forge, not a 0.
 */
export const branchProtectionCheck: Check = {
  name: 'Branch-Protection',
  risk: 'High',
  short:
    "Determines if the default and release branches are protected with GitHub's branch protection settings.",
  evidence: 'forge',
  forge: ['branches'],
  probes: PROBES,
  evaluate(findings) {
    const gate = forgeGate(findings);
    if (gate) return gate;
    if (findings.some((f) => f.outcome === 'not-applicable'))
      return { status: 'inconclusive', reason: NO_BRANCHES };
    if (findings.some((f) => branchOf(f) === ''))
      return { status: 'error', reason: 'internal error: probe is missing branch name' };
    const hidden = findings.find((f) => isProtectedFinding(f) && f.values?.visibility === 'hidden');
    if (hidden) {
      const why = hidden.values?.classic ?? 'needs forge access';
      return {
        status: 'needs-forge',
        reason: `branch '${branchOf(hidden)}' is protected, but only an admin token can see its settings: ${why}`,
      };
    }
    const branches = new Map<string, BranchScore>();
    for (const f of findings) {
      const name = branchOf(f);
      let b = branches.get(name);
      if (!b) {
        b = newBranchScore();
        branches.set(name, b);
      }
      addFinding(b, f);
    }
    const score = finalScore([...branches.values()]);
    if (score === 0)
      return { score, reason: 'branch protection not enabled on development/release branches' };
    if (score === 10)
      return { score, reason: 'branch protection is fully enabled on development and all release branches' };
    return { score, reason: 'branch protection is not maximal on development and all release branches' };
  },
  details: unlessUnavailable(branchDetails),
};

/** Scorecard's logging: settings of protected branches (Info/Warn), a warning per unprotected branch. */
function branchDetails(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  const protectedBranches = new Set<string>();
  for (const f of findings.filter(isProtectedFinding)) {
    if (f.outcome === 'true') protectedBranches.add(branchOf(f));
    else if (f.outcome === 'false')
      out.push(`Warn: branch protection not enabled for branch '${branchOf(f)}'`);
    if (f.values?.visibility === 'rulesets')
      out.push(
        `Info: classic branch protection of '${branchOf(f)}' could not be read, the score counts its rulesets only: ${f.values.classic ?? ''}`,
      );
  }
  for (const f of findings) {
    if (isProtectedFinding(f) || !protectedBranches.has(branchOf(f))) continue;
    const level = detailLevel(f);
    if (level) out.push(detailLine(level, f));
  }
  return out;
}

function detailLevel(f: Finding): 'Info' | 'Warn' | undefined {
  const yes = f.outcome === 'true';
  switch (f.probe) {
    case 'requiresApproversForPullRequests':
      if (f.outcome === 'not-available') return undefined;
      return yes && Number(f.values?.numberOfRequiredReviewers ?? 0) >= 2 ? 'Info' : 'Warn';
    case 'requiresCodeOwnersReview':
    case 'runsStatusChecksBeforeMerging':
      return yes ? 'Info' : 'Warn';
    default:
      if (f.outcome === 'not-available') return undefined;
      return yes ? 'Info' : 'Warn';
  }
}
