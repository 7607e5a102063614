import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pc from 'picocolors';
import type { CheckResult } from '../../../core/model/posture.js';
import { evaluateCheck } from '../../../posture/check.js';
import { branchProtectionCheck } from '../../../posture/checks/branch-protection.js';
import { finding } from '../../../posture/probe.js';
import { probeById } from '../../../posture/probes/registry.js';
import { sampleResult } from '../cyclonedx/__fixtures__/scan-result.js';
import { postureLines } from './posture.js';

const colors = pc.createColors(false);
const REMEDIATION = { text: 'Add a SECURITY.md.', effort: 'low' as const, minutes: 10 };

function check(over: Partial<CheckResult>): CheckResult {
  return {
    name: 'Security-Policy',
    risk: 'Medium',
    score: 0,
    reason: 'security policy file not detected',
    details: [],
    findings: [
      { probe: 'securityPolicyPresent', outcome: 'false', message: 'none', remediation: REMEDIATION },
    ],
    evidence: 'local-files',
    status: 'scored',
    documentation: { short: '', url: '' },
    ...over,
  };
}

function lines(checks: CheckResult[]): string[] {
  const result = sampleResult();
  result.posture = {
    status: 'ok',
    scorecardCompat: 'v5',
    checks,
    aggregateScore: 0,
    sources: { files: 'walk', fileCount: 1 },
  };
  return postureLines(result, colors);
}

const fixLines = (checks: CheckResult[]) => lines(checks).filter((l) => l.trim().startsWith('fix:'));

describe('posture table: fix lines', () => {
  const cases: Array<[string, Partial<CheckResult>, number]> = [
    ['a scored check below 10 gets one', {}, 1],
    ['a check at 10 gets none', { score: 10 }, 0],
    [
      'an inconclusive check gets none (its reason says what is missing)',
      { score: -1, status: 'inconclusive' },
      0,
    ],
    ['a check that needs the forge gets none', { score: -1, status: 'needs-forge' }, 0],
    ['an errored check gets none', { score: -1, status: 'error' }, 0],
    [
      'a suppressed finding is not one to act on',
      {
        findings: [
          {
            probe: 'securityPolicyPresent',
            outcome: 'false',
            message: 'none',
            remediation: REMEDIATION,
            suppressed: { reason: 'not-applicable', note: 'no users', source: 'sterling.yaml:3' },
          },
        ],
      },
      0,
    ],
  ];
  for (const [name, over, want] of cases) {
    it(name, () => assert.equal(fixLines([check(over)]).length, want));
  }

  it("Branch-Protection: the first gap in Scorecard's tier order, not the longest remediation", () => {
    const outcomes: Record<string, 'true' | 'false'> = {
      blocksDeleteOnBranches: 'true',
      blocksForcePushOnBranches: 'false',
      branchProtectionAppliesToAdmins: 'false',
      branchesAreProtected: 'true',
      dismissesStaleReviews: 'false',
      requiresApproversForPullRequests: 'false',
      requiresCodeOwnersReview: 'false',
      requiresLastPushApproval: 'false',
      requiresPRsToChangeCode: 'false',
      requiresUpToDateBranches: 'false',
      runsStatusChecksBeforeMerging: 'false',
    };
    // Given in alphabetical order, as the probe registry runs them.
    const findings = Object.entries(outcomes).map(([id, outcome]) =>
      finding(probeById(id)!, outcome, id, undefined, { branchName: 'main', numberOfRequiredReviewers: '0' }),
    );
    const result = evaluateCheck(branchProtectionCheck, findings);
    assert.equal(result.status, 'scored');
    assert.deepEqual(
      result.findings.map((f) => f.probe),
      [...branchProtectionCheck.probes],
    );
    const want = probeById('blocksForcePushOnBranches')!.remediation.text;
    const longest = Object.keys(outcomes)
      .map((id) => probeById(id)!.remediation)
      .reduce((a, b) => ((b.minutes ?? 0) > (a.minutes ?? 0) ? b : a));
    assert.notEqual(longest.text, want, 'the case must tell the two rules apart');
    const got = fixLines([result]);
    assert.equal(got.length, 1);
    assert.ok(got[0]!.includes(want), got[0]);
  });
});
