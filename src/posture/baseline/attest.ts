import type { BaselineEvidence, BaselineRequirementResult } from '../../core/model/baseline.js';

/** A maintainer's statement about a requirement (sterling.yaml `baseline.attest`). */
export interface BaselineAttestation {
  id: string;
  status: 'pass' | 'not-applicable';
  reason: string;
  /** The config file, and the entry's line. */
  source: string;
  line?: number;
}

const MAX_REASON_SHOWN = 300;

/**
 * Applies attestations: a requirement Sterling could not observe (needs-review) takes the attested
 * status, with the attestation as evidence; where Sterling has its own evidence (pass, fail,
 * not-applicable, error) that decides, and the attestation is listed as not used.
 */
export function applyAttestation(
  r: BaselineRequirementResult,
  attestations: readonly BaselineAttestation[],
): BaselineRequirementResult {
  const a = attestations.find((x) => x.id === r.id);
  if (!a) return r;
  const where = `${a.source}${a.line ? `:${a.line}` : ''}`;
  const reason = a.reason.trim().slice(0, MAX_REASON_SHOWN);
  const evidence: BaselineEvidence = { kind: 'attestation', ref: `${a.status}: ${reason}`, path: a.source };
  if (a.line) evidence.line = a.line;
  if (r.status !== 'needs-review') {
    return {
      ...r,
      reason: `${r.reason} (the attestation in ${where} is not used: Sterling's own evidence decides)`,
      evidence: [...r.evidence, evidence],
    };
  }
  return {
    ...r,
    status: a.status,
    reason: `attested by the maintainers in ${where}: ${reason} (Sterling: ${r.reason})`,
    evidence: [...r.evidence, evidence],
  };
}
