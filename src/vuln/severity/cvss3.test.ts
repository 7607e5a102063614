import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cvss3, roundup } from './cvss3.js';

/**
 * Expected Base Scores are the output of FIRST's CVSS v3.1 / v3.0 JavaScript calculators, as recorded in
 * RedHatProductSecurity/cvss tests/vectors_simple31 and tests/vectors_simple3 (every Base vector, generated
 * with FIRST's calculator code). The vectors named after a CVE are scorings from FIRST's "CVSS v3.1:
 * Examples" document (https://www.first.org/cvss/v3.1/examples); the rest cover scope, weights and edges.
 */
const V31: ReadonlyArray<readonly [string, string, number]> = [
  ['CVE-2013-1937 phpMyAdmin reflected XSS', 'AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
  ['CVE-2013-0375 MySQL stored SQL injection', 'AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
  ['CVE-2014-3566 SSLv3 POODLE', 'AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N', 3.1],
  ['CVE-2012-1516 VMware guest to host escape', 'AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9],
  ['CVE-2009-0783 Apache Tomcat XML parser', 'AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L', 4.2],
  ['CVE-2012-0384 Cisco IOS command execution', 'AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 8.8],
  ['CVE-2015-1098 Apple iWork denial of service', 'AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 7.8],
  ['CVE-2014-0160 OpenSSL Heartbleed', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
  ['CVE-2014-6271 Bash Shellshock', 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
  ['CVE-2008-1447 DNS Kaminsky bug', 'AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N', 6.8],
  ['CVE-2014-2005 Sophos login screen bypass', 'AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 6.8],
  ['CVE-2010-0467 Joomla directory traversal', 'AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N', 5.8],
  ['CVE-2012-1342 Cisco access control bypass', 'AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:L/A:N', 5.8],
  ['CVE-2013-6014 Juniper proxy ARP denial of service', 'AV:A/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H', 9.3],
  ['CVE-2014-9253 DokuWiki reflected XSS', 'AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N', 5.4],
  ['CVE-2011-1265 Windows Bluetooth RCE', 'AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 8.8],
  ['CVE-2014-2019 Apple iOS security control bypass', 'AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N', 4.6],
  ['CVE-2015-0970 SearchBlox CSRF', 'AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H', 8.8],
  ['CVE-2014-0224 OpenSSL CCS injection', 'AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N', 7.4],
  ['CVE-2012-5376 Chrome sandbox bypass', 'AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H', 9.6],
  ['network, AC:H and UI:R', 'AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N', 6.8],
  ['local, PR:H, scope changed', 'AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H', 8.2],
  ['physical, scope changed', 'AV:P/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 7.6],
  ['maximum (scope changed, capped at 10)', 'AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
  ['no impact, scope unchanged', 'AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0.0],
  ['no impact, scope changed', 'AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N', 0.0],
  ['lowest non-zero, scope unchanged', 'AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.6],
  ['lowest non-zero, scope changed', 'AV:P/AC:H/PR:H/UI:R/S:C/C:L/I:N/A:N', 1.8],
  ['scope changed, low everywhere', 'AV:L/AC:H/PR:H/UI:R/S:C/C:L/I:L/A:L', 4.7],
  ['scope changed, adjacent', 'AV:A/AC:H/PR:L/UI:R/S:C/C:H/I:L/A:N', 6.2],
  ['scope changed, PR:H weight 0.5', 'AV:N/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H', 9.1],
  ['local privilege escalation', 'AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
  ['scope changed, AC:H', 'AV:N/AC:H/PR:L/UI:N/S:C/C:H/I:H/A:H', 8.5],
  ['low band', 'AV:A/AC:L/PR:H/UI:R/S:U/C:N/I:L/A:L', 3.2],
  ['scope changed, PR:L weight 0.68', 'AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:N/A:N', 7.7],
  ['scope changed, user interaction', 'AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:N/A:N', 4.7],
];

describe('cvss3: CVSS v3.1 Base Scores (FIRST calculator)', () => {
  for (const [name, base, want] of V31) {
    it(`${name}: ${base} -> ${want}`, () => {
      assert.deepEqual(cvss3(`CVSS:3.1/${base}`), { ok: true, version: '3.1', baseScore: want });
    });
  }
});

describe('cvss3: CVSS v3.0 vectors use the same Base equations', () => {
  // FIRST v3.0 calculator output (vectors_simple3) equals the v3.1 score for every Base vector.
  for (const [name, base, want] of V31.slice(0, 10)) {
    it(`${name}: CVSS:3.0/${base} -> ${want}`, () => {
      assert.deepEqual(cvss3(`CVSS:3.0/${base}`), { ok: true, version: '3.0', baseScore: want });
    });
  }
});

describe('cvss3: Temporal and Environmental metrics are accepted and do not change the Base Score', () => {
  // Base Scores from FIRST's calculator (RedHatProductSecurity/cvss tests/vectors_calculator3, vectors_cvsslib3).
  const cases: ReadonlyArray<readonly [string, number]> = [
    ['CVSS:3.0/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N/E:F/RL:X', 3.8],
    [
      'CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:C/CR:H/IR:H/AR:H/MAV:N/MAC:L/MPR:L/MUI:N/MS:C/MC:H/MI:H/MA:H',
      9.3,
    ],
    ['CVSS:3.0/AV:L/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N/MAV:A/MAC:L/MPR:N/MUI:N/MS:U/MC:N/MI:N/MA:N', 4.6],
    [
      'CVSS:3.0/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:N/A:H/E:H/RL:W/RC:U/CR:H/IR:H/AR:M/MAV:L/MAC:L/MPR:H/MUI:N/MS:C/MC:N/MI:H/MA:L',
      5.8,
    ],
    [
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:X/RL:X/RC:X/CR:X/IR:X/AR:X/MAV:X/MAC:X/MPR:X/MUI:X/MS:X/MC:X/MI:X/MA:X',
      9.8,
    ],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U', 9.8],
  ];
  for (const [vector, want] of cases) {
    it(vector, () => {
      const r = cvss3(vector);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.baseScore, want);
    });
  }
});

describe('cvss3: every Base vector', () => {
  it('scores all 2,592 Base vectors in [0, 10] with one decimal, identically under 3.0 and 3.1', () => {
    let count = 0;
    for (const av of 'NALP')
      for (const ac of 'LH')
        for (const pr of 'NLH')
          for (const ui of 'NR')
            for (const s of 'UC')
              for (const c of 'HLN')
                for (const i of 'HLN')
                  for (const a of 'HLN') {
                    const base = `AV:${av}/AC:${ac}/PR:${pr}/UI:${ui}/S:${s}/C:${c}/I:${i}/A:${a}`;
                    const r31 = cvss3(`CVSS:3.1/${base}`);
                    const r30 = cvss3(`CVSS:3.0/${base}`);
                    assert.ok(r31.ok && r30.ok, base);
                    assert.equal(r30.baseScore, r31.baseScore, base);
                    assert.ok(r31.baseScore >= 0 && r31.baseScore <= 10, base);
                    assert.equal(Math.round(r31.baseScore * 10) / 10, r31.baseScore, base);
                    assert.equal(r31.baseScore === 0, c === 'N' && i === 'N' && a === 'N', base);
                    count++;
                  }
    assert.equal(count, 2592);
  });
  it('accepts the metrics in any order (the v3.1 specification requires readers to)', () => {
    assert.deepEqual(cvss3('CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N'), {
      ok: true,
      version: '3.1',
      baseScore: 9.8,
    });
  });
});

describe('roundup (v3.1 specification, Appendix A)', () => {
  const cases: ReadonlyArray<readonly [number, number]> = [
    [4.02, 4.1],
    [4.0, 4.0],
    [4.000000000000001, 4.0], // floating-point noise: a naive ceil would give 4.1
    [4.00001, 4.1],
    [4.099999, 4.1],
    [0, 0],
    [9.999, 10.0],
    [10, 10],
  ];
  for (const [input, want] of cases)
    it(`Roundup(${input}) = ${want}`, () => assert.equal(roundup(input), want));
});

describe('cvss3: invalid vectors are results, not exceptions', () => {
  const full = 'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['empty', '', 'wrong-prefix'],
    ['prefix only', 'CVSS:3.1/', 'missing-metric'],
    ['no prefix', full, 'wrong-prefix'],
    ['v2 prefix', `CVSS:2.0/${full}`, 'wrong-prefix'],
    ['v3.2 prefix', `CVSS:3.2/${full}`, 'wrong-prefix'],
    ['lower-case prefix', `cvss:3.1/${full}`, 'wrong-prefix'],
    ['missing A', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H', 'missing-metric'],
    ['missing S', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H', 'missing-metric'],
    ['duplicate metric', `CVSS:3.1/${full}/AV:N`, 'duplicate-metric'],
    ['duplicate with another value', `CVSS:3.1/${full}/C:L`, 'duplicate-metric'],
    ['unknown value', 'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-value'],
    ['X for a Base metric', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:X/I:H/A:H', 'unknown-value'],
    ['lower-case value', 'CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-value'],
    ['bad temporal value', `CVSS:3.1/${full}/E:Z`, 'unknown-value'],
    ['v4 metric', `CVSS:3.1/${full}/AT:N`, 'unknown-metric'],
    ['unknown metric', `CVSS:3.1/${full}/ZZ:N`, 'unknown-metric'],
    ['trailing slash', `CVSS:3.1/${full}/`, 'malformed'],
    ['empty component', 'CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'malformed'],
    ['no colon', 'CVSS:3.1/AVN/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'malformed'],
    ['two colons', 'CVSS:3.1/AV:N:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'unknown-value'],
    ['spaces', ` CVSS:3.1/${full}`, 'wrong-prefix'],
    ['trailing space', `CVSS:3.1/${full} `, 'unknown-value'],
    ['over 200 characters', `CVSS:3.1/${full}${'/E:X'.repeat(50)}`, 'too-long'],
  ];
  for (const [name, vector, problem] of cases) {
    it(name, () => {
      const r = cvss3(vector);
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.problem, problem);
    });
  }
});
