import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { badFinding, check, requirement, scanResult } from './__fixtures__/scan.js';
import { BASELINE_LEVEL_VALUE, buildTasks } from './index.js';

describe('posture and Baseline tasks', () => {
  it('pins dependencies one task per file, sharing the check rise by finding count', () => {
    // Pinned-Dependencies (Medium 5) at 4 alone: to 10 is +6; 3 findings in ci.yml, 1 in the Dockerfile.
    const result = scanResult({
      checks: [
        check('Pinned-Dependencies', 'Medium', 4, [
          badFinding('pinsDependencies', 30, '.github/workflows/ci.yml', 20),
          badFinding('pinsDependencies', 30, '.github/workflows/ci.yml', 24),
          badFinding('pinsDependencies', 30, '.github/workflows/ci.yml', 31),
          badFinding('pinsDependencies', 30, 'Dockerfile', 1),
        ]),
      ],
    });
    const tasks = buildTasks(result);
    assert.deepEqual(
      tasks.map((t) => [t.id, t.gain.scorePoints, t.effortMinutes, t.locations.length]),
      [
        ['posture/Pinned-Dependencies/.github/workflows/ci.yml', 4.5, 30, 3],
        ['posture/Pinned-Dependencies/Dockerfile', 1.5, 30, 1],
      ],
    );
    assert.equal(tasks[0]?.title, 'Pin the dependencies in .github/workflows/ci.yml to hashes');
    assert.deepEqual(tasks[0]?.steps.slice(1), [
      '.github/workflows/ci.yml:20: pinsDependencies failed',
      '.github/workflows/ci.yml:24: pinsDependencies failed',
      '.github/workflows/ci.yml:31: pinsDependencies failed',
    ]);
  });

  it('pinning steps say what to do for the kinds of dependency in the file', () => {
    const typed = (type: string, line: number) => ({
      ...badFinding('pinsDependencies', 30, 'ci.yml', line),
      values: { dependencyType: type, snippet: `${type} at ${line}` },
    });
    const result = scanResult({
      checks: [check('Pinned-Dependencies', 'Medium', 0, [typed('npmCommand', 9), typed('GitHubAction', 3)])],
    });
    const steps = buildTasks(result)[0]?.steps ?? [];
    assert.equal(steps.length, 4);
    assert.match(steps[0] ?? '', /^Pin each action to the full commit SHA/);
    assert.match(steps[1] ?? '', /npm ci/);
    assert.deepEqual(steps.slice(2), ['ci.yml:3: GitHubAction at 3', 'ci.yml:9: npmCommand at 9']);
  });

  it('a repository created in the last 90 days gets no Maintained task (only time clears it)', () => {
    const maintained = (probes: string[]) =>
      buildTasks(
        scanResult({
          checks: [
            check(
              'Maintained',
              'High',
              0,
              probes.map((p) => badFinding(p, 15)),
            ),
          ],
        }),
      ).map((t) => t.id);
    assert.deepEqual(maintained(['createdRecently', 'hasRecentCommits']), []);
    assert.deepEqual(maintained(['hasRecentCommits']), ['posture/Maintained']);
  });

  it('a check without per-file tasks is one task, its effort the largest of its probes', () => {
    const result = scanResult({
      checks: [
        check('SAST', 'Medium', 0, [
          badFinding('sastToolConfigured', 30),
          badFinding('sastToolRunsOnAllCommits', 15),
        ]),
      ],
    });
    const tasks = buildTasks(result);
    assert.deepEqual(
      tasks.map((t) => [t.id, t.effortMinutes, t.steps]),
      [['posture/SAST', 30, ['fix sastToolConfigured', 'fix sastToolRunsOnAllCommits']]],
    );
  });

  it('an existing but incomplete security policy is "complete", with the failing probes\' remediations', () => {
    const result = scanResult({
      checks: [check('Security-Policy', 'Medium', 4, [badFinding('securityPolicyContainsLinks', 5)])],
    });
    const [t] = buildTasks(result);
    assert.equal(t?.id, 'policy/SECURITY.md');
    assert.equal(t?.title, 'Complete the security policy (SECURITY.md)');
    assert.deepEqual(t?.steps, ['fix securityPolicyContainsLinks']);
    assert.equal(t?.effortMinutes, 5);
  });

  it('an existing security policy that falls short: fix what was found, not the whole template', () => {
    const result = scanResult({
      checks: [
        check('Security-Policy', 'Medium', 9, [
          badFinding('securityPolicyContainsVulnerabilityDisclosure', 15),
        ]),
      ],
      requirements: [
        requirement('OSPS-VM-01.01', 2, 'needs-review', [
          { kind: 'file', ref: 'SECURITY.md', path: 'SECURITY.md' },
        ]),
      ],
    });
    const [t] = buildTasks(result);
    assert.equal(t?.title, 'Complete the security policy (SECURITY.md)');
    assert.deepEqual(t?.steps, [
      'fix securityPolicyContainsVulnerabilityDisclosure',
      'Fix: reason of OSPS-VM-01.01 (OSPS-VM-01.01).',
    ]);
    assert.equal(t?.effortMinutes, 15);
    assert.deepEqual(t?.locations, [{ path: 'SECURITY.md' }]);
  });

  it('a Baseline requirement met by the same file merges into the task even without posture', () => {
    const result = scanResult({
      requirements: [
        requirement('OSPS-LE-03.01', 1, 'fail'),
        requirement('OSPS-LE-02.01', 1, 'needs-review'),
        requirement('OSPS-LE-02.02', 1, 'pass'),
      ],
    });
    const tasks = buildTasks(result);
    assert.deepEqual(
      tasks.map((t) => [t.id, t.source, t.gain, t.value]),
      [
        [
          'policy/LICENSE',
          'baseline',
          { baselineRequirements: ['OSPS-LE-02.01', 'OSPS-LE-03.01'] },
          2 * BASELINE_LEVEL_VALUE[1],
        ],
      ],
    );
  });

  const cases: Array<[string, ReturnType<typeof requirement>, string | undefined]> = [
    [
      'a failing requirement without a listed action gets generic steps',
      requirement('OSPS-AC-03.01', 1, 'fail'),
      'baseline/OSPS-AC-03.01',
    ],
    [
      'a needs-review requirement with a concrete action (no file found)',
      requirement('OSPS-BR-04.01', 2, 'needs-review'),
      'baseline/OSPS-BR-04.01',
    ],
    [
      'needs-review with evidence is for a person to review, not a task',
      requirement('OSPS-BR-04.01', 2, 'needs-review', [{ kind: 'file', ref: 'NEWS', path: 'NEWS' }]),
      undefined,
    ],
    [
      'needs-review without a listed action is not a task',
      requirement('OSPS-SA-03.02', 3, 'needs-review'),
      undefined,
    ],
    [
      'needs-review resting on security-insights.yml is not a task',
      requirement('OSPS-VM-02.01', 1, 'needs-review', [
        { kind: 'security-insights', ref: 'project.vulnerability-reporting' },
      ]),
      undefined,
    ],
    ['a passing requirement is not a task', requirement('OSPS-LE-03.01', 1, 'pass'), undefined],
    [
      'a not-applicable requirement is not a task',
      requirement('OSPS-BR-01.01', 1, 'not-applicable'),
      undefined,
    ],
  ];
  for (const [name, r, id] of cases)
    it(name, () => {
      const tasks = buildTasks(scanResult({ requirements: [r] }));
      assert.deepEqual(
        tasks.map((t) => t.id),
        id ? [id] : [],
      );
      for (const t of tasks) assert.ok(t.steps.length > 0 && t.value > 0 && t.effortMinutes >= 1);
    });

  it('a forge setting that fails is a quick settings task', () => {
    const r = requirement('OSPS-VM-03.01', 2, 'fail', [
      { kind: 'forge', ref: 'privateVulnerabilityReporting' },
    ]);
    r.id = 'OSPS-AC-01.01';
    const [t] = buildTasks(scanResult({ requirements: [r] }));
    assert.equal(t?.effortMinutes, 10);
    assert.match(t?.steps[0] ?? '', /^Change the repository setting: /);
  });
});
