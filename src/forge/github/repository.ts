/**
 * Repository-level facts: metadata (`GET /repos/{o}/{r}`), private vulnerability reporting
 * (`GET .../private-vulnerability-reporting`), published security advisories
 * (`GET .../security-advisories?state=published`) and webhooks (`GET .../hooks`, admin only).
 */
import { z } from 'zod';
import type { PrivateVulnerabilityReporting, PublishedAdvisory, RepositoryFacts, Webhook } from '../facts.js';
import type { ForgeResult } from '../types.js';
import { Timestamp } from './common-schema.js';
import { apiUrl, type GitHubContext, getList, getOne } from './request.js';

const Repository = z.object({
  full_name: z.string(),
  html_url: z.string(),
  default_branch: z.string(),
  archived: z.boolean(),
  disabled: z.boolean().optional(),
  private: z.boolean(),
  fork: z.boolean(),
  has_issues: z.boolean(),
  has_discussions: z.boolean().optional(),
  open_issues_count: z.number().int().nonnegative(),
  created_at: Timestamp,
  pushed_at: Timestamp.nullable(),
  license: z.object({ spdx_id: z.string().nullable() }).nullable().optional(),
});

export async function getRepository(ctx: GitHubContext): Promise<ForgeResult<RepositoryFacts>> {
  const r = await getOne(ctx, apiUrl(ctx, ctx.repoPath), Repository);
  if (!r.ok) return r;
  const d = r.data;
  return {
    ok: true,
    data: {
      fullName: d.full_name,
      htmlUrl: d.html_url,
      defaultBranch: d.default_branch,
      archived: d.archived,
      disabled: d.disabled ?? false,
      private: d.private,
      fork: d.fork,
      hasIssues: d.has_issues,
      hasDiscussions: d.has_discussions ?? false,
      openIssuesCount: d.open_issues_count,
      createdAt: d.created_at,
      pushedAt: d.pushed_at,
      licenseSpdxId: d.license?.spdx_id && d.license.spdx_id !== 'NOASSERTION' ? d.license.spdx_id : null,
    },
  };
}

const Reporting = z.object({ enabled: z.boolean() });

export async function getPrivateVulnerabilityReporting(
  ctx: GitHubContext,
): Promise<ForgeResult<PrivateVulnerabilityReporting>> {
  const r = await getOne(ctx, apiUrl(ctx, `${ctx.repoPath}/private-vulnerability-reporting`), Reporting);
  return r.ok ? { ok: true, data: { enabled: r.data.enabled } } : r;
}

const Advisory = z.object({
  ghsa_id: z.string().max(100),
  cve_id: z.string().max(100).nullable().optional(),
  published_at: Timestamp.nullable().optional(),
});

export function listPublishedAdvisories(
  ctx: GitHubContext,
  n: number,
): Promise<ForgeResult<PublishedAdvisory[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/security-advisories`, {
    state: 'published',
    sort: 'published',
    direction: 'desc',
    per_page: Math.min(ctx.perPage, Math.max(1, n)),
  });
  const toAdvisory = (a: z.infer<typeof Advisory>): PublishedAdvisory => ({
    ghsaId: a.ghsa_id,
    cveId: a.cve_id ?? null,
    publishedAt: a.published_at ?? null,
  });
  return getList(ctx, url, z.array(Advisory), (page) => page.map(toAdvisory), n);
}

const Hook = z.object({
  id: z.number().int(),
  name: z.string(),
  active: z.boolean(),
  events: z.array(z.string()),
  config: z.object({
    secret: z.string().optional(),
    insecure_ssl: z.union([z.string(), z.number()]).optional(),
  }),
});

function toWebhook(h: z.infer<typeof Hook>): Webhook {
  return {
    id: h.id,
    name: h.name,
    active: h.active,
    events: h.events,
    hasSecret: typeof h.config.secret === 'string' && h.config.secret.length > 0,
    insecureSsl: String(h.config.insecure_ssl ?? '0') === '1',
  };
}

export function listWebhooks(ctx: GitHubContext): Promise<ForgeResult<Webhook[]>> {
  const url = apiUrl(ctx, `${ctx.repoPath}/hooks`, { per_page: ctx.perPage });
  return getList(ctx, url, z.array(Hook), (page) => page.map(toWebhook), Number.MAX_SAFE_INTEGER);
}
