import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cvss4 } from './cvss4.js';
import { MACROVECTOR_SCORES, MAX_COMPOSED, METRIC_LEVELS } from './cvss4-tables.js';

/**
 * Expected scores are those of FIRST's CVSS v4.0 calculator. Sources:
 * - RedHatProductSecurity/cvss tests/vectors_simple4, vectors_threat4, vectors_security4,
 *   vectors_supplemental4: generated with the reference JavaScript calculator, and adopted as the test data
 *   of RedHatProductSecurity/cvss-v4-calculator (commit 430f190, "Adapt test data from python CVSS lib");
 * - "ref": cvss40.js of RedHatProductSecurity/cvss-v4-calculator at d1eafe0 (the code FIRST's calculator
 *   page runs), evaluated on the vector.
 */
const BASE: ReadonlyArray<readonly [string, number]> = [
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 10.0], // ref
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3], // ref
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:H/SA:L', 9.2],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:H/SI:N/SA:L', 7.8],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:N/SC:N/SI:L/SA:N', 6.9],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:N/VA:L/SC:N/SI:H/SA:N', 8.3],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:N/VA:N/SC:L/SI:N/SA:L', 5.3],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.6],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:P/VC:L/VI:L/VA:N/SC:L/SI:N/SA:N', 4.8],
  ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:N/SA:H', 9.5],
  ['CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:N/SC:L/SI:N/SA:N', 2.1],
  ['CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:L/VA:L/SC:L/SI:N/SA:N', 1.8],
  ['CVSS:4.0/AV:A/AC:L/AT:N/PR:L/UI:P/VC:H/VI:L/VA:H/SC:L/SI:L/SA:L', 5.3],
  ['CVSS:4.0/AV:P/AC:H/AT:N/PR:H/UI:A/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', 0.0],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:N/VA:H/SC:N/SI:H/SA:N', 9.2],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:N/VA:L/SC:N/SI:H/SA:N', 6.3],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:P/VC:N/VI:H/VA:H/SC:H/SI:H/SA:N', 8.3],
  ['CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:L', 6.0],
  ['CVSS:4.0/AV:N/AC:H/AT:N/PR:L/UI:A/VC:N/VI:H/VA:N/SC:H/SI:H/SA:H', 7.1],
  ['CVSS:4.0/AV:N/AC:H/AT:P/PR:L/UI:N/VC:N/VI:N/VA:H/SC:L/SI:L/SA:L', 6.0],
  ['CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:N/VI:H/VA:H/SC:N/SI:N/SA:L', 7.2],
  ['CVSS:4.0/AV:A/AC:L/AT:N/PR:L/UI:A/VC:H/VI:N/VA:H/SC:H/SI:N/SA:N', 6.8],
  ['CVSS:4.0/AV:A/AC:L/AT:P/PR:N/UI:A/VC:H/VI:N/VA:H/SC:L/SI:N/SA:H', 7.0],
  ['CVSS:4.0/AV:A/AC:H/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:L/SI:H/SA:H', 7.3],
  ['CVSS:4.0/AV:A/AC:H/AT:N/PR:H/UI:N/VC:N/VI:N/VA:L/SC:N/SI:L/SA:N', 2.0],
  ['CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:P/VC:H/VI:H/VA:L/SC:L/SI:L/SA:N', 5.3],
  ['CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:P/VC:N/VI:H/VA:H/SC:H/SI:L/SA:N', 8.3],
  ['CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:L', 7.4],
  ['CVSS:4.0/AV:L/AC:H/AT:N/PR:L/UI:P/VC:L/VI:L/VA:H/SC:N/SI:H/SA:H', 5.9],
  ['CVSS:4.0/AV:L/AC:H/AT:P/PR:N/UI:A/VC:H/VI:H/VA:H/SC:L/SI:L/SA:H', 8.6],
  ['CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:P/VC:N/VI:H/VA:H/SC:N/SI:H/SA:N', 5.7],
  ['CVSS:4.0/AV:P/AC:L/AT:N/PR:L/UI:A/VC:L/VI:H/VA:L/SC:N/SI:L/SA:N', 5.2],
  ['CVSS:4.0/AV:P/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:L/SC:H/SI:N/SA:L', 2.0],
  ['CVSS:4.0/AV:P/AC:L/AT:P/PR:H/UI:P/VC:L/VI:H/VA:L/SC:L/SI:L/SA:L', 4.4],
  ['CVSS:4.0/AV:P/AC:H/AT:N/PR:L/UI:P/VC:L/VI:L/VA:L/SC:L/SI:H/SA:N', 2.0],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:N/UI:P/VC:N/VI:H/VA:N/SC:L/SI:L/SA:H', 5.8],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:N/VC:N/VI:L/VA:L/SC:N/SI:N/SA:N', 1.0],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 7.3],
];

