import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pc from 'picocolors';
import { clipPlain, fitLine, visibleLength, wrap } from './layout.js';

const c = pc.createColors(true);
const ESC = '\u001b';
const SGR_AT_START = new RegExp(`^${ESC}\\[[0-9;]*m`);

describe('fitLine', () => {
  const cases: Array<[string, string, number, string]> = [
    ['a short line is kept', 'abc', 10, 'abc'],
    ['a long plain line ends with …', 'abcdefghij', 5, 'abcd…'],
    ['colour codes do not count', c.red('abc'), 3, c.red('abc')],
    [
      'a cut coloured line keeps whole codes and resets',
      `${c.red('abcdef')}xyz`,
      4,
      `${ESC}[31mabc…${ESC}[0m`,
    ],
    ['astral characters are never split', '😀😀😀😀', 3, '😀😀…'],
  ];
  for (const [name, line, width, want] of cases) it(name, () => assert.equal(fitLine(line, width), want));

  it('never leaves part of an escape sequence, at any width', () => {
    const line = `  ${c.red(c.bold('critical'))} ${c.dim('GHSA-xxxx')} ${c.blue('low')} end`;
    for (let w = 1; w <= visibleLength(line) + 1; w++) {
      const out = fitLine(line, w);
      assert.ok(visibleLength(out) <= Math.max(w, 1), `width ${w}`);
      // Every ESC starts a complete SGR sequence.
      for (let i = out.indexOf(ESC); i >= 0; i = out.indexOf(ESC, i + 1))
        assert.match(out.slice(i), SGR_AT_START, `width ${w}`);
    }
  });
});

describe('wrap and clipPlain', () => {
  it('wraps at spaces within the width, indented', () =>
    assert.deepEqual(wrap('one two three four five', 16, '  ', 3), ['  one two three', '  four five']));
  it('stops after maxLines with …', () => {
    const out = wrap('aaaa bbbb cccc dddd eeee ffff', 14, '  ', 2);
    assert.equal(out.length, 2);
    assert.ok(out[1]!.endsWith('…'));
  });
  it('clipPlain counts code points', () => assert.equal(clipPlain('zürich-øø', 6), 'züric…'));
});
