/**
 * The forge client contract: what only the forge (GitHub, ...) knows about a repository, as parsed,
 * typed facts. Every call returns data or a typed `ForgeUnavailable` with the reason; none throws for
 * missing access, rate limits, network trouble or a bad answer, so a check can say
 * "needs forge access: <reason>" and stay out of the aggregate. The facts are in facts.ts.
 */
import type {
  BestPracticesBadge,
  BranchProtection,
  BranchRule,
  BranchSummary,
  CheckRun,
  CommitStatus,
  IssueActivity,
  IssueComment,
  MergedPullRequest,
  PrivateVulnerabilityReporting,
  PublishedAdvisory,
  Release,
  RepositoryFacts,
  Review,
  Webhook,
} from './facts.js';

export type * from './facts.js';

/**
 * Why a fact could not be read.
 * - `no-token`: the endpoint needs a token and none was given (or the server asked for one);
 * - `unauthorized`: the token was rejected (401: expired, revoked, mistyped);
 * - `forbidden`: 403, e.g. classic branch protection and webhooks need admin access;
 * - `not-found`: 404 (repository, branch or endpoint absent, or hidden from this token);
 * - `rate-limited`: the rate limit is exhausted and the wait until it resets is too long;
 * - `network`: no answer (refused, DNS, timeout) or a server error (5xx);
 * - `bad-response`: an answer that is not the documented shape (malformed JSON, too large, wrong type);
 * - `offline`: offline mode, no request was made.
 */
export type ForgeUnavailableReason =
  | 'bad-response'
  | 'forbidden'
  | 'network'
  | 'no-token'
  | 'not-found'
  | 'offline'
  | 'rate-limited'
  | 'unauthorized';

export interface ForgeUnavailable {
  ok: false;
  reason: ForgeUnavailableReason;
  /** Plain, safe-to-print text: what failed and, where known, what to do. */
  message: string;
  /** The request that failed (method + path, no host, no token). */
  request?: string;
  /** HTTP status, when there was an answer. */
  status?: number;
  /** The server's own error message (escaped, bounded), e.g. "Branch not protected". */
  serverMessage?: string;
  /** `rate-limited`: when the limit resets (ISO 8601). */
  resetAt?: string;
  /** `forbidden`: the scopes the token has (x-oauth-scopes), when the server said. */
  tokenScopes?: string[];
  /** `forbidden`: the scopes the endpoint accepts (x-accepted-oauth-scopes), when the server said. */
  acceptedScopes?: string[];
}

export interface ForgeData<T> {
  ok: true;
  data: T;
}

export type ForgeResult<T> = ForgeData<T> | ForgeUnavailable;

/** One repository on one forge; the client is bound to it when created. */
export interface ForgeClient {
  readonly forge: 'github';
  /** `owner/name` */
  readonly repository: string;
  getRepository(): Promise<ForgeResult<RepositoryFacts>>;
  /** The branch's head and whether it is protected at all (readable without admin access). */
  getBranch(branch: string): Promise<ForgeResult<BranchSummary>>;
  /** Active ruleset rules that apply to `branch` (readable without admin access). */
  getBranchRules(branch: string): Promise<ForgeResult<BranchRule[]>>;
  /**
   * Classic branch protection (needs admin access); `{ protected: false }` only when GitHub says
   * "Branch not protected". `not-found` and `forbidden` mean "could not see", not "unprotected":
   * GitHub hides protection from non-admins with either.
   */
  getBranchProtection(branch: string): Promise<ForgeResult<BranchProtection>>;
  /**
   * The `n` most recently updated merged pull requests, each with its reviews (one request per pull
   * request; `{ reviews: false }` skips them and leaves `reviews` empty).
   */
  listRecentMergedPullRequests(
    n: number,
    options?: { reviews?: boolean },
  ): Promise<ForgeResult<MergedPullRequest[]>>;
  /** Every review of one pull request. */
  listPullRequestReviews(pullNumber: number): Promise<ForgeResult<Review[]>>;
  /** Who merged a pull request (`merged_by` of `GET .../pulls/{n}`; the list leaves it out); null when unknown. */
  getPullRequestMerger(pullNumber: number): Promise<ForgeResult<string | null>>;
  listCheckRunsForRef(ref: string): Promise<ForgeResult<CheckRun[]>>;
  listCommitStatuses(ref: string): Promise<ForgeResult<CommitStatus[]>>;
  /** The `n` most recent releases with their assets (names, sizes, download URLs). */
  listReleases(n: number): Promise<ForgeResult<Release[]>>;
  getPrivateVulnerabilityReporting(): Promise<ForgeResult<PrivateVulnerabilityReporting>>;
  /** The `n` most recently published security advisories of the repository (public). */
  listPublishedAdvisories(n: number): Promise<ForgeResult<PublishedAdvisory[]>>;
  /** The `n` most recently updated issues (pull requests excluded). */
  listRecentIssues(n: number): Promise<ForgeResult<IssueActivity[]>>;
  /**
   * The `n` most recently created issue and pull-request comments, with the author's role;
   * `since` (ISO 8601) leaves out comments last updated before it.
   */
  listRecentIssueComments(n: number, options?: { since?: string }): Promise<ForgeResult<IssueComment[]>>;
  /** Repository webhooks (needs admin access); secrets and target URLs are not returned. */
  listWebhooks(): Promise<ForgeResult<Webhook[]>>;
}

/** The OpenSSF Best Practices badge (bestpractices.dev, formerly CII), looked up by repository URL. */
export interface BestPracticesClient {
  getBadge(repositoryUrl: string): Promise<ForgeResult<BestPracticesBadge>>;
}
