/**
 * Classic branch protection and ruleset rules -> Scorecard's protection rule, the way Scorecard v5's
 * clients/githubrepo/branches.go builds it (copyNonAdminSettings, copyAdminSettings, applyRepoRules,
 * mergeBranchProtectionRules). Rulesets reach Sterling through REST `rules/branches/{branch}`, which
 * lists the active rules that apply to the branch but not the rulesets' bypass actors, so
 * `enforceAdmins` stays unknown for rulesets (Scorecard reads bypass actors through GraphQL).
 */
import type { BranchRule, ClassicProtection } from '../../../forge/index.js';
import type { ProtectionRule } from './types.js';

/** Classic protection read with admin access: every setting is known. */
export function fromClassic(c: ClassicProtection): ProtectionRule {
  const reviews = c.requiredReviews;
  const rule: ProtectionRule = {
    allowDeletions: c.allowDeletions,
    allowForcePushes: c.allowForcePushes,
    codeOwnerReviews: reviews?.codeOwners ?? false,
    contexts: [...(c.requiredStatusChecks?.contexts ?? [])],
    enforceAdmins: c.enforceAdmins,
    requireLastPushApproval: reviews?.lastPushApproval ?? false,
    dismissStaleReviews: reviews?.dismissStale ?? false,
    requiresStatusChecks: c.requiredStatusChecks !== null,
    upToDateBeforeMerge: c.requiredStatusChecks?.strict === true,
    pullRequestRequired: reviews !== null,
  };
  if (reviews) rule.requiredApprovals = reviews.count;
  return rule;
}

function fromRuleset(rules: readonly BranchRule[]): ProtectionRule {
  const t: ProtectionRule = {
    allowDeletions: true,
    allowForcePushes: true,
    pullRequestRequired: false,
    contexts: [],
  };
  for (const r of rules) {
    if (r.type === 'deletion') t.allowDeletions = false;
    else if (r.type === 'non_fast_forward') t.allowForcePushes = false;
    else if (r.type === 'pull_request' && r.pullRequest) {
      t.pullRequestRequired = true;
      t.dismissStaleReviews = r.pullRequest.dismissStaleReviewsOnPush;
      t.codeOwnerReviews = r.pullRequest.requireCodeOwnerReview;
      t.requireLastPushApproval = r.pullRequest.requireLastPushApproval;
      t.requiredApprovals = r.pullRequest.requiredApprovingReviewCount;
    } else if (r.type === 'required_status_checks' && r.statusChecks && r.statusChecks.contexts.length > 0) {
      t.requiresStatusChecks = true;
      t.upToDateBeforeMerge = r.statusChecks.strict;
      t.contexts.push(...r.statusChecks.contexts);
    }
  }
  return t;
}

/** Scorecard's merge: unknown takes the other value; otherwise the more restrictive one wins. */
function merge(base: ProtectionRule, t: ProtectionRule): void {
  if (base.allowDeletions === undefined || t.allowDeletions === false) base.allowDeletions = t.allowDeletions;
  if (base.allowForcePushes === undefined || t.allowForcePushes === false)
    base.allowForcePushes = t.allowForcePushes;
  if (base.enforceAdmins === undefined || t.enforceAdmins === false) base.enforceAdmins = t.enforceAdmins;
  const orTrue = (k: 'requireLastPushApproval' | 'upToDateBeforeMerge' | 'requiresStatusChecks') => {
    if (base[k] === undefined || t[k] === true) base[k] = t[k];
  };
  orTrue('requireLastPushApproval');
  orTrue('upToDateBeforeMerge');
  orTrue('requiresStatusChecks');
  for (const c of t.contexts) if (!base.contexts.includes(c)) base.contexts.push(c);
  if (base.pullRequestRequired === undefined || t.pullRequestRequired === true)
    base.pullRequestRequired = t.pullRequestRequired;
  if (base.requiredApprovals === undefined || (base.requiredApprovals ?? 0) < (t.requiredApprovals ?? 0))
    base.requiredApprovals = t.requiredApprovals;
  if (base.dismissStaleReviews === undefined || t.dismissStaleReviews === true)
    base.dismissStaleReviews = t.dismissStaleReviews;
  if (base.codeOwnerReviews === undefined || t.codeOwnerReviews === true)
    base.codeOwnerReviews = t.codeOwnerReviews;
}

/** Applies the rules of each ruleset (grouped by ruleset id) onto `base`, as Scorecard does. */
export function applyRulesets(base: ProtectionRule, rules: readonly BranchRule[]): ProtectionRule {
  const bySet = new Map<string, BranchRule[]>();
  for (const r of rules) {
    const key = `${r.ruleset.sourceType ?? ''}/${r.ruleset.source ?? ''}/${r.ruleset.id ?? ''}`;
    const list = bySet.get(key);
    if (list) list.push(r);
    else bySet.set(key, [r]);
  }
  const out: ProtectionRule = { ...base, contexts: [...base.contexts] };
  for (const set of bySet.values()) merge(out, fromRuleset(set));
  return out;
}
