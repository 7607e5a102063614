import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Risk } from '../core/model/posture.js';
import { aggregateScore, oneDecimal } from './aggregate.js';

describe('aggregateScore (Scorecard GetAggregateScore)', () => {
  const cases: Array<[string, Array<[Risk, number]>, number]> = [
    ['nothing scored is inconclusive', [], -1],
    [
      'only inconclusive checks',
      [
        ['High', -1],
        ['Low', -1],
      ],
      -1,
    ],
    ['one check', [['Medium', 7]], 7],
    [
      'weighted by risk: (7.5*10 + 7.5*0 + 5*10 + 2.5*9 + 5*0) / 27.5 = 5.36',
      [
        ['High', 10],
        ['High', 0],
        ['Medium', 10],
        ['Low', 9],
        ['Medium', 0],
      ],
      5.4,
    ],
    [
      'an inconclusive check is left out, never 0',
      [
        ['Critical', 10],
        ['High', -1],
      ],
      10,
    ],
    [
      'Critical outweighs Low: (10*0 + 2.5*10) / 12.5',
      [
        ['Critical', 0],
        ['Low', 10],
      ],
      2,
    ],
  ];
  for (const [name, checks, want] of cases) {
    it(name, () => assert.equal(aggregateScore(checks.map(([risk, score]) => ({ risk, score }))), want));
  }
});

describe('oneDecimal rounds like Go %.1f', () => {
  const cases: Array<[number, number]> = [
    [7.25, 7.2], // exact tie: to even
    [7.75, 7.8],
    [0.25, 0.2],
    [0.15, 0.1], // 0.1499999… in binary
    [5.05, 5], // 5.0499999…
    [5.3636363, 5.4],
    [10, 10],
  ];
  for (const [x, want] of cases) it(`${x} -> ${want}`, () => assert.equal(oneDecimal(x), want));
});
