/**
 * Facts a forge client returns: forge-neutral, already parsed and checked. Free text from the forge
 * (titles, bodies, webhook URLs) is left out on purpose: the checks need states and dates, not prose.
 * Timestamps are ISO 8601 strings as the forge sent them (validated).
 */

export interface RepositoryFacts {
  /** `owner/name` as the forge spells it. */
  fullName: string;
  htmlUrl: string;
  defaultBranch: string;
  archived: boolean;
  /** Disabled by the forge (e.g. for a terms-of-service violation). */
  disabled: boolean;
  private: boolean;
  fork: boolean;
  hasIssues: boolean;
  /** GitHub Discussions are enabled (false when the forge did not say). */
  hasDiscussions: boolean;
  openIssuesCount: number;
  createdAt: string;
  pushedAt: string | null;
  /** SPDX id of the licence the forge detected, when it did. */
  licenseSpdxId: string | null;
}

/** A branch as any reader sees it: whether some protection applies is public, its details are not. */
export interface BranchSummary {
  name: string;
  headSha: string;
  /** Classic protection or a ruleset applies (GitHub's `protected` flag). */
  protected: boolean;
}

/** One active rule from a ruleset that applies to a branch. */
export interface BranchRule {
  /** GitHub rule type: `pull_request`, `required_status_checks`, `non_fast_forward`, `deletion`, ... */
  type: string;
  ruleset: { id: number | null; source: string | null; sourceType: string | null };
  pullRequest?: PullRequestRule;
  statusChecks?: StatusChecksRule;
}

export interface PullRequestRule {
  requiredApprovingReviewCount: number;
  requireCodeOwnerReview: boolean;
  dismissStaleReviewsOnPush: boolean;
  requireLastPushApproval: boolean;
  requiredReviewThreadResolution: boolean;
}

export interface StatusChecksRule {
  /** Names (contexts) of the required checks. */
  contexts: string[];
  /** Branches must be up to date with the base before merging. */
  strict: boolean;
}

export type BranchProtection = { protected: false } | ({ protected: true } & ClassicProtection);

export interface ClassicProtection {
  requiredReviews: {
    count: number;
    dismissStale: boolean;
    codeOwners: boolean;
    lastPushApproval: boolean;
  } | null;
  requiredStatusChecks: StatusChecksRule | null;
  enforceAdmins: boolean;
  requiredSignatures: boolean;
  linearHistory: boolean;
  allowForcePushes: boolean;
  allowDeletions: boolean;
  conversationResolution: boolean;
}

export interface MergedPullRequest {
  number: number;
  author: string | null;
  authorAssociation: string;
  mergedAt: string;
  baseRef: string;
  headSha: string;
  mergeCommitSha: string | null;
  reviews: Review[];
}

export interface Review {
  author: string | null;
  authorAssociation: string;
  /** `APPROVED`, `CHANGES_REQUESTED`, `COMMENTED`, `DISMISSED`, `PENDING` */
  state: string;
  submittedAt: string | null;
  commitId: string | null;
}

export interface CheckRun {
  name: string;
  /** `queued`, `in_progress`, `completed`, ... */
  status: string;
  /** `success`, `failure`, `neutral`, `cancelled`, `skipped`, `timed_out`, `action_required`, or null */
  conclusion: string | null;
  /** Slug of the app that created it, e.g. `github-actions`. */
  app: string | null;
  headSha: string;
  completedAt: string | null;
}

export interface CommitStatus {
  context: string;
  /** `error`, `failure`, `pending`, `success` */
  state: string;
  /** Where the CI system shows the result (e.g. a CircleCI build page), when it said. */
  targetUrl: string | null;
  creator: string | null;
  updatedAt: string;
}

export interface Release {
  tagName: string;
  /** The branch or commit the release's tag was made from (GitHub's `target_commitish`). */
  targetCommitish: string | null;
  draft: boolean;
  prerelease: boolean;
  createdAt: string;
  publishedAt: string | null;
  assets: ReleaseAsset[];
}

export interface ReleaseAsset {
  name: string;
  size: number;
  contentType: string;
  downloadUrl: string;
}

/** A security advisory the repository published (GitHub's repository security advisories). */
export interface PublishedAdvisory {
  /** `GHSA-xxxx-xxxx-xxxx` */
  ghsaId: string;
  cveId: string | null;
  publishedAt: string | null;
}

export interface PrivateVulnerabilityReporting {
  enabled: boolean;
}

export interface IssueActivity {
  number: number;
  /** `open` or `closed` */
  state: string;
  author: string | null;
  authorAssociation: string;
  comments: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface IssueComment {
  issueNumber: number;
  /** The comment is on a pull request (GitHub lists those among issue comments). */
  onPullRequest: boolean;
  author: string | null;
  /** `OWNER`, `MEMBER`, `COLLABORATOR`, `CONTRIBUTOR`, `FIRST_TIME_CONTRIBUTOR`, `NONE`, ... */
  authorAssociation: string;
  createdAt: string;
  updatedAt: string;
}

export interface Webhook {
  id: number;
  name: string;
  active: boolean;
  events: string[];
  /** The hook has a secret (GitHub shows it masked; we keep only whether it is there). */
  hasSecret: boolean;
  /** TLS verification is switched off (`insecure_ssl: "1"`). */
  insecureSsl: boolean;
}

export type BestPracticesBadge =
  | { found: false }
  | {
      found: true;
      projectId: number;
      /** `in_progress`, `passing`, `silver`, `gold` (as bestpractices.dev names them). */
      badgeLevel: string;
      tieredPercentage: number | null;
    };
