import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding, Outcome } from '../../core/model/posture.js';
import type { Check } from '../check.js';
import { evaluateCheck } from '../check.js';
import { codeReviewCheck } from './code-review.js';
import { contributorsCheck } from './contributors.js';
import { maintainedCheck } from './maintained.js';
import { vulnerabilitiesCheck } from './vulnerabilities.js';

const f = (probe: string, outcome: Outcome, values?: Record<string, string>): Finding => ({
  probe,
  outcome,
  message: `${probe} ${outcome}`,
  ...(values ? { values } : {}),
});

const commits = (n: number) =>
  f('hasRecentCommits', n > 0 ? 'true' : 'false', { commitsWithinThreshold: String(n) });
const issues = (n: number) =>
  f('issueActivityByProjectMember', n > 0 ? 'true' : 'false', {
    numberOfIssuesUpdatedWithinThreshold: String(n),
  });
const notArchived = f('archived', 'false');
const old = f('createdRecently', 'false');

type Row = [name: string, findings: Finding[], score: number, status: string];

/** Scorecard's evaluation tables (checks/evaluation/*_test.go), plus the offline cases. */
const TABLES: Array<[Check, Row[]]> = [
  [
    maintainedCheck,
    [
      ['two commits and one issue in 90 days', [commits(2), issues(1), notArchived, old], 2, 'scored'],
      ['no issues, no commits, not archived', [commits(0), issues(0), notArchived, old], 0, 'scored'],
      ['a missing probe is an error', [commits(0), issues(0), old], -1, 'error'],
      ['archived', [commits(0), issues(0), f('archived', 'true'), old], 0, 'scored'],
      [
        'recently created gets the minimum',
        [commits(20), issues(10), notArchived, f('createdRecently', 'true')],
        0,
        'scored',
      ],
      [
        'offline: archived and issues not available, 12 commits = 10',
        [
          commits(12),
          f('issueActivityByProjectMember', 'not-available'),
          f('archived', 'not-available'),
          old,
        ],
        10,
        'scored',
      ],
      [
        'offline: 11 commits -> 9 (110 / 12)',
        [
          commits(11),
          f('issueActivityByProjectMember', 'not-available'),
          f('archived', 'not-available'),
          old,
        ],
        9,
        'scored',
      ],
      [
        'no history',
        [
          f('hasRecentCommits', 'not-available'),
          issues(0),
          notArchived,
          f('createdRecently', 'not-available'),
        ],
        -1,
        'inconclusive',
      ],
    ],
  ],
  [
    codeReviewCheck,
    [
      ['no findings is an error', [], -1, 'error'],
      ['no changesets', [f('codeApproved', 'not-applicable')], -1, 'inconclusive'],
      [
        'unreviewed changes: minimum score',
        [f('codeApproved', 'false', { approvedChangesets: '0', totalChangesets: '2' })],
        0,
        'scored',
      ],
      [
        'all reviewed',
        [f('codeApproved', 'true', { approvedChangesets: '2', totalChangesets: '2' })],
        10,
        'scored',
      ],
      [
        '2 of 3: integer division',
        [f('codeApproved', 'false', { approvedChangesets: '2', totalChangesets: '3' })],
        6,
        'scored',
      ],
      [
        'reviews only on the forge',
        [{ probe: 'codeApproved', outcome: 'not-available', message: 'needs forge access: ...' }],
        -1,
        'needs-forge',
      ],
    ],
  ],
  [
    contributorsCheck,
    [
      [
        'two organisations',
        [f('contributorsFromOrgOrCompany', 'true'), f('contributorsFromOrgOrCompany', 'true')],
        6,
        'scored',
      ],
      ['no contributors', [f('contributorsFromOrgOrCompany', 'false')], 0, 'scored'],
      [
        'three organisations',
        Array.from({ length: 3 }, () => f('contributorsFromOrgOrCompany', 'true')),
        10,
        'scored',
      ],
      ['no history', [f('contributorsFromOrgOrCompany', 'not-available')], -1, 'inconclusive'],
    ],
  ],
  [
    vulnerabilitiesCheck,
    [
      ['no vulnerabilities', [f('hasOSVVulnerabilities', 'false')], 10, 'scored'],
      [
        'three vulnerabilities',
        Array.from({ length: 3 }, () => f('hasOSVVulnerabilities', 'true')),
        7,
        'scored',
      ],
      [
        'twelve: not below 0',
        Array.from({ length: 12 }, () => f('hasOSVVulnerabilities', 'true')),
        0,
        'scored',
      ],
      ['invalid findings', [f('hasRecentCommits', 'true')], -1, 'error'],
      ['not matched', [f('hasOSVVulnerabilities', 'not-available')], -1, 'inconclusive'],
      [
        'an ecosystem missing but ten found elsewhere: 0 whatever it holds',
        [f('hasOSVVulnerabilities', 'not-available', { vulnerabilities: '10' })],
        0,
        'scored',
      ],
    ],
  ],
];

for (const [check, rows] of TABLES) {
  describe(`${check.name} evaluation (Scorecard's table)`, () => {
    for (const [name, findings, score, status] of rows) {
      it(name, () => {
        const r = evaluateCheck(check, findings);
        assert.deepEqual([r.score, r.status], [score, status]);
        assert.equal(r.evidence, check.evidence);
      });
    }
  });
}
