import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic, DiagnosticLevel } from '../model/diagnostic.js';
import { DiagnosticSink, MAX_DIAGNOSTICS_PER_CODE, TOO_MANY_DIAGNOSTICS } from './diagnostic-sink.js';

type Call =
  | ['add', DiagnosticLevel, string, number?]
  | ['warn', string, number?]
  | ['info', string, number?]
  | ['push', Diagnostic];

/** Runs the calls on a sink for `lock.json` with a cap of 2 per code; messages are `m<n>`. */
function run(calls: readonly Call[], limit = 2): Diagnostic[] {
  const sink = new DiagnosticSink('lock.json', limit);
  calls.forEach((c, n) => {
    if (c[0] === 'add') sink.add(c[1], c[2], `m${n}`, c[3]);
    else if (c[0] === 'warn') sink.warn(c[1], `m${n}`, c[2]);
    else if (c[0] === 'info') sink.info(c[1], `m${n}`, c[2]);
    else sink.push(c[1]);
  });
  return sink.finish();
}

const P = 'lock.json';

describe('DiagnosticSink', () => {
  const cases: Array<{ name: string; calls: Call[]; want: Diagnostic[] }> = [
    { name: 'nothing added: nothing reported', calls: [], want: [] },
    {
      name: 'add, warn and info set level, code, path and line',
      calls: [
        ['add', 'error', 'bad', 3],
        ['warn', 'odd', 4],
        ['info', 'note'],
      ],
      want: [
        { level: 'error', code: 'bad', message: 'm0', path: P, line: 3 },
        { level: 'warning', code: 'odd', message: 'm1', path: P, line: 4 },
        { level: 'info', code: 'note', message: 'm2', path: P },
      ],
    },
    {
      name: 'line 0 means unknown and is left out',
      calls: [['warn', 'odd', 0]],
      want: [{ level: 'warning', code: 'odd', message: 'm0', path: P }],
    },
    {
      name: 'up to the cap of a code: everything, no summary',
      calls: [
        ['warn', 'a', 1],
        ['warn', 'a', 2],
      ],
      want: [
        { level: 'warning', code: 'a', message: 'm0', path: P, line: 1 },
        { level: 'warning', code: 'a', message: 'm1', path: P, line: 2 },
      ],
    },
    {
      name: 'over the cap: the first ones, then one summary for the code',
      calls: [
        ['warn', 'a', 1],
        ['warn', 'a', 2],
        ['warn', 'a', 3],
        ['warn', 'a', 4],
      ],
      want: [
        { level: 'warning', code: 'a', message: 'm0', path: P, line: 1 },
        { level: 'warning', code: 'a', message: 'm1', path: P, line: 2 },
        {
          level: 'warning',
          code: TOO_MANY_DIAGNOSTICS,
          message: '2 more "a" diagnostics are not listed: only the first 2 of each code are kept per file.',
          path: P,
        },
      ],
    },
    {
      name: 'the cap is per code: a flood of one code hides no other',
      calls: [
        ['warn', 'a'],
        ['warn', 'a'],
        ['warn', 'a'],
        ['info', 'b'],
        ['warn', 'a'],
        ['info', 'b'],
        ['info', 'b'],
      ],
      want: [
        { level: 'warning', code: 'a', message: 'm0', path: P },
        { level: 'warning', code: 'a', message: 'm1', path: P },
        { level: 'info', code: 'b', message: 'm3', path: P },
        { level: 'info', code: 'b', message: 'm5', path: P },
        {
          level: 'warning',
          code: TOO_MANY_DIAGNOSTICS,
          message: '2 more "a" diagnostics are not listed: only the first 2 of each code are kept per file.',
          path: P,
        },
        {
          level: 'info',
          code: TOO_MANY_DIAGNOSTICS,
          message: '1 more "b" diagnostic is not listed: only the first 2 of each code are kept per file.',
          path: P,
        },
      ],
    },
    {
      name: 'a summary takes the most severe level it stands for',
      calls: [
        ['info', 'a'],
        ['info', 'a'],
        ['info', 'a'],
        ['add', 'error', 'a'],
        ['warn', 'a'],
      ],
      want: [
        { level: 'info', code: 'a', message: 'm0', path: P },
        { level: 'info', code: 'a', message: 'm1', path: P },
        {
          level: 'error',
          code: TOO_MANY_DIAGNOSTICS,
          message: '3 more "a" diagnostics are not listed: only the first 2 of each code are kept per file.',
          path: P,
        },
      ],
    },
    {
      name: 'push keeps a diagnostic about another file as given, under the same cap',
      calls: [
        ['push', { level: 'warning', code: 'm', message: 'x', path: 'package.json' }],
        ['warn', 'm', 9],
        ['push', { level: 'warning', code: 'm', message: 'y', path: 'package.json', line: 2 }],
      ],
      want: [
        { level: 'warning', code: 'm', message: 'x', path: 'package.json' },
        { level: 'warning', code: 'm', message: 'm1', path: P, line: 9 },
        {
          level: 'warning',
          code: TOO_MANY_DIAGNOSTICS,
          message: '1 more "m" diagnostic is not listed: only the first 2 of each code are kept per file.',
          path: P,
        },
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(run(c.calls), c.want));
  }

  it('keeps MAX_DIAGNOSTICS_PER_CODE per code by default', () => {
    const sink = new DiagnosticSink(P);
    for (let i = 0; i < MAX_DIAGNOSTICS_PER_CODE + 7; i++) sink.warn('invalid-entry', `bad ${i}`, i + 1);
    const out = sink.finish();
    assert.equal(out.length, MAX_DIAGNOSTICS_PER_CODE + 1);
    assert.equal(out.at(-2)?.line, MAX_DIAGNOSTICS_PER_CODE);
    assert.deepEqual(
      [out.at(-1)?.code, out.at(-1)?.message.startsWith('7 more "invalid-entry"')],
      [TOO_MANY_DIAGNOSTICS, true],
    );
  });

  it('finish can be called again and gives the same list', () => {
    const sink = new DiagnosticSink(P, 1);
    sink.warn('a', 'one');
    sink.warn('a', 'two');
    const first = sink.finish();
    assert.deepEqual(sink.finish(), first);
    assert.equal(first.length, 2);
  });
});
