import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResultSpec } from './__fixtures__/scan.js';
import { badFinding, check, requirement, scanResult, vuln } from './__fixtures__/scan.js';
import { buildTasks } from './index.js';

/** One project scanned twice: the second time lines moved, findings came in another order, and more appeared. */
function scans(shift: number, extra: boolean): ResultSpec {
  const pins = [20, 24].map((l) => badFinding('pinsDependencies', 30, '.github/workflows/ci.yml', l + shift));
  const checks = [
    check(
      'Pinned-Dependencies',
      'Medium',
      3,
      extra ? [...pins.reverse(), badFinding('pinsDependencies', 30, 'Dockerfile', 3)] : pins,
    ),
    check('Security-Policy', 'Medium', 0, [badFinding('securityPolicyPresent', 30)]),
    ...(extra ? [check('SAST', 'Medium', 0, [badFinding('sastToolConfigured', 30)])] : []),
  ];
  const vulns = [
    vuln({ id: 'A-1', name: 'lodash', version: '4.17.4', fixedIn: '4.17.5', line: 36 + shift }),
    ...(extra
      ? [
          vuln({ id: 'A-2', name: 'lodash', version: '4.17.4', fixedIn: '4.17.11', line: 36 + shift }),
          vuln({ id: 'B-1', name: 'qs', version: '1.0.0', fixedIn: '6.0.4' }),
        ]
      : []),
  ];
  const requirements = [
    requirement('OSPS-VM-02.01', 1, 'needs-review'),
    requirement('OSPS-GV-01.01', 2, 'needs-review'),
  ];
  return {
    checks,
    vulns: extra ? vulns.reverse() : vulns,
    requirements: extra ? requirements.reverse() : requirements,
  };
}

describe('task ids', () => {
  it('do not change when lines move, input order changes or other findings appear', () => {
    const before = buildTasks(scanResult(scans(0, false)));
    const after = buildTasks(scanResult(scans(7, true)));
    const afterIds = new Set(after.map((t) => t.id));
    assert.deepEqual(before.map((t) => t.id).sort(), [
      'baseline/OSPS-GV-01.01',
      'policy/SECURITY.md',
      'posture/Pinned-Dependencies/.github/workflows/ci.yml',
      'vuln/npm/lodash',
    ]);
    for (const t of before) assert.ok(afterIds.has(t.id), `${t.id} is still there`);
    assert.ok(after.length > before.length, 'the second scan has more tasks');
  });

  it('are unique within a scan', () => {
    const ids = buildTasks(scanResult(scans(0, true))).map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});
