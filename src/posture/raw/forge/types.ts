/**
 * Forge facts for the posture probes, read once before the probes run (the forge is asynchronous,
 * probes are not). Each fact is the data or the reason it could not be read
 * ("needs forge access: ..."); only the facts the selected checks need are requested.
 */
import type {
  BestPracticesBadge,
  CheckRun,
  CommitStatus,
  IssueActivity,
  IssueComment,
  MergedPullRequest,
  PrivateVulnerabilityReporting,
  PublishedAdvisory,
  Release,
  RepositoryFacts,
  Webhook,
} from '../../../forge/index.js';

export type Gathered<T> = { ok: true; data: T } | { ok: false; reason: string };

/** Scorecard's view of a branch's protection (clients.BranchProtectionRule); undefined = not visible. */
export interface ProtectionRule {
  allowDeletions?: boolean;
  allowForcePushes?: boolean;
  /** Admins cannot bypass (classic `enforce_admins`). */
  enforceAdmins?: boolean;
  requireLastPushApproval?: boolean;
  /** Changes must come through a pull request. */
  pullRequestRequired?: boolean;
  requiredApprovals?: number;
  dismissStaleReviews?: boolean;
  codeOwnerReviews?: boolean;
  requiresStatusChecks?: boolean;
  upToDateBeforeMerge?: boolean;
  /** Required status check names. */
  contexts: string[];
}

/**
 * `full`: classic protection was readable (admin token) or the forge said the branch has none;
 * `rulesets`: only rulesets were readable (classic protection hidden from this token);
 * `hidden`: the branch is protected but nothing about its settings is visible to this token.
 */
export type ProtectionVisibility = 'full' | 'rulesets' | 'hidden';

export interface BranchFacts {
  name: string;
  protected: boolean;
  rule: ProtectionRule;
  visibility: ProtectionVisibility;
  /** Why classic protection could not be read, when it could not. */
  classicUnavailable?: string;
}

/** A merged pull request's head commit with the CI results recorded on it. */
export interface CiRevision {
  pullRequest: number;
  headSha: string;
  checkRuns: CheckRun[];
  statuses: CommitStatus[];
}

/** A merged pull request into the default branch with its reviews and, when read, who merged it. */
export interface ReviewedPullRequest extends MergedPullRequest {
  /** `merged_by`; read only when no review approves it (undefined: not read). */
  mergedBy?: string | null;
}

/** The recently updated issues and the recent comments (Maintained's issue activity). */
export interface IssueFacts {
  /** The most recently updated issues (pull requests left out), newest first. */
  issues: IssueActivity[];
  /** Issue and pull-request comments created since `since`, newest first. */
  comments: IssueComment[];
  /** Start of the window (ISO 8601): comments last updated before it were not asked for. */
  since: string;
  /** The comment list stopped at its cap: older comments in the window were not read. */
  commentsTruncated: boolean;
}

export interface ForgeFacts {
  /** `owner/name` on the forge, when one is connected. */
  repository?: string;
  /** Why no forge is connected (offline, no settings, not a GitHub repository, ...). */
  unavailable?: string;
  /** When the facts were read (ISO 8601): the reference time of the 90-day windows. */
  readAt?: string;
  /** The default branch and the branches recent releases were made from (Scorecard's set). */
  branches: Gathered<BranchFacts[]>;
  ciRevisions: Gathered<CiRevision[]>;
  /** The most recent releases, newest first. */
  releases: Gathered<Release[]>;
  badge: Gathered<BestPracticesBadge>;
  webhooks: Gathered<Webhook[]>;
  /** Repository metadata: archived, created, visibility, issues enabled, default branch. */
  repositoryFacts: Gathered<RepositoryFacts>;
  issues: Gathered<IssueFacts>;
  /** Merged pull requests into the default branch, with reviews (Code-Review). */
  pullRequests: Gathered<ReviewedPullRequest[]>;
  privateVulnerabilityReporting: Gathered<PrivateVulnerabilityReporting>;
  /** The most recently published security advisories (OSPS-VM-04.01). */
  publishedAdvisories: Gathered<PublishedAdvisory[]>;
  /** HTTP requests sent to the forge and bestpractices.dev. */
  requests: number;
}

export type ForgeFactKey =
  | 'badge'
  | 'branches'
  | 'ciRevisions'
  | 'issues'
  | 'privateVulnerabilityReporting'
  | 'publishedAdvisories'
  | 'pullRequests'
  | 'releases'
  | 'repositoryFacts'
  | 'webhooks';

/** Facts when no forge is connected: every one says why. */
export function noForge(reason: string): ForgeFacts {
  const no = { ok: false as const, reason };
  return {
    unavailable: reason,
    branches: no,
    ciRevisions: no,
    releases: no,
    badge: no,
    webhooks: no,
    repositoryFacts: no,
    issues: no,
    pullRequests: no,
    privateVulnerabilityReporting: no,
    publishedAdvisories: no,
    requests: 0,
  };
}
