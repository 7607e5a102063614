/**
 * Reads the forge facts the selected checks need, one request at a time (as GitHub asks), sharing
 * what several checks use (the repository's default branch, the release list). A fact that cannot be
 * read carries the reason; nothing here throws for remote trouble.
 */
import { describeUnavailable, type ForgeClient, type ForgeResult } from '../../../forge/index.js';
import type { ForgeAccess } from '../../forge/connect.js';
import { collectBranches } from './branches.js';
import { stopAfterFatal } from './stop-after-fatal.js';
import { type CiRevision, type ForgeFactKey, type ForgeFacts, type Gathered, noForge } from './types.js';

/** Scorecard looks at the changes behind the last 30 commits of the default branch. */
export const CI_PULL_REQUESTS = 30;
/** Releases read: Scorecard's first page (30); Signed-Releases looks at the first 5. */
export const RELEASES_READ = 30;

const NOT_NEEDED: Gathered<never> = { ok: false, reason: 'not collected: no selected check needs it' };

function gathered<T>(r: ForgeResult<T>): Gathered<T> {
  return r.ok ? { ok: true, data: r.data } : { ok: false, reason: describeUnavailable(r) };
}

async function ciRevisions(client: ForgeClient, defaultBranch: string): Promise<Gathered<CiRevision[]>> {
  const pulls = await client.listRecentMergedPullRequests(CI_PULL_REQUESTS, { reviews: false });
  if (!pulls.ok) return gathered(pulls);
  const out: CiRevision[] = [];
  for (const p of pulls.data) {
    if (p.baseRef !== defaultBranch || out.some((r) => r.headSha === p.headSha)) continue;
    const runs = await client.listCheckRunsForRef(p.headSha);
    if (!runs.ok) return gathered(runs);
    const statuses = await client.listCommitStatuses(p.headSha);
    if (!statuses.ok) return gathered(statuses);
    out.push({ pullRequest: p.number, headSha: p.headSha, checkRuns: runs.data, statuses: statuses.data });
  }
  return { ok: true, data: out };
}

export async function collectForge(
  access: ForgeAccess,
  wanted: ReadonlySet<ForgeFactKey>,
): Promise<ForgeFacts> {
  if (!access.ok) return noForge(access.reason);
  const facts: ForgeFacts = {
    repository: access.client.repository,
    branches: NOT_NEEDED,
    ciRevisions: NOT_NEEDED,
    releases: NOT_NEEDED,
    badge: NOT_NEEDED,
    webhooks: NOT_NEEDED,
    requests: 0,
  };
  const client = stopAfterFatal(access.client);
  // The repository answer is shared: default branch (Branch-Protection, CI-Tests), web URL (badge).
  const repo = ['branches', 'ciRevisions', 'badge'].some((k) => wanted.has(k as ForgeFactKey))
    ? await client.getRepository()
    : undefined;
  const noRepo: Gathered<never> | undefined =
    repo && !repo.ok ? { ok: false, reason: describeUnavailable(repo) } : undefined;
  if (wanted.has('releases') || wanted.has('branches'))
    facts.releases = gathered(await client.listReleases(RELEASES_READ));
  if (wanted.has('branches'))
    facts.branches = repo?.ok
      ? await collectBranches(client, repo.data.defaultBranch, facts.releases)
      : (noRepo ?? NOT_NEEDED);
  if (wanted.has('ciRevisions'))
    facts.ciRevisions = repo?.ok
      ? await ciRevisions(client, repo.data.defaultBranch)
      : (noRepo ?? NOT_NEEDED);
  if (!wanted.has('releases')) facts.releases = NOT_NEEDED;
  if (wanted.has('webhooks')) facts.webhooks = gathered(await client.listWebhooks());
  // bestpractices.dev knows projects by their web URL; the forge's own answer is the best key.
  if (wanted.has('badge'))
    facts.badge = gathered(await access.badges.getBadge(repo?.ok ? repo.data.htmlUrl : access.repositoryUrl));
  facts.requests = access.client.requestCount + access.badges.requestCount;
  return facts;
}
