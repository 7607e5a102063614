/**
 * Shared pieces of the probes that read forge facts: a fact that could not be read becomes one
 * `not-available` finding carrying the reason, which the check turns into `needs-forge` (score -1,
 * out of the aggregate) instead of a score.
 */
import type { Finding } from '../../core/model/posture.js';
import { finding, type Probe, type ProbeDef } from '../probe.js';
import type { RawFacts } from '../raw/collect.js';
import type { BranchFacts, Gathered } from '../raw/forge/types.js';

/** `values.forge` of a finding made because the forge fact was not available. */
export const FORGE_UNAVAILABLE = 'unavailable';
/**
 * `values.forge` of a finding of a mixed check (Maintained, Code-Review, SAST) that forge facts
 * decided: the check's evidence is then `forge` and its method text the forge one.
 */
export const FORGE_USED = 'used';

/**
 * The `not-available` finding of a mixed check's probe when its forge fact is missing: a fixed
 * message (what could not be seen) and the reason in value `why`.
 */
export function withoutForgeFact(
  def: ProbeDef,
  message: string,
  why: string,
  values: Record<string, string> = {},
): Finding {
  return finding(def, 'not-available', message, undefined, { ...values, why });
}

/** Values marking a finding as decided from forge facts. */
export function fromForge(values: Record<string, string> = {}): Record<string, string> {
  return { ...values, forge: FORGE_USED };
}

export function forgeProbe<T>(
  def: ProbeDef,
  pick: (raw: RawFacts) => Gathered<T>,
  run: (data: T, raw: RawFacts) => Finding[],
): Probe {
  return {
    ...def,
    run(raw) {
      const fact = pick(raw);
      if (!fact.ok)
        return [finding(def, 'not-available', fact.reason, undefined, { forge: FORGE_UNAVAILABLE })];
      return run(fact.data, raw);
    },
  };
}

export type BranchAnswer = readonly [
  outcome: Finding['outcome'],
  message: string,
  values?: Record<string, string>,
];

/** A Branch-Protection probe: one finding per branch (value `branchName`), not-applicable without branches. */
export function branchProbe(def: ProbeDef, answer: (b: BranchFacts, raw: RawFacts) => BranchAnswer): Probe {
  return forgeProbe(
    def,
    (raw) => raw.forge.branches,
    (branches, raw) => {
      if (branches.length === 0) return [finding(def, 'not-applicable', 'no branches found')];
      return branches.map((b) => {
        const [outcome, message, values] = answer(b, raw);
        return finding(def, outcome, message, undefined, { branchName: b.name, ...values });
      });
    },
  );
}

/** Scorecard's GetTextOutcomeFromBool for a required-to-merge setting. */
export function requiredSetting(value: boolean | undefined, rule: string, branch: string): BranchAnswer {
  if (value === undefined)
    return [
      'not-available',
      `unable to retrieve whether '${rule}' is required to merge on branch '${branch}'`,
    ];
  if (value) return ['true', `'${rule}' is required to merge on branch '${branch}'`];
  return ['false', `'${rule}' is disabled on branch '${branch}'`];
}
