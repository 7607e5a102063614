/**
 * A ScanResult with every section filled (the vulnerability sample, two posture checks, three
 * Baseline requirements) and a few tasks, for the HTML renderer's unit tests.
 */
import type { BaselineReport } from '../../../../core/model/baseline.js';
import type { PostureReport } from '../../../../core/model/posture.js';
import type { ScanResult } from '../../../../core/model/scan-result.js';
import type { Task } from '../../../../core/model/task.js';
import { HOSTILE_NAME, HOSTILE_PATH, vulnResult } from '../../__fixtures__/vulns.js';

export function postureReport(): PostureReport {
  return {
    status: 'ok',
    scorecardCompat: 'v5.2.1',
    aggregateScore: 4.3,
    checks: [
      {
        name: 'Pinned-Dependencies',
        risk: 'Medium',
        score: 3,
        reason: 'dependency not pinned by hash detected -- score normalized to 3',
        details: [`Warn: GitHub-owned GitHubAction not pinned by hash: ${HOSTILE_PATH}:12`],
        findings: [
          {
            probe: 'pinsDependencies',
            outcome: 'false',
            message: `unpinned action <img src=x onerror=alert(1)>${HOSTILE_NAME}`,
            location: { path: '.github/workflows/ci.yml', line: 12 },
            remediation: { text: 'Pin the action to a full commit SHA.', effort: 'low', minutes: 5 },
          },
        ],
        evidence: 'local-files',
        status: 'scored',
        documentation: {
          short: 'Determines if the project has declared and pinned the dependencies of its build process.',
          url: 'https://github.com/ossf/scorecard/blob/main/docs/checks.md#pinned-dependencies',
        },
      },
      {
        name: 'Branch-Protection',
        risk: 'High',
        score: -1,
        reason: 'needs forge access',
        details: [],
        findings: [],
        evidence: 'forge',
        status: 'needs-forge',
        documentation: { short: 'Determines if the default branch is protected.', url: 'javascript:alert(2)' },
      },
    ],
    sources: { files: 'walk', fileCount: 42 },
  };
}

export function baselineReport(): BaselineReport {
  return {
    status: 'ok',
    version: 'v2026.02.19',
    levelReached: 0,
    levels: [
      { level: 1, total: 2, met: 1, missing: ['OSPS-VM-02.01'] },
      { level: 2, total: 3, met: 1, missing: ['OSPS-VM-02.01'] },
      { level: 3, total: 3, met: 1, missing: ['OSPS-VM-02.01'] },
    ],
    requirements: [
      {
        id: 'OSPS-LE-03.01',
        level: 1,
        title: 'The project has a license file',
        status: 'pass',
        reason: 'LICENSE found',
        evidence: [{ kind: 'file', ref: 'LICENSE', path: 'LICENSE', line: 1 }],
        url: 'https://baseline.openssf.org/versions/2026-02-19#osps-le-0301',
      },
      {
        id: 'OSPS-VM-02.01',
        level: 1,
        title: 'The project has a security contact',
        status: 'fail',
        reason: 'no SECURITY.md',
        evidence: [{ kind: 'finding', ref: 'securityPolicyPresent' }],
        url: 'https://baseline.openssf.org/versions/2026-02-19#osps-vm-0201',
      },
      {
        id: 'OSPS-AC-01.01',
        level: 2,
        title: 'Collaborators use multi-factor authentication',
        status: 'needs-review',
        reason: 'needs forge access',
        evidence: [],
        url: 'https://baseline.openssf.org/versions/2026-02-19#osps-ac-0101',
      },
    ],
    counts: { pass: 1, fail: 1, 'needs-review': 1, 'not-applicable': 0, error: 0 },
    securityInsights: { status: 'absent' },
  };
}

/** Every section ran. */
export function fullResult(): ScanResult {
  const result = vulnResult();
  result.posture = postureReport();
  result.baseline = baselineReport();
  return result;
}

export function sampleTasks(): Task[] {
  return [
    {
      id: 'vulnerability:npm:lodash',
      source: 'vulnerability',
      title: 'Upgrade lodash to 4.17.21',
      why: 'A known flaw in lodash lets an attacker run commands.',
      effortMinutes: 10,
      gain: { vulnerabilitiesRemoved: { high: 1 } },
      value: 75,
      steps: ['Run the command.', 'Run your tests.'],
      command: 'npm install lodash@4.17.21',
      locations: [{ path: 'package-lock.json', line: 40 }],
      refs: ['GHSA-35jh-r3h4-6jhm'],
    },
    {
      id: 'posture:Security-Policy',
      source: 'posture',
      title: 'Add a security policy (SECURITY.md).',
      why: `Reporters need to know how to reach you privately. ${HOSTILE_NAME}`,
      effortMinutes: 15,
      gain: { scorePoints: 0.4, baselineRequirements: ['OSPS-VM-02.01'] },
      value: 40,
      steps: ['Create SECURITY.md with a private contact.'],
      locations: [],
      refs: ['OSPS-VM-02.01', 'Security-Policy'],
    },
    {
      id: 'posture:Pinned-Dependencies',
      source: 'posture',
      title: 'Pin the build actions to exact commits',
      why: 'A moved tag could run someone else’s code in your build.',
      effortMinutes: 90,
      gain: { scorePoints: 0.3 },
      value: 30,
      steps: [],
      locations: [{ path: '.github/workflows/ci.yml', line: 12 }],
      refs: ['pinsDependencies'],
    },
  ];
}
