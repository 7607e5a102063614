/**
 * OSPS Baseline conformance: every active assessment requirement of one Baseline release, with a
 * status, the evidence it rests on, and the maturity level the project meets. "Could not observe"
 * is `needs-review`, never `fail`.
 */

export type BaselineLevel = 1 | 2 | 3;

/**
 * `pass`: the evidence shows the requirement is met. `fail`: the evidence shows it is not.
 * `needs-review`: Sterling could not observe it (a forge setting, a policy's content, ...).
 * `not-applicable`: the requirement's condition does not hold (e.g. no CI pipeline in the repository).
 * `error`: the evaluator failed.
 */
export type BaselineStatus = 'pass' | 'fail' | 'needs-review' | 'not-applicable' | 'error';

export interface BaselineEvidence {
  /**
   * `finding`: a posture probe's finding (ref = probe id); `file`: a file in the checkout;
   * `git`: the git history; `security-insights`: a declaration in security-insights.yml (ref = key
   * path); `forge`: a fact read from the forge API; `attestation`: a maintainer's statement in sterling.yaml.
   */
  kind: 'finding' | 'file' | 'git' | 'security-insights' | 'forge' | 'attestation';
  ref: string;
  path?: string;
  line?: number;
}

export interface BaselineRequirementResult {
  /** Assessment requirement id, e.g. `OSPS-AC-03.01`. */
  id: string;
  level: BaselineLevel;
  /** One line, plain language. */
  title: string;
  status: BaselineStatus;
  /** Why, in plain language (what was seen, or what could not be seen). */
  reason: string;
  evidence: BaselineEvidence[];
  /** The requirement in the published Baseline. */
  url: string;
}

export interface BaselineLevelSummary {
  level: BaselineLevel;
  /** Requirements that apply at this level (its own and the lower levels'). */
  total: number;
  /** Of those, how many pass or are not applicable. */
  met: number;
  /** Requirements introduced at this level that are not met (sorted ids). */
  missing: string[];
}

export interface SecurityInsightsSummary {
  status: 'absent' | 'valid' | 'invalid';
  path?: string;
  schemaVersion?: string;
  /** Problems found in the file (`file:line: message`), when it is invalid. */
  errors?: string[];
  /** Unknown keys and files not read (`file:line: message`), when it is valid. */
  warnings?: string[];
}

export interface BaselineReport {
  status: 'ok';
  /** The Baseline release evaluated, e.g. `v2026.02.19`. */
  version: string;
  /** Highest level whose requirements (and the lower levels') all pass or are not applicable; 0 when none. */
  levelReached: 0 | 1 | 2 | 3;
  levels: BaselineLevelSummary[];
  /** Every active requirement, sorted by id. */
  requirements: BaselineRequirementResult[];
  counts: Record<BaselineStatus, number>;
  securityInsights: SecurityInsightsSummary;
}
