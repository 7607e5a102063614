/**
 * Reads the forge facts the selected checks (and the Baseline) need, one request at a time (as GitHub
 * asks), sharing what several use (the repository answer, the release list, the merged pull
 * requests). A fact that cannot be read carries the reason; nothing here throws for remote trouble.
 */
import type { ForgeAccess } from '../../forge/connect.js';
import { collectBranches } from './branches.js';
import { gathered } from './gathered.js';
import { collectIssues } from './issues.js';
import { ciRevisions, mergedPullRequests, withReviews } from './pulls.js';
import { stopAfterFatal } from './stop-after-fatal.js';
import { type ForgeFactKey, type ForgeFacts, type Gathered, noForge } from './types.js';

export { CI_PULL_REQUESTS } from './pulls.js';
/** Releases read: Scorecard's first page (30); Signed-Releases looks at the first 5. */
export const RELEASES_READ = 30;
/** Published advisories read: one is enough to show the project publishes them (OSPS-VM-04.01). */
const ADVISORIES_READ = 5;

const NOT_NEEDED_REASON = 'not collected: no selected check needs it';
const NOT_NEEDED: Gathered<never> = { ok: false, reason: NOT_NEEDED_REASON };

/** The facts that need the repository answer (default branch, web URL, flags). */
const NEEDS_REPOSITORY: readonly ForgeFactKey[] = [
  'badge',
  'branches',
  'ciRevisions',
  'pullRequests',
  'repositoryFacts',
];

export async function collectForge(
  access: ForgeAccess,
  wanted: ReadonlySet<ForgeFactKey>,
  now: Date = new Date(),
): Promise<ForgeFacts> {
  if (!access.ok) return noForge(access.reason);
  const facts: ForgeFacts = {
    ...noForge(NOT_NEEDED_REASON),
    repository: access.client.repository,
    readAt: now.toISOString(),
  };
  delete facts.unavailable;
  const client = stopAfterFatal(access.client);
  const repo = NEEDS_REPOSITORY.some((k) => wanted.has(k))
    ? gathered(await client.getRepository())
    : undefined;
  if (repo && wanted.has('repositoryFacts')) facts.repositoryFacts = repo;
  const branch = repo ? (repo.ok ? repo.data.defaultBranch : undefined) : undefined;
  const noRepo = repo && !repo.ok ? repo : NOT_NEEDED;
  if (wanted.has('releases') || wanted.has('branches'))
    facts.releases = gathered(await client.listReleases(RELEASES_READ));
  if (wanted.has('branches'))
    facts.branches = branch ? await collectBranches(client, branch, facts.releases) : noRepo;
  if (wanted.has('ciRevisions') || wanted.has('pullRequests')) {
    const pulls = branch ? await mergedPullRequests(client, branch) : noRepo;
    // CI results first: a rate limit spent on reviews should not cost CI-Tests and SAST their facts.
    if (wanted.has('ciRevisions'))
      facts.ciRevisions = pulls.ok ? await ciRevisions(client, pulls.data) : pulls;
    if (wanted.has('pullRequests'))
      facts.pullRequests = pulls.ok ? await withReviews(client, pulls.data) : pulls;
  }
  if (!wanted.has('releases')) facts.releases = NOT_NEEDED;
  if (wanted.has('issues')) facts.issues = await collectIssues(client, facts.readAt!);
  if (wanted.has('privateVulnerabilityReporting'))
    facts.privateVulnerabilityReporting = gathered(await client.getPrivateVulnerabilityReporting());
  if (wanted.has('publishedAdvisories'))
    facts.publishedAdvisories = gathered(await client.listPublishedAdvisories(ADVISORIES_READ));
  if (wanted.has('webhooks')) facts.webhooks = gathered(await client.listWebhooks());
  // bestpractices.dev knows projects by their web URL; the forge's own answer is the best key.
  if (wanted.has('badge'))
    facts.badge = gathered(await access.badges.getBadge(repo?.ok ? repo.data.htmlUrl : access.repositoryUrl));
  facts.requests = access.client.requestCount + access.badges.requestCount;
  return facts;
}
