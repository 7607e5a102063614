import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { colorEnabled, outputWidth } from './terminal.js';

describe('colorEnabled', () => {
  const cases: Array<[string, NodeJS.ProcessEnv, boolean, boolean]> = [
    ['a terminal gets colour', {}, true, true],
    ['a pipe or file does not', {}, false, false],
    ['NO_COLOR=1 turns it off on a terminal', { NO_COLOR: '1' }, true, false],
    ['any non-empty NO_COLOR turns it off', { NO_COLOR: 'false' }, true, false],
    ['an empty NO_COLOR is ignored (no-color.org)', { NO_COLOR: '' }, true, true],
    ['FORCE_COLOR turns it on for a pipe', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 does not', { FORCE_COLOR: '0' }, false, false],
    ['NO_COLOR wins over FORCE_COLOR', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
  ];
  for (const [name, env, tty, want] of cases) it(name, () => assert.equal(colorEnabled(env, tty), want));
});

describe('outputWidth', () => {
  const cases: Array<[string, NodeJS.ProcessEnv, number | undefined, number]> = [
    ["a terminal's columns", {}, 132, 132],
    ['not a terminal: 100', {}, undefined, 100],
    ['not a terminal: COLUMNS when set', { COLUMNS: '80' }, undefined, 80],
    ['a COLUMNS that is not a number is ignored', { COLUMNS: '80; rm -rf' }, undefined, 100],
    ['never narrower than 40', {}, 12, 40],
  ];
  for (const [name, env, columns, want] of cases)
    it(name, () => assert.equal(outputWidth(env, columns), want));
});
