import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OsvRecord } from '../osv/record.js';
import { cvss2 } from './cvss2.js';
import { cvss3 } from './cvss3.js';
import { cvss4 } from './cvss4.js';
import { severityOf } from './severity.js';

const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
const SCORERS = { cvss2, cvss3, cvss4 } as const;

describe('hostile vectors: refused without throwing', () => {
  const cases: ReadonlyArray<readonly [string, unknown, string]> = [
    ['10 KB vector', `${V31}${'/E:X'.repeat(2500)}`, 'too-long'],
    ['10 KB of one character', 'C'.repeat(10_240), 'too-long'],
    ['a metric repeated', `${V31}/AV:N`, 'duplicate-metric'],
    ['all metrics repeated', `${V31}/${V31.slice('CVSS:3.1/'.length)}`, 'duplicate-metric'],
    ['full-width letter', 'CVSS:3.1/AV:\uff2e/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-value'],
    ['zero-width space in a name', 'CVSS:3.1/A\u200bV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-metric'],
    ['NUL after a value', `${V31}\u0000`, 'unknown-value'],
    ['right-to-left override', `\u202e${V31}`, 'wrong-prefix'],
    ['emoji value', 'CVSS:3.1/AV:😀/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-value'],
    ['lone surrogate', 'CVSS:3.1/AV:\ud800/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-value'],
    ['prototype key', 'CVSS:3.1/__proto__:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-metric'],
    ['constructor key', 'CVSS:3.1/constructor:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-metric'],
    ['toString value', 'CVSS:3.1/AV:toString/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-value'],
    ['slashes only', `CVSS:3.1/${'/'.repeat(150)}`, 'malformed'],
    ['colons only', `CVSS:3.1/${':'.repeat(150)}`, 'unknown-metric'],
    ['not a string', 42, 'malformed'],
    ['null', null, 'malformed'],
  ];
  for (const [name, input, problem] of cases) {
    it(`cvss3: ${name}`, () => {
      const r = cvss3(input as string);
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.problem, problem);
    });
  }
  it('every version refuses every hostile input', () => {
    for (const [, input] of cases) {
      for (const [name, score] of Object.entries(SCORERS)) {
        const r = score(input as string);
        assert.equal(r.ok, false, `${name}: ${String(input).slice(0, 40)}`);
      }
    }
  });
  it('v4 refuses a unicode look-alike prefix and a 10 KB tail', () => {
    assert.equal(cvss4(V4.replace('CVSS', 'CVS\u0405')).ok, false);
    assert.equal(cvss4(`${V4}${'/AU:N'.repeat(2000)}`).ok, false);
  });
});

describe('hostile records: severityOf never throws', () => {
  const cases: ReadonlyArray<readonly [string, unknown]> = [
    ['non-string score', { severity: [{ type: 'CVSS_V3', score: 7.5 }] }],
    ['non-string type', { severity: [{ type: null, score: V31 }] }],
    ['label that is an object', { database_specific: { severity: { toString: 'HIGH' } } }],
    ['huge label', { database_specific: { severity: `HIGH${' '.repeat(100_000)}` } }],
    ['prototype-named label', { database_specific: { severity: '__proto__' } }],
    ['label constructor', { database_specific: { severity: 'constructor' } }],
  ];
  for (const [name, extra] of cases) {
    it(name, () => {
      const rec = { id: 'X-1', modified: '2024-01-01T00:00:00Z', ...(extra as object) } as OsvRecord;
      assert.deepEqual(severityOf(rec), { level: 'unknown', source: 'none' });
    });
  }
});
