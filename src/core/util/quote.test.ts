import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeControls, isUnsafeCodePoint, MAX_QUOTED_LENGTH, quote, truncate } from './quote.js';

const ESC = '\u001b';

describe('quote', () => {
  const cases: Array<[string, string, string]> = [
    ['a plain name is JSON-quoted', 'left-pad', '"left-pad"'],
    ['a scoped name with a range', '@scope/pkg@^1.0.0', '"@scope/pkg@^1.0.0"'],
    ['the empty string', '', '""'],
    ['quotes and backslashes are escaped', 'a"b\\c', '"a\\"b\\\\c"'],
    ['ESC of an ANSI colour sequence', `evil${ESC}[31mred`, '"evil\\u001b[31mred"'],
    ['OSC title sequence with BEL', `${ESC}]0;pwned\u0007`, '"\\u001b]0;pwned\\u0007"'],
    ['line breaks cannot start a fake line', 'ok\r\nFAKE', '"ok\\r\\nFAKE"'],
    ['DEL', 'a\u007fb', '"a\\u007fb"'],
    ['C1 CSI', 'a\u009bb', '"a\\u009bb"'],
    ['bidi override (Trojan Source)', 'a\u202eb\u202c', '"a\\u202eb\\u202c"'],
    ['bidi isolates and marks', '\u2066\u2069\u200e\u200f\u061c', '"\\u2066\\u2069\\u200e\\u200f\\u061c"'],
    ['letters of any script are kept', 'zürich-ø-日本', '"zürich-ø-日本"'],
    ['astral characters are kept', 'pkg-😀', '"pkg-😀"'],
    ['a lone surrogate is escaped by JSON', 'a\ud800b', '"a\\ud800b"'],
  ];
  for (const [name, input, want] of cases) {
    it(name, () => assert.equal(quote(input), want));
  }

  it('bounds the length with an ellipsis', () => {
    const long = 'x'.repeat(MAX_QUOTED_LENGTH + 50);
    assert.equal(quote(long), `"${'x'.repeat(MAX_QUOTED_LENGTH)}…"`);
    assert.equal(quote('x'.repeat(MAX_QUOTED_LENGTH)), `"${'x'.repeat(MAX_QUOTED_LENGTH)}"`);
    assert.equal(quote('abcdef', 3), '"abc…"');
  });

  it('the result is a JSON string literal of the (cut) value, with no raw control character', () => {
    const hostile = `${ESC}[2J\u0000\u009b\u202e"\\\n${'y'.repeat(10)}`;
    const q = quote(hostile, 12);
    assert.equal(JSON.parse(q), `${hostile.slice(0, 12)}…`);
    assert.ok(
      [...q].every((ch) => !isUnsafeCodePoint(ch.codePointAt(0)!)),
      q,
    );
  });
});

describe('truncate', () => {
  const cases: Array<[string, string, number, string]> = [
    ['shorter than the bound', 'abc', 5, 'abc'],
    ['exactly the bound', 'abcde', 5, 'abcde'],
    ['longer: cut with an ellipsis', 'abcdef', 5, 'abcde…'],
    ['counts code points, not code units', '😀😀😀', 2, '😀😀…'],
    ['never splits a surrogate pair', 'a😀b', 2, 'a😀…'],
    ['astral text within the bound in code points', '😀😀', 2, '😀😀'],
  ];
  for (const [name, input, max, want] of cases) {
    it(name, () => assert.equal(truncate(input, max), want));
  }
});

describe('escapeControls', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text is kept', 'package.json:3: Unexpected token', 'package.json:3: Unexpected token'],
    ['C0 controls', `a${ESC}[31m\r\n\t`, 'a\\u001b[31m\\u000d\\u000a\\u0009'],
    ['DEL and C1', '\u007f\u0085\u009b', '\\u007f\\u0085\\u009b'],
    ['bidi controls', 'x\u202ey\u2067', 'x\\u202ey\\u2067'],
    ['quotes and backslashes are not touched', 'say "hi" \\', 'say "hi" \\'],
    ['non-ASCII letters are kept', 'zürich 😀', 'zürich 😀'],
  ];
  for (const [name, input, want] of cases) {
    it(name, () => assert.equal(escapeControls(input), want));
  }
});

describe('isUnsafeCodePoint', () => {
  const cases: Array<[number, boolean]> = [
    [0x00, true],
    [0x1b, true],
    [0x1f, true],
    [0x20, false],
    [0x7e, false],
    [0x7f, true],
    [0x9f, true],
    [0xa0, false],
    [0x061c, true],
    [0x200d, false],
    [0x200e, true],
    [0x202a, true],
    [0x202f, false],
    [0x2066, true],
    [0x2069, true],
    [0x206a, false],
    [0x1f600, false],
  ];
  for (const [c, want] of cases) {
    it(`U+${c.toString(16).padStart(4, '0')} -> ${want}`, () => assert.equal(isUnsafeCodePoint(c), want));
  }
});
