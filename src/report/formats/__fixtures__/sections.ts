/**
 * Posture and OSPS Baseline sections built by hand for the renderer tests (the checks and the
 * Baseline evaluator are tested on their own): `checks` scored checks with falling scores, and
 * `requirements` Baseline requirements of which every other one fails.
 */
import type { BaselineReport, BaselineRequirementResult } from '../../../core/model/baseline.js';
import type { CheckResult, PostureReport } from '../../../core/model/posture.js';

export function checkResult(name: string, score: number, reason: string): CheckResult {
  return {
    name,
    risk: 'High',
    score,
    reason,
    details: [],
    findings:
      score < 10
        ? [
            {
              probe: `${name}Probe`,
              outcome: 'false',
              message: reason,
              remediation: { text: `Fix ${name}`, effort: 'low', minutes: 15 },
            },
          ]
        : [],
    evidence: 'local-files',
    status: score < 0 ? 'inconclusive' : 'scored',
    documentation: { short: `About ${name}`, url: `https://example.com/checks#${name.toLowerCase()}` },
  };
}

export function postureReport(checks = 6, aggregateScore = 6.2): PostureReport {
  return {
    status: 'ok',
    scorecardCompat: 'v5.1.1',
    checks: Array.from({ length: checks }, (_, i) =>
      checkResult(`Check-${String.fromCharCode(65 + (i % 26))}${i}`, i === checks - 1 ? -1 : 10 - i, `reason ${i}`),
    ),
    aggregateScore,
    sources: { files: 'git-tracked', fileCount: 42 },
  };
}

export function baselineReport(requirements = 8, levelReached: 0 | 1 | 2 | 3 = 1): BaselineReport {
  const reqs: BaselineRequirementResult[] = Array.from({ length: requirements }, (_, i) => ({
    id: `OSPS-XX-${String(i).padStart(2, '0')}.01`,
    level: ((i % 3) + 1) as 1 | 2 | 3,
    title: `Requirement ${i}`,
    status: i % 2 === 0 ? 'pass' : 'fail',
    reason: `because ${i}`,
    evidence: [],
    url: `https://baseline.openssf.org/versions/2026-02-19#osps-xx-${i}`,
  }));
  const fail = reqs.filter((r) => r.status === 'fail').length;
  return {
    status: 'ok',
    version: 'v2026.02.19',
    levelReached,
    levels: [1, 2, 3].map((level) => ({
      level: level as 1 | 2 | 3,
      total: reqs.filter((r) => r.level <= level).length,
      met: reqs.filter((r) => r.level <= level && r.status === 'pass').length,
      missing: reqs.filter((r) => r.level === level && r.status === 'fail').map((r) => r.id),
    })),
    requirements: reqs,
    counts: { pass: requirements - fail, fail, 'needs-review': 0, 'not-applicable': 0, error: 0 },
    securityInsights: { status: 'absent' },
  };
}
