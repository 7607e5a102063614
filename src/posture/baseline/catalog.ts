/**
 * The OSPS Baseline v2026.02.19 catalogue: its 64 active assessment requirements (OSPS-BR-01.02 is
 * retired), each with its level, a short title in Sterling's words, how Sterling evaluates it and
 * the evaluator. The requirement texts are the Baseline's own: see `url` (baselineUrl(id)).
 */
import type { BaselineLevel } from '../../core/model/baseline.js';
import { compareStrings } from '../../core/util/compare.js';
import { AC_RULES } from './families/ac.js';
import { BR_RULES } from './families/br.js';
import { DO_RULES } from './families/do.js';
import { GV_RULES } from './families/gv.js';
import { LE_RULES } from './families/le.js';
import { QA_RULES } from './families/qa.js';
import { SA_RULES } from './families/sa.js';
import { VM_RULES } from './families/vm.js';
import { baselineUrl, type Rule } from './rule.js';

export const BASELINE_FAMILIES = {
  AC: 'Access Control',
  BR: 'Build and Release',
  DO: 'Documentation',
  GV: 'Governance',
  LE: 'Legal',
  QA: 'Quality',
  SA: 'Security Assessment',
  VM: 'Vulnerability Management',
} as const;

export type BaselineFamily = keyof typeof BASELINE_FAMILIES;

export interface CatalogEntry extends Rule {
  /** The control the requirement belongs to, e.g. `OSPS-AC-03`. */
  readonly control: string;
  readonly family: BaselineFamily;
  readonly url: string;
}

function entry(rule: Rule): CatalogEntry {
  return {
    ...rule,
    control: rule.id.slice(0, rule.id.lastIndexOf('.')),
    family: rule.id.slice(5, 7) as BaselineFamily,
    url: baselineUrl(rule.id),
  };
}

/** Every active requirement, sorted by id. */
export const BASELINE_CATALOG: readonly CatalogEntry[] = [
  ...AC_RULES,
  ...BR_RULES,
  ...DO_RULES,
  ...GV_RULES,
  ...LE_RULES,
  ...QA_RULES,
  ...SA_RULES,
  ...VM_RULES,
]
  .map(entry)
  .sort((a, b) => compareStrings(a.id, b.id));

export const BASELINE_LEVELS: readonly BaselineLevel[] = [1, 2, 3];
