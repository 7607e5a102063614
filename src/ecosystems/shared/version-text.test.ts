import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareDigits,
  compareNumericLists,
  compareZeroPadded,
  isDigits,
  splitNumeric,
  stripLeadingZeros,
} from './version-text.js';

describe('version-text helpers', () => {
  it('strips leading zeros but keeps one zero', () => {
    const cases: Array<[string, string]> = [
      ['007', '7'],
      ['000', '0'],
      ['0', '0'],
      ['10', '10'],
      ['0010', '10'],
    ];
    for (const [input, want] of cases) assert.equal(stripLeadingZeros(input), want, input);
  });
  it('recognises ASCII digit strings only', () => {
    assert.equal(isDigits('0123'), true);
    for (const s of ['', '1a', '-1', '1.0', '١', ' 1']) assert.equal(isDigits(s), false, s);
  });
  it('compares digit strings of any size numerically', () => {
    const cases: Array<[string, string, number]> = [
      ['9', '10', -1],
      ['10', '9', 1],
      ['42', '42', 0],
      ['999999999999999999999999999991', '999999999999999999999999999999', -1],
      ['100000000000000000000', '99999999999999999999', 1],
    ];
    for (const [a, b, want] of cases) assert.equal(Math.sign(compareDigits(a, b)), want, `${a} ${b}`);
  });
  it('zero-padded lists treat missing numbers as 0; plain lists put a prefix first', () => {
    assert.equal(compareZeroPadded(['1', '2'], ['1', '2', '0']), 0);
    assert.equal(Math.sign(compareZeroPadded(['1', '2'], ['1', '2', '1'])), -1);
    assert.equal(Math.sign(compareNumericLists(['1', '0'], ['1', '0', '0'])), -1);
    assert.equal(Math.sign(compareNumericLists(['1', '1'], ['1', '0', '5'])), 1);
    assert.equal(compareNumericLists(['0', '1'], ['0', '1']), 0);
  });
  it('splits numeric versions and refuses empty or non-numeric parts', () => {
    assert.deepEqual(splitNumeric('0.01-2', '.-'), ['0', '1', '2']);
    assert.deepEqual(splitNumeric('7', '.'), ['7']);
    for (const s of ['', '.', '1.', '.1', '1..2', '1.a', '1-2', ' 1', '1.2 ', '1'.repeat(257)]) {
      assert.equal(splitNumeric(s, '.'), undefined, s);
    }
  });
});
