import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mdAdvisory, mdCode, mdText, mdTextWithCode } from './markdown.js';

describe('mdText: untrusted text as literal GitHub Markdown', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text is kept', 'Command injection in lodash', 'Command injection in lodash'],
    ['HTML cannot open a tag', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['an entity stays literal', '&lt;', '\\&lt;'],
    ['a link cannot be injected', '[click](javascript:x)', '\\[click\\]\\(javascript:x\\)'],
    ['a pipe cannot end a table cell', 'a | b', 'a \\| b'],
    ['emphasis and code stay literal', '**b** `c` _i_ ~s~', '\\*\\*b\\*\\* \\`c\\` \\_i\\_ \\~s\\~'],
    ['a mention becomes code', 'cc @octocat', 'cc `@`octocat'],
    ['an issue reference becomes code', 'see #12', 'see `#`12'],
    ['newlines cannot start a heading', 'a\n# h', 'a `#` h'],
    ['control characters become visible', 'a\u001b[31mb\u202e', 'a\\\\x1b\\[31mb\\\\u\\{202e\\}'],
  ];
  for (const [name, input, want] of cases) it(name, () => assert.equal(mdText(input), want));
  it('cuts long text with an ellipsis', () => assert.equal(mdText('x'.repeat(50), 10), `${'x'.repeat(9)}…`));
});

describe('mdCode: identifiers as code spans', () => {
  const cases: Array<[string, string, boolean, string]> = [
    ['plain', 'left-pad@1.3.0', false, '`left-pad@1.3.0`'],
    ['a backtick cannot close the span', 'a`b', false, '``a`b``'],
    ['a leading backtick is padded', '`x', false, '`` `x ``'],
    ['pipes are escaped in a table', 'a|b', true, '`a\\|b`'],
    ['pipes are kept outside tables', 'a|b', false, '`a|b`'],
    ['control characters become visible', 'a\u0007', false, '`a\\x07`'],
  ];
  for (const [name, input, table, want] of cases)
    it(name, () => assert.equal(mdCode(input, { table }), want));
});

describe('mdTextWithCode', () => {
  const cases: Array<[string, string, string]> = [
    ['quoted commands become code', 'Run `npm install a@1.0.0` now', 'Run `npm install a@1.0.0` now'],
    ['the rest is escaped', '<b> `x|y` @z', '\\<b\\> `x|y` `@`z'],
    ['an odd backtick leaves it all literal', 'a `b', 'a \\`b'],
  ];
  for (const [name, input, want] of cases) it(name, () => assert.equal(mdTextWithCode(input), want));
  it('in a table cell, a pipe inside a quoted part is escaped too', () =>
    assert.equal(mdTextWithCode('a `x|y` b', 100, true), 'a `x\\|y` b'));
});

describe('mdAdvisory', () => {
  it('links a plain id to osv.dev', () =>
    assert.equal(
      mdAdvisory('GHSA-1234-abcd-efgh'),
      '[GHSA-1234-abcd-efgh](https://osv.dev/vulnerability/GHSA-1234-abcd-efgh)',
    ));
  it('shows any other id as code, never as a link', () => assert.equal(mdAdvisory('x)(y'), '`x)(y`'));
});
