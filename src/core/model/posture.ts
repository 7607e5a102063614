/**
 * The posture model: raw facts -> probes (yes/no findings) -> checks (Scorecard-compatible 0..10
 * scores). Findings and checks follow OpenSSF Scorecard v5's vocabulary so that results can be
 * compared with Scorecard's own and rendered in its JSON v2 shape.
 */

/** A probe's answer. `not-available`: the evidence could not be seen; `error`: the probe failed. */
export type Outcome = 'true' | 'false' | 'not-available' | 'not-applicable' | 'error';

export type Effort = 'low' | 'medium' | 'high';

export interface Remediation {
  text: string;
  effort: Effort;
  /** Rough time to fix, when it can be estimated. */
  minutes?: number;
}

export interface FindingLocation {
  /** Path relative to the scanned folder, POSIX separators. */
  path: string;
  line?: number;
}

export interface Finding {
  /** Id of the probe that produced it (Scorecard's probe name, e.g. `securityPolicyPresent`). */
  probe: string;
  outcome: Outcome;
  message: string;
  location?: FindingLocation;
  /** Present when the outcome is one to act on. */
  remediation?: Remediation;
  /** Extra facts, e.g. `{ tool: 'Dependabot' }`. */
  values?: Record<string, string>;
  /** A maintainer marked this finding as not to act on (sterling.yaml or scorecard.yml). */
  suppressed?: Annotation;
}

/** Scorecard's maintainer-annotation reasons (scorecard.yml `annotations[].reasons[].reason`). */
export const ANNOTATION_REASONS = [
  'test-data',
  'remediated',
  'not-applicable',
  'not-supported',
  'not-detected',
] as const;

export type AnnotationReason = (typeof ANNOTATION_REASONS)[number];

/**
 * A maintainer's statement about a check, a probe or a path. As in Scorecard, it never changes a
 * score: it is shown beside the result, and suppressed findings are not turned into tasks or alerts.
 */
export interface Annotation {
  reason: AnnotationReason;
  /** The maintainer's own words (required in sterling.yaml; Scorecard's reason text for scorecard.yml). */
  note: string;
  /** Where it was declared, `file:line` (e.g. `sterling.yaml:12`). */
  source: string;
}

/** Scorecard's risk levels; they weight the aggregate (Critical 10, High 7.5, Medium 5, Low 2.5). */
export type Risk = 'Critical' | 'High' | 'Medium' | 'Low';

/** What a check's result was computed from. */
export type Evidence = 'local-files' | 'git-history' | 'forge' | 'vulnerability-db';

/**
 * `scored`: score 0..10. `inconclusive`: score -1, the evidence did not allow a score.
 * `needs-forge`: score -1, only the forge (e.g. the GitHub API) knows. `error`: score -1, a probe failed.
 * Only `scored` checks count in the aggregate.
 */
export type CheckStatus = 'scored' | 'inconclusive' | 'needs-forge' | 'error';

export interface CheckResult {
  /** Scorecard's check name, e.g. `Security-Policy`. */
  name: string;
  risk: Risk;
  /** 0..10, or -1 when the status is not `scored`. */
  score: number;
  reason: string;
  /** Scorecard-style detail lines (`Info: ...`, `Warn: ...`). */
  details: string[];
  findings: Finding[];
  evidence: Evidence;
  status: CheckStatus;
  documentation: { short: string; url: string };
  /**
   * Maintainer annotations that apply to the check. As in Scorecard, they are dropped when the check
   * has the maximum score (10) and never change the score.
   */
  annotations?: Annotation[];
}

export interface PostureReport {
  status: 'ok';
  /** The Scorecard release whose checks, probes and scoring these results follow. */
  scorecardCompat: string;
  /** Checks sorted by name. */
  checks: CheckResult[];
  /** Scorecard's weighted aggregate over scored checks, one decimal; -1 when no check was scored. */
  aggregateScore: number;
  /** What the raw collectors could see. */
  sources: {
    /** How the file list was made: the files git tracks, or a walk of the folder. */
    files: 'git-tracked' | 'walk';
    fileCount: number;
    /**
     * `--subpath`: the folder the file-based checks and the history were scoped to (repository-level
     * configuration is still read at the root; see docs/posture.md).
     */
    subpath?: string;
    /** HEAD commit when the target is a git work tree. */
    commit?: string;
    /** Why git history is missing or partial (not a git repository, shallow clone, ...). */
    gitNote?: string;
    /** The forge, when a selected check needs it: the repository asked, requests sent, or why none. */
    forge?: { repository?: string; requests: number; note?: string };
  };
}
