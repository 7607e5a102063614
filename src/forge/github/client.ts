/**
 * `createGitHubClient`: the GitHub (and GitHub Enterprise Server) implementation of ForgeClient over
 * Node's fetch. Sends `Accept: application/vnd.github+json`, the pinned `X-GitHub-Api-Version`, a
 * User-Agent and, when given, the token; all requests go through one Transport (cache, rate limits,
 * bounds, offline). Endpoints live in repository.ts, branches.ts, changes.ts and activity.ts.
 */
import { UsageError } from '../../core/errors/index.js';
import { STERLING_VERSION } from '../../core/version.js';
import { ResponseCache, tokenFingerprint } from '../http/cache.js';
import { limitsFrom, normaliseBaseUrl, type TransportLimits } from '../http/options.js';
import { Transport } from '../http/transport.js';
import type { ForgeClient, ForgeResult } from '../types.js';
import { unavailable } from '../unavailable.js';
import { listRecentIssueComments, listRecentIssues, listReleases } from './activity.js';
import { getBranch, getBranchProtection, getBranchRules } from './branches.js';
import {
  getPullRequestMerger,
  listCheckRunsForRef,
  listCommitStatuses,
  listPullRequestReviews,
  listRecentMergedPullRequests,
} from './changes.js';
import {
  getPrivateVulnerabilityReporting,
  getRepository,
  listPublishedAdvisories,
  listWebhooks,
} from './repository.js';
import type { GitHubContext } from './request.js';

export const GITHUB_API_URL = 'https://api.github.com';
export const GITHUB_API_VERSION = '2022-11-28';
/** Where a token can come from, for messages (the CLI reads these). */
export const GITHUB_TOKEN_HINT = 'STERLING_GITHUB_TOKEN or GITHUB_TOKEN';

export interface GitHubClientOptions extends Partial<TransportLimits> {
  owner: string;
  repo: string;
  /** `https://api.github.com` (default) or a GitHub Enterprise Server `https://HOST/api/v3`. */
  baseUrl?: string;
  token?: string;
  /** Folder for the on-disk response cache (ETag revalidation between runs); none by default. */
  cacheDir?: string;
  /** Items per page, 1..100 (default 100). */
  perPage?: number;
  /** Most pages followed for one list (default 10). */
  maxPages?: number;
}

export interface GitHubClient extends ForgeClient {
  /** HTTP requests sent so far (cache hits and offline calls send none). */
  readonly requestCount: number;
}

/** GitHub's owner and repository names: letters, digits, `-`, `_`, `.`; bounded. */
function checkName(value: string, what: string): string {
  let ok = value.length > 0 && value.length <= 100 && value !== '.' && value !== '..';
  for (const ch of value) {
    if (!ok) break;
    ok =
      (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || '-_.'.includes(ch);
  }
  if (!ok) throw new UsageError(`not a GitHub ${what} name: ${JSON.stringify(value.slice(0, 100))}`);
  return value;
}

function intOption(
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
  what: string,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max)
    throw new UsageError(`${what} must be an integer from ${min} to ${max}`);
  return v;
}

/** A branch name or commit ref: non-empty, bounded (it is URL-encoded into the path). */
function checkRef(value: string): string {
  if (value.length === 0 || value.length > 255)
    throw new UsageError('a branch or ref must have 1 to 255 characters');
  return value;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const owner = checkName(options.owner, 'owner');
  const repo = checkName(options.repo, 'repository');
  const token = options.token?.trim() || undefined;
  const baseUrl = normaliseBaseUrl(
    options.baseUrl ?? GITHUB_API_URL,
    'GitHub API base URL',
    token !== undefined,
  );
  const limits = limitsFrom(options);
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': GITHUB_API_VERSION,
    'user-agent': `sterling/${STERLING_VERSION}`,
  };
  if (token) headers.authorization = `Bearer ${token}`;
  const transport = new Transport({
    ...limits,
    baseUrl,
    headers,
    service: 'GitHub',
    hasToken: token !== undefined,
    tokenHint: GITHUB_TOKEN_HINT,
    cache: new ResponseCache(options.cacheDir, limits.maxResponseBytes),
    cacheKeyPrefix: tokenFingerprint(token),
  });
  const ctx: GitHubContext = {
    transport,
    baseUrl,
    repoPath: `/repos/${owner}/${repo}`,
    perPage: intOption(options.perPage, 100, 1, 100, 'perPage'),
    maxPages: intOption(options.maxPages, 10, 1, 1000, 'maxPages'),
  };
  /** Admin-only endpoints: without a token, say so without spending a request. */
  function withToken<T>(what: string, call: () => Promise<ForgeResult<T>>): Promise<ForgeResult<T>> {
    if (token || limits.offline) return call();
    return Promise.resolve(
      unavailable('no-token', `${what} needs a token with admin access (${GITHUB_TOKEN_HINT})`),
    );
  }
  const count = (n: number) => intOption(n, n, 1, 10_000, 'the number of items');
  const pullNumber = (n: number) => intOption(n, n, 1, Number.MAX_SAFE_INTEGER, 'a pull request number');
  return {
    forge: 'github',
    repository: `${owner}/${repo}`,
    get requestCount() {
      return transport.requestCount;
    },
    getRepository: () => getRepository(ctx),
    getBranch: (branch) => getBranch(ctx, checkRef(branch)),
    getBranchRules: (branch) => getBranchRules(ctx, checkRef(branch)),
    getBranchProtection: (branch) =>
      withToken('classic branch protection', () => getBranchProtection(ctx, checkRef(branch))),
    listRecentMergedPullRequests: (n, opts) =>
      listRecentMergedPullRequests(ctx, count(n), opts?.reviews !== false),
    listPullRequestReviews: (n) => listPullRequestReviews(ctx, pullNumber(n)),
    getPullRequestMerger: (n) => getPullRequestMerger(ctx, pullNumber(n)),
    listCheckRunsForRef: (ref) => listCheckRunsForRef(ctx, checkRef(ref)),
    listCommitStatuses: (ref) => listCommitStatuses(ctx, checkRef(ref)),
    listReleases: (n) => listReleases(ctx, count(n)),
    getPrivateVulnerabilityReporting: () => getPrivateVulnerabilityReporting(ctx),
    listPublishedAdvisories: (n) => listPublishedAdvisories(ctx, count(n)),
    listRecentIssues: (n) => listRecentIssues(ctx, count(n)),
    listRecentIssueComments: (n, opts) => listRecentIssueComments(ctx, count(n), opts?.since),
    listWebhooks: () => withToken('the webhook list', () => listWebhooks(ctx)),
  };
}
