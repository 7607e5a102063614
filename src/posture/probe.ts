import type { Effort, Finding, FindingLocation, Outcome } from '../core/model/posture.js';
import type { RawFacts } from './raw/collect.js';

/**
 * A probe's metadata (its folder's def.ts). Docs are generated from it; the registry test checks
 * that every field is filled in.
 */
export interface ProbeDef {
  /** Scorecard's probe name (camelCase), or a new name for a Sterling probe. */
  readonly id: string;
  /** One line: what the probe checks. */
  readonly short: string;
  /** Why it matters. */
  readonly motivation: string;
  /** How it decides, including what Sterling does differently from Scorecard. */
  readonly implementation: string;
  /** What to do when the outcome is the bad one. */
  readonly remediation: { readonly text: string; readonly effort: Effort; readonly minutes?: number };
  /** Which outcome is the one to act on (true for e.g. `hasBinaryArtifacts`). */
  readonly bad: 'true' | 'false';
}

/** A probe: metadata + a pure function of the raw facts to findings (at least one). */
export interface Probe extends ProbeDef {
  run(raw: RawFacts): Finding[];
}

/** Builds a finding of `def`, attaching the remediation when the outcome is the bad one. */
export function finding(
  def: ProbeDef,
  outcome: Outcome,
  message: string,
  location?: FindingLocation,
  values?: Record<string, string>,
): Finding {
  const f: Finding = { probe: def.id, outcome, message };
  if (location) f.location = location;
  if (outcome === def.bad) f.remediation = { ...def.remediation };
  if (values) f.values = values;
  return f;
}

/** Runs a probe; a probe that throws (or returns nothing) yields one `error` finding instead. */
export function runProbe(probe: Probe, raw: RawFacts): Finding[] {
  try {
    const findings = probe.run(raw);
    if (findings.length > 0) return findings;
    return [{ probe: probe.id, outcome: 'error', message: 'the probe returned no finding' }];
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return [{ probe: probe.id, outcome: 'error', message: `the probe failed: ${why}` }];
  }
}
