/** A small posture report for renderer tests: every case a renderer must tell apart. */
import type { Annotation, CheckResult, Finding, PostureReport } from '../../../core/model/posture.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { detailLine } from '../../../posture/check.js';
import { vulnResult } from './vulns.js';

const DOCS = 'https://github.com/ossf/scorecard/blob/main/docs/checks.md';

/** A probe/path rule of sterling.yaml that suppressed one finding. */
export const RELEASE_SUPPRESSION: Annotation = {
  reason: 'not-applicable',
  note: 'release.yml only runs on tags, in a protected environment',
  source: 'sterling.yaml:14',
};

/** A check-level annotation (no probe, no path): the whole check is annotated. */
export const CODE_REVIEW_ANNOTATION: Annotation = {
  reason: 'not-supported',
  note: 'reviews happen on Gerrit',
  source: 'sterling.yaml:20',
};

export function check(
  name: string,
  risk: CheckResult['risk'],
  score: number,
  findings: Finding[],
  extra: Partial<CheckResult> = {},
): CheckResult {
  const details = findings.map((f) => detailLine(f.remediation ? 'Warn' : 'Info', f));
  return {
    name,
    risk,
    score,
    reason: score === 10 ? `${name} passes` : `${name} fails`,
    details,
    findings,
    evidence: 'local-files',
    status: 'scored',
    documentation: { short: `Determines ${name}.`, url: `${DOCS}#${name.toLowerCase()}` },
    ...extra,
  };
}

const fix = (text: string) => ({ text, effort: 'low' as const });

export function postureChecks(): CheckResult[] {
  return [
    check('Binary-Artifacts', 'High', 10, [
      { probe: 'hasBinaryArtifacts', outcome: 'false', message: 'no binary artifacts' },
    ]),
    check('Branch-Protection', 'High', -1, [], {
      status: 'needs-forge',
      reason: 'branch protection settings are only known to the forge',
    }),
    check(
      'Code-Review',
      'High',
      2,
      [{ probe: 'codeApproved', outcome: 'false', message: '3 of 30 changesets reviewed', remediation: fix('Review') }],
      { annotations: [CODE_REVIEW_ANNOTATION] },
    ),
    check('Fuzzing', 'Medium', -1, [], { status: 'inconclusive', reason: 'no fuzzer could be seen' }),
    check('Pinned-Dependencies', 'Medium', 6, [
      {
        probe: 'pinsDependencies',
        outcome: 'false',
        message: 'GitHub-owned GitHubAction not pinned by hash (actions/checkout@v4 at line 12)',
        location: { path: '.github/workflows/ci.yml', line: 12 },
        remediation: fix('Pin the action by its commit hash'),
      },
      {
        probe: 'pinsDependencies',
        outcome: 'true',
        message: 'pinned by hash',
        location: { path: '.github/workflows/ci.yml', line: 20 },
      },
    ]),
    check('Security-Policy', 'Medium', 0, [
      {
        probe: 'securityPolicyPresent',
        outcome: 'false',
        message: 'no security policy file detected',
        remediation: fix('Add SECURITY.md'),
      },
    ]),
    check(
      'Token-Permissions',
      'High',
      0,
      [
        {
          probe: 'topLevelPermissions',
          outcome: 'false',
          message: "topLevel 'contents' permission set to 'write'",
          location: { path: '.github/workflows/ci.yml', line: 3 },
          remediation: fix('Declare read-only permissions at the top level'),
        },
        {
          probe: 'topLevelPermissions',
          outcome: 'false',
          message: "topLevel 'packages' permission set to 'write'",
          location: { path: '.github/workflows/release.yml', line: 5 },
          remediation: fix('Declare read-only permissions at the top level'),
          suppressed: RELEASE_SUPPRESSION,
        },
      ],
      { annotations: [RELEASE_SUPPRESSION] },
    ),
  ];
}

export function postureReport(checks: CheckResult[] = postureChecks()): PostureReport {
  return {
    status: 'ok',
    scorecardCompat: 'v5.1.1',
    checks,
    aggregateScore: 3.4,
    sources: { files: 'git-tracked', fileCount: 42 },
  };
}

/** The vulnerability sample with posture results. */
export function postureResult(checks?: CheckResult[]): ScanResult {
  const result = vulnResult();
  result.posture = postureReport(checks ?? postureChecks());
  return result;
}
