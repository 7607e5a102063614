/**
 * Baseline tasks: requirements with status `fail`, and `needs-review` ones only where a concrete
 * action exists (changes.ts, baseline-actions.ts) and nothing contradicts it (no evidence from
 * security-insights.yml, the forge or an attestation: those need a person to look).
 */
import type { BaselineReport, BaselineRequirementResult } from '../core/model/baseline.js';
import {
  BASELINE_ACTIONS,
  DEFAULT_FAIL_MINUTES,
  FORGE_SETTING_MINUTES,
  PARTIAL_CHANGE_MINUTES,
} from './baseline-actions.js';
import { changeForRequirement } from './changes.js';
import type { TaskPart } from './part.js';
import { BASELINE_LEVEL_VALUE } from './value.js';

const SECOND_HAND = new Set(['security-insights', 'forge', 'attestation']);

function part(
  r: BaselineRequirementResult,
): Omit<TaskPart, 'key' | 'title' | 'why' | 'effortMinutes' | 'steps'> {
  return {
    source: 'baseline',
    gain: { baselineRequirements: [r.id] },
    value: BASELINE_LEVEL_VALUE[r.level],
    locations: r.evidence.flatMap((e) =>
      e.path ? [e.line === undefined ? { path: e.path } : { path: e.path, line: e.line }] : [],
    ),
    refs: [r.id],
  };
}

function requirementPart(r: BaselineRequirementResult): TaskPart | undefined {
  const change = changeForRequirement(r.id);
  const actionable =
    r.status === 'fail' || (r.status === 'needs-review' && !r.evidence.some((e) => SECOND_HAND.has(e.kind)));
  if (change && actionable) {
    // With evidence the file exists (or something was declared): fix what was found, not the template.
    const partial = r.evidence.length > 0;
    return {
      ...part(r),
      key: change.id,
      title: partial ? change.partialTitle : change.title,
      why: change.why,
      effortMinutes: partial ? PARTIAL_CHANGE_MINUTES : change.minutes,
      steps: partial ? [`Fix: ${r.reason} (${r.id}).`] : [...change.steps],
    };
  }
  const action = BASELINE_ACTIONS[r.id];
  if (action && (r.status === 'fail' || (r.status === 'needs-review' && r.evidence.length === 0))) {
    return {
      ...part(r),
      key: `baseline/${r.id}`,
      title: action.title,
      why: action.why,
      effortMinutes: action.minutes,
      steps: [...action.steps],
    };
  }
  if (r.status !== 'fail') return undefined;
  const forge = r.evidence.some((e) => e.kind === 'forge');
  return {
    ...part(r),
    key: `baseline/${r.id}`,
    title: `Meet ${r.id}: ${r.title.charAt(0).toLowerCase()}${r.title.slice(1)}`,
    why: `OSPS Baseline level ${r.level} asks for it; now: ${r.reason}.`,
    effortMinutes: forge ? FORGE_SETTING_MINUTES : DEFAULT_FAIL_MINUTES,
    steps: [
      forge ? `Change the repository setting: ${r.reason}.` : `Fix: ${r.reason}.`,
      `What the Baseline asks: ${r.url}`,
    ],
  };
}

export function baselineParts(baseline: BaselineReport): TaskPart[] {
  return baseline.requirements.flatMap((r) => requirementPart(r) ?? []);
}
