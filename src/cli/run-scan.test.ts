import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notCheckedOnStderr } from './run-scan.js';

describe('run-scan: "Vulnerabilities not checked" on stderr', () => {
  const TABLE: [string, boolean, boolean, boolean][] = [
    // format, to a file, stdout is a terminal, also on stderr
    ['table', false, true, false],
    ['table', false, false, true],
    ['table', true, true, true],
    ['json', false, true, true],
    ['sarif', true, false, true],
  ];
  for (const [format, toFile, tty, want] of TABLE) {
    it(`${format}${toFile ? ' to a file' : ''}${tty ? ' on a terminal' : ' in a pipe'}: ${want}`, () =>
      assert.equal(notCheckedOnStderr(format, toFile, tty), want));
  }
});
