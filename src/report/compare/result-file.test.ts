import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../core/errors/index.js';
import { vulnResult } from '../formats/__fixtures__/vulns.js';
import { parseResultFile, previousScan } from './result-file.js';

describe('parseResultFile', () => {
  it('reads a result written by --format json and keeps what comparisons need', () => {
    const r = vulnResult();
    const prev = previousScan(parseResultFile(JSON.stringify(r), 'prev.json'), 'prev.json');
    assert.equal(prev.createdAt, r.createdAt);
    assert.equal(
      prev.findings?.length,
      r.vulnerabilities.status === 'ok' ? r.vulnerabilities.findings.length : -1,
    );
    assert.equal(prev.findings?.filter((f) => f.suppressed).length, 2);
  });
  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', '{"schemaVersion":', /prev\.json: not JSON/],
    [
      'another tool',
      JSON.stringify({ ...vulnResult(), tool: { name: 'other' } }),
      /prev\.json: not a Sterling scan result: tool\.name/,
    ],
    [
      'a future major version',
      JSON.stringify({ ...vulnResult(), schemaVersion: '2.0.0' }),
      /schemaVersion: expected a 1\.x schema version/,
    ],
    [
      'a finding without a severity',
      JSON.stringify(brokenFinding()),
      /vulnerabilities\.findings\.0\.severity/,
    ],
    ['an array', '[]', /\(top level\)/],
  ];
  for (const [name, text, message] of bad) {
    it(`refuses ${name} with a message naming the file and the field`, () => {
      assert.throws(
        () => parseResultFile(text, 'prev.json'),
        (err: unknown) =>
          err instanceof InputError &&
          message.test(err.message) &&
          err.path === 'prev.json' &&
          /--format json/.test(err.hint ?? ''),
      );
    });
  }
});

function brokenFinding(): unknown {
  const r = vulnResult();
  if (r.vulnerabilities.status !== 'ok') throw new Error('fixture');
  delete (r.vulnerabilities.findings[0] as { severity?: unknown }).severity;
  return r;
}