/**
 * Vectors whose exact score ends in 5 hundredths: FIRST's calculator before its 2024 rounding fix gave
 * 0.1 less (5.6, 4.9) through floating-point error; the reference data and the current calculator agree
 * on these values.
 */
const HALF_WAY: ReadonlyArray<readonly [string, number]> = [
  ['CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L', 5.7],
  ['CVSS:4.0/AV:N/AC:H/AT:P/PR:H/UI:A/VC:L/VI:H/VA:N/SC:L/SI:N/SA:N', 5.7],
  ['CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:A/VC:L/VI:H/VA:N/SC:N/SI:N/SA:N', 5.7],
  ['CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:L/SC:H/SI:H/SA:H', 5.0],
  ['CVSS:4.0/AV:L/AC:L/AT:P/PR:H/UI:N/VC:N/VI:L/VA:H/SC:L/SI:L/SA:N', 5.7],
  ['CVSS:4.0/AV:L/AC:H/AT:P/PR:N/UI:A/VC:L/VI:H/VA:N/SC:L/SI:N/SA:L', 5.7],
];

/** Threat, Environmental and Supplemental metrics (vectors_threat4 / _security4 / _supplemental4, and ref). */
const FULL: ReadonlyArray<readonly [string, number, string]> = [
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/E:A', 0.0, 'CVSS-BT'],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A', 7.3, 'CVSS-BT'],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/E:P', 0.0, 'CVSS-BT'],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P', 5.9, 'CVSS-BT'],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U', 4.1, 'CVSS-BT'],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:H/IR:H/AR:H', 7.3, 'CVSS-BE'],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:M/IR:H/AR:H', 7.2, 'CVSS-BE'],
  ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:L/IR:H/AR:H', 7.2, 'CVSS-BE'],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/CR:H/IR:M/AR:L', 0.0, 'CVSS-BE'],
  [
    'CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/S:N/AU:N/R:A/V:D/RE:L/U:Clear',
    7.3,
    'CVSS-B',
  ],
  [
    'CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/S:P/AU:Y/R:A/V:D/RE:H/U:Green',
    7.3,
    'CVSS-B',
  ],
  [
    'CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/S:P/AU:N/R:A/V:D/RE:M/U:Amber',
    7.3,
    'CVSS-B',
  ],
  // ref:
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:N/E:A/MAV:A', 8.7, 'CVSS-BTE'],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S', 10.0, 'CVSS-BE'],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:N/SC:L/SI:L/SA:N/MSA:S', 9.0, 'CVSS-BE'],
  ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/CR:L/IR:L/AR:L', 7.0, 'CVSS-BE'],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U/CR:M/IR:M/AR:M', 8.1, 'CVSS-BTE'],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MVC:N/MVI:N/MVA:N', 0.0, 'CVSS-BE'],
  ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MVC:H', 8.7, 'CVSS-BE'],
  [
    'CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N/MAV:N/MAC:L/MAT:N/MPR:N/MUI:N',
    6.9,
    'CVSS-BE',
  ],
  [
    'CVSS:4.0/AV:A/AC:H/AT:N/PR:L/UI:P/VC:H/VI:L/VA:N/SC:L/SI:H/SA:N/E:P/CR:H/IR:M/AR:L/MSC:H/MSI:L/MSA:S',
    5.4,
    'CVSS-BTE',
  ],
  [
    'CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:A/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N/E:U/MSC:L/MSI:S/MSA:S/S:P/AU:Y/R:I/V:C/RE:H/U:Red',
    5.5,
    'CVSS-BTE',
  ],
  [
    'CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:N/VC:L/VI:H/VA:L/SC:H/SI:L/SA:L/CR:H/IR:L/AR:H/MVI:L/MVA:H',
    7.0,
    'CVSS-BE',
  ],
  [
    'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/E:X/CR:X/IR:X/AR:X/MAV:X/MAC:X/MAT:X/MPR:X/MUI:X/MVC:X/MVI:X/MVA:X/MSC:X/MSI:X/MSA:X/S:X/AU:X/R:X/V:X/RE:X/U:X',
    8.2,
    'CVSS-B',
  ],
];

