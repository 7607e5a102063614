import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeTerminal } from './sanitize.js';

describe('sanitizeTerminal', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text is kept', 'left-pad@1.3.0', 'left-pad@1.3.0'],
    ['ANSI colour sequence is neutralised', 'evil\u001b[31mred', 'evil\\x1b[31mred'],
    ['OSC title sequence', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    ['carriage return cannot overwrite the line', 'ok\rFAKE', 'ok\\x0dFAKE'],
    ['C1 CSI', 'a\u009bb', 'a\\x9bb'],
    ['bidi override (Trojan Source)', 'a\u202eb', 'a\\u{202e}b'],
    ['bidi isolate, mark and Arabic letter mark', '\u2066a\u200f\u061c', '\\u{2066}a\\u{200f}\\u{61c}'],
    ['DEL', 'a\u007f', 'a\\x7f'],
    ['non-ASCII letters are kept', 'zürich-ø', 'zürich-ø'],
  ];
  for (const [name, input, want] of cases) {
    it(name, () => assert.equal(sanitizeTerminal(input), want));
  }
});
