import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateTasksDocument } from '../../../../test/helpers/scan-schema.js';
import { badFinding, check, requirement, scanResult, vuln } from '../../../tasks/__fixtures__/scan.js';
import { selectTasks } from '../../../tasks/select.js';
import { renderTasksJson } from './json.js';
import { renderTasksTable } from './table.js';

const HOSTILE = 'evil\u001b[31mred\u0007\u202e';

function sample() {
  return scanResult({
    checks: [check('SAST', 'Medium', 0, [badFinding('sastToolConfigured', 30)])],
    vulns: [vuln({ id: 'GHSA-1', name: HOSTILE, version: '1.0.0', fixedIn: '1.0.1', level: 'critical' })],
    requirements: [requirement('OSPS-LE-03.01', 1, 'fail')],
  });
}

describe('sterling tasks output', () => {
  it('the JSON document validates against schema/tasks.schema.json, with and without tasks', () => {
    for (const result of [sample(), scanResult()]) {
      for (const options of [{}, { budgetMinutes: 20, limit: 1 }]) {
        const doc = JSON.parse(renderTasksJson(result, selectTasks(result, options)));
        assert.deepEqual(validateTasksDocument(doc), []);
      }
    }
  });

  it('the table escapes terminal controls from the scan', () => {
    const out = renderTasksTable(sample(), selectTasks(sample()), { color: false });
    for (const control of ['\u001b', '\u0007', '\u202e']) assert.ok(!out.includes(control));
    assert.match(out, /Upgrade evil\\x1b\[31mred\\x07\\u\{202e\} to 1\.0\.1/);
  });

  it('lists rank, effort, gain and title, then why, gain, steps, command and id', () => {
    const result = scanResult({
      vulns: [vuln({ id: 'G', name: 'lodash', version: '1.0.0', fixedIn: '1.0.1', level: 'critical' })],
      requirements: [requirement('OSPS-LE-03.01', 1, 'fail')],
    });
    const out = renderTasksTable(result, selectTasks(result, { limit: 1 }));
    const lines = out.split('\n');
    const first = lines.findIndex((l) => /^1 {2,}\d/.test(l));
    assert.match(lines[first] ?? '', /^1\s+10 min\s+1 vuln\s+Upgrade /);
    assert.match(lines[first + 1] ?? '', /^\s+why: /);
    assert.match(lines[first + 2] ?? '', /^\s+gain: removes 1 critical vulnerability$/);
    assert.match(lines[first + 3] ?? '', /^\s+1\. Run `npm install /);
    assert.ok(lines.some((l) => /^\s+run: npm install /.test(l)));
    assert.match(out, /^1 of 2 tasks, 10 min in all, best value per minute first$/m);
  });

  const empty: Array<[string, ReturnType<typeof scanResult>, RegExp]> = [
    ['no section ran', scanResult(), /^Nothing to do could be found: no section that yields tasks ran/m],
    [
      'some sections did not run',
      scanResult({ checks: [check('SAST', 'Medium', 10)] }),
      /^Nothing to do: no actionable finding in posture \(but see what was not checked, below\)\.$/m,
    ],
  ];
  for (const [name, result, pattern] of empty)
    it(`with nothing to do, says so and what did not run: ${name}`, () => {
      const out = renderTasksTable(result, selectTasks(result));
      assert.match(out, pattern);
      assert.match(out, /^Not checked: vulnerabilities: /m);
      assert.match(out, /^Not checked: baseline: /m);
    });
});
