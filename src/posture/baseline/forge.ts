import type { BaselineEvidence } from '../../core/model/baseline.js';
import { FORGE_REASON, fail, pass, review, type Verdict } from './rule.js';

/** One fact read from the forge, with the API call it came from (e.g. `GET /repos/o/r/rulesets`). */
export interface ForgeFact<T> {
  value: T;
  ref: string;
}

/**
 * The repository settings the Baseline asks about, as a forge client will report them. Sterling has
 * no forge client wired in yet: the input is `undefined` and every field's requirement says
 * FORGE_REASON. A later change fills these from the forge client; the evaluators are ready.
 */
export interface BaselineForgeFacts {
  /** The owner requires multi-factor authentication of its members (AC-01.01). */
  mfaRequired?: ForgeFact<boolean>;
  /** New collaborators get the lowest permission by default (AC-02.01). */
  leastPrivilegeDefault?: ForgeFact<boolean>;
  /** The primary branch refuses direct pushes (AC-03.01). */
  primaryBranchBlocksPush?: ForgeFact<boolean>;
  /** The primary branch cannot be deleted without an explicit override (AC-03.02). */
  primaryBranchBlocksDeletion?: ForgeFact<boolean>;
  /** The CI token's default permissions are read-only (AC-04.01). */
  ciTokenReadOnlyByDefault?: ForgeFact<boolean>;
  /** Release assets carry the release version in their names (BR-02.02). */
  releaseAssetsVersioned?: ForgeFact<boolean>;
  /** Releases carry signatures or a signed checksum manifest (BR-06.01). */
  releasesSigned?: ForgeFact<boolean>;
  /** Issues or discussions are enabled (GV-02.01). */
  publicDiscussion?: ForgeFact<boolean>;
  /** A DCO or CLA check is required on changes (LE-01.01). */
  contributorAssertionRequired?: ForgeFact<boolean>;
  /** The repository is public (QA-01.01, QA-01.02). */
  publiclyReadable?: ForgeFact<boolean>;
  /** Compiled release assets come with an SBOM (QA-02.02). */
  releaseSbom?: ForgeFact<boolean>;
  /** Status checks are required before merging to the primary branch (QA-03.01). */
  requiredStatusChecks?: ForgeFact<boolean>;
  /** Approvals by someone other than the author required before merging (QA-07.01). */
  requiredApprovals?: ForgeFact<number>;
  /** Private vulnerability reporting is enabled (VM-03.01). */
  privateVulnerabilityReporting?: ForgeFact<boolean>;
  /** Security advisories are published (VM-04.01). */
  publishedAdvisories?: ForgeFact<boolean>;
}

export type ForgeKey = keyof BaselineForgeFacts;

function evidenceOf(key: ForgeKey, fact: ForgeFact<unknown>): BaselineEvidence {
  return { kind: 'forge', ref: `${key}: ${fact.ref}` };
}

/**
 * A requirement decided by one boolean forge fact: pass when it holds, fail when the forge says it
 * does not, needs-review when the fact is unknown (no forge access).
 */
export function byForgeFlag(
  forge: BaselineForgeFacts | undefined,
  key: Exclude<ForgeKey, 'requiredApprovals'>,
  yes: string,
  no: string,
): Verdict {
  const fact = forge?.[key];
  if (fact === undefined) return review(FORGE_REASON);
  return fact.value ? pass(yes, evidenceOf(key, fact)) : fail(no, evidenceOf(key, fact));
}

/** QA-07.01: at least one approval required. */
export function byApprovals(forge: BaselineForgeFacts | undefined): Verdict {
  const fact = forge?.requiredApprovals;
  if (fact === undefined) return review(FORGE_REASON);
  const ev = evidenceOf('requiredApprovals', fact);
  return fact.value >= 1
    ? pass(`merges need ${fact.value} approval(s)`, ev)
    : fail('merges to the primary branch need no approval', ev);
}