function scoreOf(vector: string): number {
  const r = cvss4(vector);
  assert.ok(r.ok, `${vector}: ${JSON.stringify(r)}`);
  return r.score;
}

describe('cvss4: Base vectors (FIRST calculator scores)', () => {
  for (const [vector, want] of BASE) it(`${vector} -> ${want}`, () => assert.equal(scoreOf(vector), want));
});

describe('cvss4: half-way values round up', () => {
  for (const [vector, want] of HALF_WAY)
    it(`${vector} -> ${want}`, () => assert.equal(scoreOf(vector), want));
});

describe('cvss4: Threat, Environmental and Supplemental metrics', () => {
  for (const [vector, want, nomenclature] of FULL) {
    it(`${vector} -> ${want} (${nomenclature})`, () => {
      const r = cvss4(vector);
      assert.ok(r.ok, JSON.stringify(r));
      assert.equal(r.score, want);
      assert.equal(r.nomenclature, nomenclature);
    });
  }
  it('accepts the metrics in any order', () => {
    assert.equal(scoreOf('CVSS:4.0/SA:N/SI:N/SC:N/VA:H/VI:H/VC:H/UI:N/PR:N/AT:N/AC:L/AV:N'), 9.3);
  });
});

describe('cvss4: MacroVectors (EQ1-EQ6)', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', '000100'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', '000200'],
    ['CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U', '212221'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N/MSI:S/E:P/CR:L', '001011'],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', '100200'],
    ['CVSS:4.0/AV:A/AC:L/AT:N/PR:L/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', '200200'],
  ];
  for (const [vector, want] of cases) {
    it(`${vector} -> ${want}`, () => {
      const r = cvss4(vector);
      assert.equal(r.ok && r.macroVector, want);
    });
  }
});

