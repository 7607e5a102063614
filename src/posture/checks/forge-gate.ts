/** The first thing a forge check does: no forge fact -> needs-forge with the reason (score -1). */
import type { Finding } from '../../core/model/posture.js';
import type { Evaluation } from '../check.js';
import { FORGE_UNAVAILABLE } from '../probes/forge.js';

export function forgeGate(findings: readonly Finding[]): Evaluation | undefined {
  const missing = findings.find((f) => f.values?.forge === FORGE_UNAVAILABLE);
  return missing ? { status: 'needs-forge', reason: missing.message } : undefined;
}

/** Detail lines for a forge check that could not run: none (the reason says it all). */
export function unlessUnavailable(
  details: (findings: readonly Finding[]) => string[],
): (findings: readonly Finding[]) => string[] {
  return (findings) => (forgeGate(findings) ? [] : details(findings));
}
