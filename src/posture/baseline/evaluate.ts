import type {
  BaselineLevelSummary,
  BaselineReport,
  BaselineRequirementResult,
  BaselineStatus,
  SecurityInsightsSummary,
} from '../../core/model/baseline.js';
import type { SecurityInsightsFacts } from '../raw/security-insights/collect.js';
import { applyAttestation, type BaselineAttestation } from './attest.js';
import { BASELINE_CATALOG, BASELINE_LEVELS, type CatalogEntry } from './catalog.js';
import type { BaselineInput } from './input.js';
import { BASELINE_VERSION, type Verdict } from './rule.js';

const STATUSES: readonly BaselineStatus[] = ['pass', 'fail', 'needs-review', 'not-applicable', 'error'];

/** Runs one evaluator; one that throws becomes an `error` result, never a failed scan. */
export function evaluateRequirement(rule: CatalogEntry, input: BaselineInput): BaselineRequirementResult {
  let v: Verdict;
  try {
    v = rule.evaluate(input);
  } catch (err) {
    v = {
      status: 'error',
      reason: `internal error: ${err instanceof Error ? err.message : String(err)}`,
      evidence: [],
    };
  }
  return {
    id: rule.id,
    level: rule.level,
    title: rule.title,
    status: v.status,
    reason: v.reason,
    evidence: v.evidence,
    url: rule.url,
  };
}

function met(r: BaselineRequirementResult): boolean {
  return r.status === 'pass' || r.status === 'not-applicable';
}

/** Per level: how many of the requirements up to it are met, and which of its own are not. */
export function levelSummaries(results: readonly BaselineRequirementResult[]): BaselineLevelSummary[] {
  return BASELINE_LEVELS.map((level) => {
    const upTo = results.filter((r) => r.level <= level);
    return {
      level,
      total: upTo.length,
      met: upTo.filter(met).length,
      missing: results.filter((r) => r.level === level && !met(r)).map((r) => r.id),
    };
  });
}

/** The highest level whose requirements, and those of the levels below, all pass or do not apply. */
export function levelReached(levels: readonly BaselineLevelSummary[]): 0 | 1 | 2 | 3 {
  let reached: 0 | 1 | 2 | 3 = 0;
  for (const l of levels) {
    if (l.met !== l.total) break;
    reached = l.level;
  }
  return reached;
}

export function insightsSummary(si: SecurityInsightsFacts): SecurityInsightsSummary {
  if (si.status === 'absent') return { status: 'absent' };
  if (si.status === 'invalid') {
    return {
      status: 'invalid',
      path: si.path,
      ...(si.schemaVersion ? { schemaVersion: si.schemaVersion } : {}),
      errors: si.errors,
    };
  }
  const valid: SecurityInsightsSummary = {
    status: 'valid',
    path: si.path,
    schemaVersion: si.data.header['schema-version'],
  };
  if (si.warnings.length > 0) valid.warnings = si.warnings;
  return valid;
}

export function evaluateBaseline(
  input: BaselineInput,
  attestations: readonly BaselineAttestation[] = [],
  catalog: readonly CatalogEntry[] = BASELINE_CATALOG,
): BaselineReport {
  const requirements = catalog.map((rule) =>
    applyAttestation(evaluateRequirement(rule, input), attestations),
  );
  const levels = levelSummaries(requirements);
  const counts = Object.fromEntries(
    STATUSES.map((s) => [s, requirements.filter((r) => r.status === s).length]),
  ) as Record<BaselineStatus, number>;
  let securityInsights: SecurityInsightsSummary;
  try {
    securityInsights = insightsSummary(input.raw.securityInsights());
  } catch (err) {
    securityInsights = {
      status: 'invalid',
      errors: [`security-insights.yml could not be read: ${String(err)}`],
    };
  }
  return {
    status: 'ok',
    version: BASELINE_VERSION,
    levelReached: levelReached(levels),
    levels,
    requirements,
    counts,
    securityInsights,
  };
}
