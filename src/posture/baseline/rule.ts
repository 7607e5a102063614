import type { BaselineEvidence, BaselineLevel, BaselineStatus } from '../../core/model/baseline.js';
import type { BaselineInput } from './input.js';

/** The Baseline release Sterling evaluates. */
export const BASELINE_VERSION = 'v2026.02.19';
export const BASELINE_URL = 'https://baseline.openssf.org/versions/2026-02-19';

/** The published page's anchor for a requirement: `OSPS-AC-03.01` -> `#osps-ac-0301`. */
export function baselineUrl(id: string): string {
  return `${BASELINE_URL}#${id.toLowerCase().replaceAll('.', '')}`;
}

/** What an evaluator decides about one requirement. */
export interface Verdict {
  status: BaselineStatus;
  reason: string;
  evidence: BaselineEvidence[];
}

/**
 * One assessment requirement: its id and level (from the Baseline catalogue), a short title in
 * Sterling's words, how Sterling evaluates it (generated into docs/baseline.md), and the evaluator.
 */
export interface Rule {
  readonly id: string;
  readonly level: BaselineLevel;
  readonly title: string;
  /** What the evaluator reads: probes, files, security-insights keys, forge facts, or why it needs review. */
  readonly how: string;
  evaluate(input: BaselineInput): Verdict;
}

export const FORGE_REASON = 'needs forge access (repository settings are not in the checkout)';
export const WORKFLOW_REASON =
  'needs workflow analysis, which this build does not have (the CI configuration is listed as evidence)';

export function pass(reason: string, ...evidence: BaselineEvidence[]): Verdict {
  return { status: 'pass', reason, evidence };
}
export function fail(reason: string, ...evidence: BaselineEvidence[]): Verdict {
  return { status: 'fail', reason, evidence };
}
export function review(reason: string, ...evidence: BaselineEvidence[]): Verdict {
  return { status: 'needs-review', reason, evidence };
}
export function notApplicable(reason: string, ...evidence: BaselineEvidence[]): Verdict {
  return { status: 'not-applicable', reason, evidence };
}

export function fileEvidence(path: string, line?: number): BaselineEvidence {
  return line === undefined ? { kind: 'file', ref: path, path } : { kind: 'file', ref: path, path, line };
}
