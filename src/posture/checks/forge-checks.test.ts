import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, Outcome } from '../../core/model/posture.js';
import { evaluateCheck } from '../check.js';
import { hasCodeowners } from '../probes/codeowners.js';
import { FORGE_UNAVAILABLE } from '../probes/forge.js';
import { branchProtectionCheck } from './branch-protection.js';
import { CHECKS } from './registry.js';

/** The probe order of the outcome strings below. */
const ORDER = [
  'blocksDeleteOnBranches',
  'blocksForcePushOnBranches',
  'branchesAreProtected',
  'branchProtectionAppliesToAdmins',
  'dismissesStaleReviews',
  'requiresApproversForPullRequests',
  'requiresCodeOwnersReview',
  'requiresLastPushApproval',
  'requiresUpToDateBranches',
  'runsStatusChecksBeforeMerging',
  'requiresPRsToChangeCode',
];
const OUTCOME: Record<string, Outcome> = { T: 'true', F: 'false', '-': 'not-available' };

function branchFindings(branch: string, outcomes: string, reviewers: string): Finding[] {
  return ORDER.map((probe, i) => {
    const values: Record<string, string> = { branchName: branch };
    if (probe === 'requiresApproversForPullRequests') values.numberOfRequiredReviewers = reviewers;
    return { probe, outcome: OUTCOME[outcomes[i]!]!, message: `${probe} on ${branch}`, values };
  });
}

/**
 * Scorecard v5 checks/evaluation/branch_protection_test.go, row for row: branch, the outcomes of
 * the 11 probes (T true, F false, - not available) in ORDER, required reviewers, score (-1 error).
 */
const SCORECARD: Array<[string, string, string, string, number]> = [
  ['Branch name is an empty string which is not allowed and will error', '', 'TTTFFFFFTTT', '0', -1],
  ['Required status check enabled', 'main', 'TTTFFFFFTTT', '0', 4],
  ['Required status check enabled without checking for status string', 'main', 'TTTFFFFFT-T', '0', 4],
  ['Admin run only preventing force pushes and deletions', 'main', 'TTTF---FFFF', '0', 3],
  ['Admin run with all tier 2 requirements except require PRs and reviewers', 'main', 'TTTT---TTTF', '0', 4],
  [
    'Admin run on project requiring pull requests but without approver -- best a single maintainer can do',
    'main',
    'TTTTTFTTTTT',
    '0',
    4,
  ],
  ['Admin run on project with all tier 2 requirements', 'main', 'TTTTFTFTTFT', '1', 6],
  [
    "Non-admin run on project that require zero reviewer (or don't require PRs at all, we can't differentiate it)",
    'main',
    'TTT--------',
    '0',
    3,
  ],
  ['Non-admin run on project that require 1 reviewer', 'main', 'TTT--TF---T', '1', 6],
  ['Required admin enforcement enabled', 'main', 'TTTTFFFFFTT', '0', 3],
  ['Required linear history enabled', 'main', 'TTTFFFFFFTT', '0', 3],
  ['Allow force push enabled', 'main', 'TFTFFFFFFTT', '0', 1],
  ['Allow deletions enabled', 'main', 'FTTFFFFFFTT', '0', 1],
  ['Branches are protected', 'main', 'TTTTTTTTTTT', '1', 8],
  ['Branches are protected and require codeowner review', 'main', 'TTTTTTTTTTT', '1', 8],
];

describe("Branch-Protection evaluation (Scorecard's table)", () => {
  for (const [name, branch, outcomes, reviewers, score] of SCORECARD) {
    it(name, () => {
      const r = evaluateCheck(branchProtectionCheck, branchFindings(branch, outcomes, reviewers));
      assert.equal(r.score, score);
      assert.equal(r.status, score < 0 ? 'error' : 'scored');
    });
  }

  it('two branches: the second without protection halves tier 1', () => {
    const r = evaluateCheck(branchProtectionCheck, [
      ...branchFindings('main', 'TTTTTTTTTTT', '2'),
      ...branchFindings('release/1.x', 'FFF--FF--FF', '0'),
    ]);
    assert.equal(r.score, 1);
    assert.ok(r.details.includes("Warn: branch protection not enabled for branch 'release/1.x'"));
  });

  it('no branches: inconclusive', () => {
    const r = evaluateCheck(
      branchProtectionCheck,
      ORDER.map((probe) => ({ probe, outcome: 'not-applicable' as const, message: 'no branches found' })),
    );
    assert.deepEqual(
      [r.status, r.score, r.reason],
      ['inconclusive', -1, 'unable to detect any development/release branches'],
    );
  });

  it('a protected branch with hidden settings: needs-forge with the reason, never 0', () => {
    const findings = branchFindings('main', 'TTT--------', '0').map((f) =>
      f.probe === 'branchesAreProtected'
        ? {
            ...f,
            values: {
              ...f.values,
              visibility: 'hidden',
              classic: 'needs forge access: no token was given (x)',
            },
          }
        : f,
    );
    const r = evaluateCheck(branchProtectionCheck, findings);
    assert.deepEqual([r.status, r.score], ['needs-forge', -1]);
    assert.equal(
      r.reason,
      "branch 'main' is protected, but only an admin token can see its settings: needs forge access: no token was given (x)",
    );
  });
});

describe('forge checks without forge facts', () => {
  it('every forge check: needs-forge with the probe reason, no details', () => {
    const forgeChecks = CHECKS.filter((c) => c.evidence === 'forge');
    assert.deepEqual(
      forgeChecks.map((c) => c.name),
      ['Branch-Protection', 'CI-Tests', 'CII-Best-Practices', 'Signed-Releases', 'Webhooks'],
    );
    for (const check of forgeChecks) {
      const findings = check.probes.map((probe) => ({
        probe,
        outcome: 'not-available' as const,
        message: 'needs forge access: offline mode, no request was made',
        values: { forge: FORGE_UNAVAILABLE },
      }));
      const r = evaluateCheck(check, findings);
      assert.deepEqual(
        [r.status, r.score, r.reason, r.details],
        ['needs-forge', -1, 'needs forge access: offline mode, no request was made', []],
        check.name,
      );
    }
  });
});

describe('CODEOWNERS lookup (Scorecard: the exact name at any depth)', () => {
  for (const [paths, want] of [
    [['CODEOWNERS'], true],
    [['.github/CODEOWNERS'], true],
    [['services/api/CODEOWNERS'], true],
    [['codeowners', 'CODEOWNERS.md', 'docs/NOTCODEOWNERS'], false],
    [[], false],
  ] as const) {
    it(JSON.stringify(paths), () => assert.equal(hasCodeowners(paths), want));
  }
});
