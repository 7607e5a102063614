import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isJsWhitespace } from './chars.js';

describe('isJsWhitespace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isJsWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    assert.deepEqual(differ, []);
  });
});
