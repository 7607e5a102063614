import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../core/errors/index.js';
import type { Task } from '../core/model/task.js';
import { fitBudget, MAX_BUDGET_MINUTES, parseBudget } from './budget.js';
import { rankTasks } from './rank.js';

function task(id: string, effortMinutes: number, value: number): Task {
  return {
    id,
    source: 'posture',
    title: id,
    why: 'w',
    effortMinutes,
    gain: { scorePoints: value / 10 },
    value,
    steps: ['s'],
    locations: [],
    refs: [],
  };
}

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bruteForce(tasks: readonly Task[], budget: number): number {
  let best = 0;
  for (let mask = 0; mask < 1 << tasks.length; mask++) {
    let effort = 0;
    let value = 0;
    tasks.forEach((t, i) => {
      if (mask & (1 << i)) {
        effort += t.effortMinutes;
        value += t.value;
      }
    });
    if (effort <= budget && value > best) best = value;
  }
  return best;
}

const sum = (ts: readonly Task[], f: (t: Task) => number) => ts.reduce((n, t) => n + f(t), 0);

describe('parseBudget', () => {
  const good: Array<[string, number]> = [
    ['90', 90],
    ['30m', 30],
    ['2h', 120],
    ['1h30m', 90],
    ['1h30', 90],
    ['1.5h', 90],
    [' 45M ', 45],
    [`${MAX_BUDGET_MINUTES}`, MAX_BUDGET_MINUTES],
  ];
  for (const [text, minutes] of good)
    it(`"${text}" is ${minutes} minutes`, () => assert.equal(parseBudget(text), minutes));

  const bad = [
    '',
    'm',
    'h',
    'abc',
    '-5',
    '0',
    '0m',
    '30 minutes',
    '2d',
    '1e3',
    '30mm',
    `${MAX_BUDGET_MINUTES + 1}`,
    '9'.repeat(50),
  ];
  for (const text of bad)
    it(`"${text.slice(0, 12)}" is refused with a usage error`, () =>
      assert.throws(
        () => parseBudget(text),
        (e: unknown) => e instanceof UsageError && /--budget/.test(e.message),
      ));
});

describe('fitBudget', () => {
  it('matches brute force on random small sets, within the budget, in rank order', () => {
    const rnd = random(42);
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(rnd() * 10);
      const tasks = Array.from({ length: n }, (_, i) =>
        task(`t${round}-${i}`, 1 + Math.floor(rnd() * 60), Math.round(rnd() * 400) / 10),
      );
      const budget = 1 + Math.floor(rnd() * 120);
      const chosen = fitBudget(tasks, budget);
      assert.ok(sum(chosen, (t) => t.effortMinutes) <= budget, `round ${round}: over budget`);
      assert.ok(
        Math.abs(sum(chosen, (t) => t.value) - bruteForce(tasks, budget)) < 1e-6,
        `round ${round}: not optimal`,
      );
      assert.deepEqual(chosen, rankTasks(chosen));
    }
  });

  it('prefers the better set over the greedy pick by value per minute', () => {
    // Greedy by ratio takes a (2/min) and then nothing fits; b + c is worth more.
    const tasks = [task('a', 20, 40), task('b', 15, 27), task('c', 15, 27)];
    assert.deepEqual(
      fitBudget(tasks, 30).map((t) => t.id),
      ['b', 'c'],
    );
  });

  it('stays quick and within budget on a large input (the table is bounded)', () => {
    const rnd = random(7);
    const tasks = Array.from({ length: 3000 }, (_, i) =>
      task(`t${i}`, 1 + Math.floor(rnd() * 240), rnd() * 50),
    );
    const started = Date.now();
    const chosen = fitBudget(tasks, MAX_BUDGET_MINUTES);
    assert.ok(Date.now() - started < 5000, 'under 5 s');
    assert.ok(sum(chosen, (t) => t.effortMinutes) <= MAX_BUDGET_MINUTES);
    assert.ok(chosen.length > 0);
  });

  it('returns nothing when no task fits', () => {
    assert.deepEqual(fitBudget([task('big', 240, 100)], 30), []);
  });
});
