import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasJsWhitespace, isJsWhitespace } from './chars.js';

describe('isJsWhitespace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isJsWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    assert.deepEqual(differ, []);
  });
});

describe('hasJsWhitespace', () => {
  const table: [string, boolean][] = [
    ['', false],
    ['pkg:npm/left-pad@1.3.0', false],
    ['pkg:npm/a@1 2', true],
    ['pkg:npm/a@1\u00a0', true],
    ['\u2028pkg:npm/a', true],
    ['pkg:npm/a\u180e', false],
  ];
  for (const [text, want] of table) it(JSON.stringify(text), () => assert.equal(hasJsWhitespace(text), want));
});
