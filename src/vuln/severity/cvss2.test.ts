import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cvss2 } from './cvss2.js';

/**
 * Expected Base Scores: the worked examples of the CVSS v2 guide (https://www.first.org/cvss/v2/guide,
 * section 3.3: CVE-2002-0392, CVE-2003-0818, CVE-2003-0062), and FIRST/NVD calculator output recorded in
 * RedHatProductSecurity/cvss tests/vectors_simple2 and vectors_calculator2.
 */
const CASES: ReadonlyArray<readonly [string, number]> = [
  ['AV:N/AC:L/Au:N/C:N/I:N/A:C', 7.8], // CVE-2002-0392 (Apache chunked encoding)
  ['AV:N/AC:L/Au:N/C:C/I:C/A:C', 10.0], // CVE-2003-0818 (Windows ASN.1)
  ['AV:L/AC:H/Au:N/C:C/I:C/A:C', 6.2], // CVE-2003-0062 (NOD32 buffer overflow)
  ['AV:N/AC:L/Au:N/C:P/I:P/A:P', 7.5],
  ['AV:N/AC:M/Au:N/C:P/I:N/A:N', 4.3],
  ['AV:N/AC:L/Au:S/C:N/I:P/A:N', 4.0],
  ['AV:L/AC:L/Au:N/C:C/I:C/A:C', 7.2],
  ['AV:A/AC:M/Au:S/C:P/I:P/A:N', 3.8],
  ['AV:L/AC:H/Au:M/C:P/I:N/A:N', 0.8],
  ['AV:N/AC:H/Au:M/C:N/I:N/A:N', 0.0],
  ['AV:A/AC:M/Au:S/C:N/I:N/A:P', 2.3],
  ['AV:A/AC:M/Au:N/C:C/I:N/A:P/E:POC/RL:W/RC:UC', 6.4],
  ['AV:A/AC:H/Au:S/C:N/I:P/A:P/E:POC/RL:OF/RC:C/CDP:LM/TD:M/CR:M/IR:L/AR:L', 2.9],
  ['AV:N/AC:L/Au:S/C:C/I:C/A:C/E:U/RL:U/RC:C', 9.0],
];

describe('cvss2: Base Scores', () => {
  for (const [vector, want] of CASES) {
    it(`${vector} -> ${want}`, () =>
      assert.deepEqual(cvss2(vector), { ok: true, version: '2.0', baseScore: want }));
  }
  it('scores all 729 Base vectors in [0, 10], 0 exactly when there is no impact', () => {
    let count = 0;
    for (const av of 'LAN')
      for (const ac of 'HML')
        for (const au of 'MSN')
          for (const c of 'NPC')
            for (const i of 'NPC')
              for (const a of 'NPC') {
                const v = `AV:${av}/AC:${ac}/Au:${au}/C:${c}/I:${i}/A:${a}`;
                const r = cvss2(v);
                assert.ok(r.ok, v);
                assert.ok(r.baseScore >= 0 && r.baseScore <= 10, v);
                assert.equal(r.baseScore === 0, c === 'N' && i === 'N' && a === 'N', v);
                count++;
              }
    assert.equal(count, 729);
  });
});

describe('cvss2: invalid vectors', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['empty', '', 'missing-metric'],
    ['missing Au', 'AV:N/AC:L/C:P/I:P/A:P', 'missing-metric'],
    ['v3 vector', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-metric'],
    ['duplicate', 'AV:N/AC:L/Au:N/C:P/I:P/A:P/AV:L', 'duplicate-metric'],
    ['v3 value', 'AV:N/AC:L/Au:N/C:H/I:P/A:P', 'unknown-value'],
    ['NVD parentheses', '(AV:N/AC:L/Au:N/C:P/I:P/A:P)', 'unknown-metric'],
  ];
  for (const [name, vector, problem] of cases) {
    it(name, () => {
      const r = cvss2(vector);
      assert.equal(!r.ok && r.problem, problem);
    });
  }
});
