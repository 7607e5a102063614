import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { badFinding, check, requirement, scanResult, vuln } from './__fixtures__/scan.js';
import { BASELINE_LEVEL_VALUE, buildTasks } from './index.js';

describe('buildTasks', () => {
  it('is empty when no section ran', () => {
    assert.deepEqual(buildTasks(scanResult()), []);
  });

  it('gives a posture task the aggregate rise of its check reaching 10', () => {
    // Two scored checks: High (7.5) at 0 and Medium (5) at 10: aggregate 5*10/12.5 = 4; High at 10 -> 10.
    const result = scanResult({
      checks: [check('Fuzzing', 'High', 0, [badFinding('fuzzed', 240)]), check('SAST', 'Medium', 10)],
    });
    const [task] = buildTasks(result);
    assert.equal(task?.id, 'posture/Fuzzing');
    assert.equal(task?.gain.scorePoints, 6);
    assert.equal(task?.value, 60);
    assert.equal(task?.effortMinutes, 240);
  });

  it('makes no task of a check at 10, an unscored check, or suppressed findings', () => {
    const suppressed = {
      ...badFinding('sastToolConfigured', 30),
      suppressed: { reason: 'not-applicable' as const, note: 'n', source: 'sterling.yaml:3' },
    };
    const result = scanResult({
      checks: [
        check('Token-Permissions', 'High', 10, [badFinding('jobLevelPermissions', 15, 'ci.yml', 3)]),
        check('Packaging', 'Medium', -1, [badFinding('packagedWithAutomatedWorkflow', 60)]),
        check('Branch-Protection', 'High', -1, [badFinding('branchesAreProtected', 15)], 'needs-forge'),
        check('SAST', 'Medium', 0, [suppressed]),
      ],
    });
    assert.deepEqual(buildTasks(result), []);
  });

  it('merges a posture check and Baseline requirements met by the same file into one task', () => {
    const result = scanResult({
      checks: [
        check('Security-Policy', 'Medium', 0, [
          badFinding('securityPolicyPresent', 30),
          badFinding('securityPolicyContainsLinks', 5),
        ]),
      ],
      requirements: [
        requirement('OSPS-VM-02.01', 1, 'needs-review'),
        requirement('OSPS-VM-01.01', 2, 'fail'),
      ],
    });
    const tasks = buildTasks(result);
    assert.equal(tasks.length, 1);
    const t = tasks[0]!;
    assert.equal(t.id, 'policy/SECURITY.md');
    assert.equal(t.source, 'posture');
    assert.equal(t.gain.scorePoints, 10);
    assert.deepEqual(t.gain.baselineRequirements, ['OSPS-VM-01.01', 'OSPS-VM-02.01']);
    assert.equal(t.value, 100 + BASELINE_LEVEL_VALUE[1] + BASELINE_LEVEL_VALUE[2]);
    assert.deepEqual(t.refs, [
      'OSPS-VM-01.01',
      'OSPS-VM-02.01',
      'Security-Policy',
      'securityPolicyContainsLinks',
      'securityPolicyPresent',
    ]);
  });

  it('makes one task per package to upgrade, to the fix that clears every advisory', () => {
    const result = scanResult({
      vulns: [
        vuln({ id: 'A-1', name: 'lodash', version: '4.17.4', level: 'low', fixedIn: '4.17.5' }),
        vuln({ id: 'A-2', name: 'lodash', version: '4.17.4', level: 'high', fixedIn: '4.17.11' }),
      ],
    });
    const [t] = buildTasks(result);
    assert.equal(t?.id, 'vuln/npm/lodash');
    assert.equal(t?.title, 'Upgrade lodash to 4.17.11');
    assert.equal(t?.command, 'npm install lodash@4.17.11');
    assert.deepEqual(t?.gain.vulnerabilitiesRemoved, { low: 1, high: 1 });
    assert.equal(t?.value, 10);
  });
});
