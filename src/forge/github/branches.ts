/**
 * Branch protection as GitHub knows it: the branch's public `protected` flag
 * (`GET /repos/{o}/{r}/branches/{branch}`), ruleset rules that apply to a branch
 * (`GET /repos/{o}/{r}/rules/branches/{branch}`, readable without admin access) and classic protection
 * (`GET .../branches/{branch}/protection`, admin only; 404 "Branch not protected" means none).
 */
import { z } from 'zod';
import type { BranchProtection, BranchRule, BranchSummary, StatusChecksRule } from '../facts.js';
import type { ForgeResult } from '../types.js';
import { Sha } from './common-schema.js';
import { apiUrl, type GitHubContext, getList, getOne } from './request.js';

const Branch = z.object({ name: z.string(), commit: z.object({ sha: Sha }), protected: z.boolean() });

export async function getBranch(ctx: GitHubContext, branch: string): Promise<ForgeResult<BranchSummary>> {
  const r = await getOne(ctx, apiUrl(ctx, `${ctx.repoPath}/branches/${encodeURIComponent(branch)}`), Branch);
  return r.ok
    ? { ok: true, data: { name: r.data.name, headSha: r.data.commit.sha, protected: r.data.protected } }
    : r;
}

const PullRequestParameters = z.object({
  required_approving_review_count: z.number().int().nonnegative(),
  require_code_owner_review: z.boolean(),
  dismiss_stale_reviews_on_push: z.boolean(),
  require_last_push_approval: z.boolean(),
  required_review_thread_resolution: z.boolean(),
});

const StatusCheckParameters = z.object({
  required_status_checks: z.array(z.object({ context: z.string() })),
  strict_required_status_checks_policy: z.boolean(),
});

const Source = {
  ruleset_id: z.number().int().optional(),
  ruleset_source: z.string().optional(),
  ruleset_source_type: z.string().optional(),
};

/** Rule types whose parameters the checks read; their parameters must parse. */
const PARAMETERISED = new Set(['pull_request', 'required_status_checks']);

const Rule = z.union([
  z.object({ type: z.literal('pull_request'), ...Source, parameters: PullRequestParameters }),
  z.object({ type: z.literal('required_status_checks'), ...Source, parameters: StatusCheckParameters }),
  z.object({
    type: z
      .string()
      .min(1)
      .max(100)
      .refine((t) => !PARAMETERISED.has(t), 'its parameters do not have the documented shape'),
    ...Source,
  }),
]);

function toRule(r: z.infer<typeof Rule>): BranchRule {
  const rule: BranchRule = {
    type: r.type,
    ruleset: {
      id: r.ruleset_id ?? null,
      source: r.ruleset_source ?? null,
      sourceType: r.ruleset_source_type ?? null,
    },
  };
  if (r.type === 'pull_request' && 'parameters' in r) {
    const p = r.parameters;
    rule.pullRequest = {
      requiredApprovingReviewCount: p.required_approving_review_count,
      requireCodeOwnerReview: p.require_code_owner_review,
      dismissStaleReviewsOnPush: p.dismiss_stale_reviews_on_push,
      requireLastPushApproval: p.require_last_push_approval,
      requiredReviewThreadResolution: p.required_review_thread_resolution,
    };
  } else if (r.type === 'required_status_checks' && 'parameters' in r) {
    const p = r.parameters;
    rule.statusChecks = {
      contexts: p.required_status_checks.map((c) => c.context),
      strict: p.strict_required_status_checks_policy,
    };
  }
  return rule;
}

export function getBranchRules(ctx: GitHubContext, branch: string): Promise<ForgeResult<BranchRule[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/rules/branches/${encodeURIComponent(branch)}`, {
    per_page: ctx.perPage,
  });
  return getList(ctx, url, z.array(Rule), (page) => page.map(toRule), Number.MAX_SAFE_INTEGER);
}

const Enabled = z.object({ enabled: z.boolean() }).optional();

const Protection = z.object({
  required_status_checks: z
    .object({ strict: z.boolean().optional(), contexts: z.array(z.string()).optional() })
    .nullable()
    .optional(),
  required_pull_request_reviews: z
    .object({
      required_approving_review_count: z.number().int().nonnegative().optional(),
      dismiss_stale_reviews: z.boolean().optional(),
      require_code_owner_reviews: z.boolean().optional(),
      require_last_push_approval: z.boolean().optional(),
    })
    .nullable()
    .optional(),
  enforce_admins: Enabled,
  required_signatures: Enabled,
  required_linear_history: Enabled,
  allow_force_pushes: Enabled,
  allow_deletions: Enabled,
  required_conversation_resolution: Enabled,
});

export async function getBranchProtection(
  ctx: GitHubContext,
  branch: string,
): Promise<ForgeResult<BranchProtection>> {
  const r = await getOne(
    ctx,
    apiUrl(ctx, `${ctx.repoPath}/branches/${encodeURIComponent(branch)}/protection`),
    Protection,
  );
  if (!r.ok) {
    const notProtected =
      r.reason === 'not-found' && r.serverMessage === JSON.stringify('Branch not protected');
    return notProtected ? { ok: true, data: { protected: false } } : r;
  }
  const d = r.data;
  const reviews = d.required_pull_request_reviews;
  const checks = d.required_status_checks;
  const statusChecks: StatusChecksRule | null = checks
    ? { contexts: checks.contexts ?? [], strict: checks.strict ?? false }
    : null;
  return {
    ok: true,
    data: {
      protected: true,
      requiredReviews: reviews
        ? {
            count: reviews.required_approving_review_count ?? 0,
            dismissStale: reviews.dismiss_stale_reviews ?? false,
            codeOwners: reviews.require_code_owner_reviews ?? false,
            lastPushApproval: reviews.require_last_push_approval ?? false,
          }
        : null,
      requiredStatusChecks: statusChecks,
      enforceAdmins: d.enforce_admins?.enabled ?? false,
      requiredSignatures: d.required_signatures?.enabled ?? false,
      linearHistory: d.required_linear_history?.enabled ?? false,
      allowForcePushes: d.allow_force_pushes?.enabled ?? false,
      allowDeletions: d.allow_deletions?.enabled ?? false,
      conversationResolution: d.required_conversation_resolution?.enabled ?? false,
    },
  };
}
