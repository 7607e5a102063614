import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OsvAffected, OsvRecord } from '../osv/record.js';
import { ratingOf, ratingOfV2 } from './rating.js';
import { type RecordSeverity, severityOf } from './severity.js';

const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'; // 9.3
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N'; // 7.5
const V30 = 'CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N'; // 6.1
const V2 = 'AV:N/AC:M/Au:N/C:P/I:N/A:N'; // 4.3
const BAD4 = 'CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'; // no AT

function record(extra: Partial<OsvRecord> = {}): OsvRecord {
  return { id: 'GHSA-xxxx-xxxx-xxxx', modified: '2024-01-01T00:00:00Z', ...extra };
}

describe('severityOf', () => {
  const cases: ReadonlyArray<readonly [string, OsvRecord, OsvAffected | undefined, RecordSeverity]> = [
    [
      'v4 over v3.1 and v2',
      record({
        severity: [
          { type: 'CVSS_V2', score: V2 },
          { type: 'CVSS_V3', score: V31 },
          { type: 'CVSS_V4', score: V4 },
        ],
      }),
      undefined,
      { score: 9.3, level: 'critical', source: 'cvss-v4', vector: V4 },
    ],
    [
      'v3.1 over v3.0',
      record({
        severity: [
          { type: 'CVSS_V3', score: V30 },
          { type: 'CVSS_V3', score: V31 },
        ],
      }),
      undefined,
      { score: 7.5, level: 'high', source: 'cvss-v3', vector: V31 },
    ],
    [
      'v3.0 over v2',
      record({
        severity: [
          { type: 'CVSS_V2', score: V2 },
          { type: 'CVSS_V3', score: V30 },
        ],
      }),
      undefined,
      { score: 6.1, level: 'medium', source: 'cvss-v3', vector: V30 },
    ],
    [
      'v2 alone, NVD v2 bands',
      record({ severity: [{ type: 'CVSS_V2', score: V2 }] }),
      undefined,
      { score: 4.3, level: 'medium', source: 'cvss-v2', vector: V2 },
    ],
    [
      'the affected entry v4 over the record v3.1',
      record({ severity: [{ type: 'CVSS_V3', score: V31 }] }),
      { severity: [{ type: 'CVSS_V4', score: V4 }] },
      { score: 9.3, level: 'critical', source: 'cvss-v4', vector: V4 },
    ],
    [
      'the record v4 over the affected entry v3.1',
      record({ severity: [{ type: 'CVSS_V4', score: V4 }] }),
      { severity: [{ type: 'CVSS_V3', score: V31 }] },
      { score: 9.3, level: 'critical', source: 'cvss-v4', vector: V4 },
    ],
    [
      'same version: the affected entry wins',
      record({ severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }] }),
      { severity: [{ type: 'CVSS_V3', score: V31 }] },
      { score: 7.5, level: 'high', source: 'cvss-v3', vector: V31 },
    ],
    [
      'an invalid v4 falls back to a valid v3.1',
      record({
        severity: [
          { type: 'CVSS_V4', score: BAD4 },
          { type: 'CVSS_V3', score: V31 },
        ],
      }),
      undefined,
      { score: 7.5, level: 'high', source: 'cvss-v3', vector: V31 },
    ],
    [
      'a v4 vector filed as CVSS_V3 is still v4',
      record({
        severity: [
          { type: 'CVSS_V3', score: V4 },
          { type: 'CVSS_V3', score: V31 },
        ],
      }),
      undefined,
      { score: 9.3, level: 'critical', source: 'cvss-v4', vector: V4 },
    ],
    [
      'no impact scores 0.0 = none',
      record({ severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N' }] }),
      undefined,
      { score: 0, level: 'none', source: 'cvss-v3', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N' },
    ],
    [
      'GHSA label MODERATE -> medium',
      record({ database_specific: { severity: 'MODERATE' } }),
      undefined,
      { level: 'medium', source: 'label' },
    ],
    [
      'label in any case',
      record({ database_specific: { severity: 'critical' } }),
      undefined,
      { level: 'critical', source: 'label' },
    ],
    [
      'label when every vector is invalid',
      record({ severity: [{ type: 'CVSS_V4', score: BAD4 }], database_specific: { severity: 'High' } }),
      undefined,
      { level: 'high', source: 'label' },
    ],
    [
      'the affected entry label before the record label',
      record({ database_specific: { severity: 'LOW' } }),
      { database_specific: { severity: 'HIGH' } },
      { level: 'high', source: 'label' },
    ],
    [
      'ecosystem_specific label',
      record(),
      { ecosystem_specific: { severity: 'Moderate' } },
      { level: 'medium', source: 'label' },
    ],
    [
      'Ubuntu severity type',
      record({ severity: [{ type: 'Ubuntu', score: 'negligible' }] }),
      undefined,
      { level: 'low', source: 'label' },
    ],
    [
      'unrecognised label',
      record({ database_specific: { severity: 'SEVERE' } }),
      undefined,
      { level: 'unknown', source: 'none' },
    ],
    [
      'label that is not a string',
      record({ database_specific: { severity: 9 } }),
      undefined,
      { level: 'unknown', source: 'none' },
    ],
    ['nothing at all', record(), undefined, { level: 'unknown', source: 'none' }],
    [
      'prefix-less text under CVSS_V3 is not scored as v2',
      record({ severity: [{ type: 'CVSS_V3', score: V2 }] }),
      undefined,
      { level: 'unknown', source: 'none' },
    ],
    [
      'unknown severity type',
      record({ severity: [{ type: 'SSVC', score: V31 }] }),
      undefined,
      { level: 'unknown', source: 'none' },
    ],
  ];
  for (const [name, rec, affected, want] of cases) {
    it(name, () => assert.deepEqual(severityOf(rec, affected), want));
  }
});

describe('rating bands', () => {
  const v3: ReadonlyArray<readonly [number, string]> = [
    [0, 'none'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4.0, 'medium'],
    [6.9, 'medium'],
    [7.0, 'high'],
    [8.9, 'high'],
    [9.0, 'critical'],
    [10, 'critical'],
    [0.1 + 0.2 + 3.6, 'low'], // 3.9000000000000004
  ];
  for (const [score, level] of v3)
    it(`v3/v4 ${score} -> ${level}`, () => assert.equal(ratingOf(score), level));
  const v2: ReadonlyArray<readonly [number, string]> = [
    [0, 'low'],
    [3.9, 'low'],
    [4.0, 'medium'],
    [6.9, 'medium'],
    [7.0, 'high'],
    [10, 'high'],
  ];
  for (const [score, level] of v2)
    it(`v2 ${score} -> ${level}`, () => assert.equal(ratingOfV2(score), level));
});