describe('cvss4 tables (specification data)', () => {
  it('has a score for exactly the 270 MacroVectors that exist', () => {
    const want: string[] = [];
    for (const eq1 of [0, 1, 2])
      for (const eq2 of [0, 1])
        for (const eq3 of [0, 1, 2])
          for (const eq4 of [0, 1, 2])
            for (const eq5 of [0, 1, 2])
              for (const eq6 of [0, 1])
                if (!(eq3 === 2 && eq6 === 0)) want.push(`${eq1}${eq2}${eq3}${eq4}${eq5}${eq6}`);
    assert.equal(want.length, 270);
    assert.deepEqual(Object.keys(MACROVECTOR_SCORES).sort(), want);
  });
  it('keeps scores in (0, 10] with one decimal, as published', () => {
    for (const [key, v] of Object.entries(MACROVECTOR_SCORES)) {
      assert.ok(v > 0 && v <= 10 && Math.round(v * 10) / 10 === v, key);
    }
    const spot: ReadonlyArray<readonly [string, number]> = [
      ['000000', 10],
      ['000200', 9.3],
      ['001221', 4.8],
      ['100200', 8.7],
      ['111111', 5.7],
      ['202221', 0.4],
      ['212221', 0.1],
    ];
    for (const [key, v] of spot) assert.equal(MACROVECTOR_SCORES[key], v, key);
  });
  it('gives all highest-severity vectors of one EQ level the same sum of severity levels', () => {
    const levelSum = (part: string): number =>
      part.split('/').reduce((acc, kv) => {
        const [m, v] = kv.split(':') as [string, string];
        const level = METRIC_LEVELS[m]?.[v];
        assert.ok(level !== undefined, kv);
        return acc + level;
      }, 0);
    const levels = [
      ...MAX_COMPOSED.eq1,
      ...MAX_COMPOSED.eq2,
      ...MAX_COMPOSED.eq3eq6.flat(),
      ...MAX_COMPOSED.eq4,
    ];
    for (const parts of levels) {
      const sums = new Set(parts.map(levelSum));
      assert.ok(sums.size <= 1, parts.join(' '));
    }
  });
  it('lists each highest-severity vector under the EQ level it belongs to', () => {
    const base: Record<string, string> = {
      AV: 'N',
      AC: 'L',
      AT: 'N',
      PR: 'N',
      UI: 'N',
      VC: 'H',
      VI: 'H',
      VA: 'H',
      SC: 'N',
      SI: 'N',
      SA: 'N',
    };
    const vectorWith = (part: string): string => {
      const m: Record<string, string> = { ...base };
      for (const kv of part.split('/')) {
        const [k, v] = kv.split(':') as [string, string];
        // A highest-severity SI/SA of S is the Environmental MSI/MSA:S.
        if (v === 'S') m[`M${k}`] = 'S';
        else m[k] = v;
      }
      return `CVSS:4.0/${Object.entries(m)
        .map(([k, v]) => `${k}:${v}`)
        .join('/')}`;
    };
    const check = (part: string, positions: readonly number[], levels: readonly number[]): void => {
      const r = cvss4(vectorWith(part));
      assert.ok(r.ok, part);
      for (const [i, p] of positions.entries()) assert.equal(r.macroVector[p], String(levels[i]), part);
    };
    MAX_COMPOSED.eq1.forEach((parts, level) => {
      for (const p of parts) check(p, [0], [level]);
    });
    MAX_COMPOSED.eq2.forEach((parts, level) => {
      for (const p of parts) check(p, [1], [level]);
    });
    MAX_COMPOSED.eq3eq6.forEach((byEq6, eq3) => {
      byEq6.forEach((parts, eq6) => {
        for (const p of parts) check(p, [2, 5], [eq3, eq6]);
      });
    });
    MAX_COMPOSED.eq4.forEach((parts, level) => {
      for (const p of parts) check(p, [3], [level]);
    });
  });
});

describe('cvss4: invalid vectors are results, not exceptions', () => {
  const base = 'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['empty', '', 'wrong-prefix'],
    ['v3.1 prefix', `CVSS:3.1/${base}`, 'wrong-prefix'],
    ['no prefix', base, 'wrong-prefix'],
    [
      'missing AT (a v3-style vector)',
      'CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
      'missing-metric',
    ],
    ['missing SA', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N', 'missing-metric'],
    ['duplicate', `CVSS:4.0/${base}/AV:L`, 'duplicate-metric'],
    ['duplicate optional', `CVSS:4.0/${base}/E:A/E:A`, 'duplicate-metric'],
    [
      'S is only for MSI/MSA',
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N',
      'unknown-value',
    ],
    ['MSC has no S', `CVSS:4.0/${base}/MSC:S`, 'unknown-value'],
    ['UI:R is v3', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:R/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 'unknown-value'],
    ['lower-case urgency', `CVSS:4.0/${base}/U:red`, 'unknown-value'],
    ['v3 scope metric', `CVSS:4.0/${base}/S:U`, 'unknown-value'],
    ['v3 metric', `CVSS:4.0/${base}/RL:O`, 'unknown-metric'],
    ['trailing slash', `CVSS:4.0/${base}/`, 'malformed'],
    ['over 200 characters', `CVSS:4.0/${base}${'/E:A'.repeat(40)}`, 'too-long'],
  ];
  for (const [name, vector, problem] of cases) {
    it(name, () => {
      const r = cvss4(vector);
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.problem, problem);
    });
  }
});
