import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectDocFacts, headingsOf } from './docs.js';
import { timeframeLine } from './timeframe.js';

describe('headingsOf', () => {
  it('finds Markdown, setext, reStructuredText and AsciiDoc headings with their lines', () => {
    const text = '# Title\n\nBuilding\n========\n\n== Tests\n####### not a heading\n#nospace\nx\n---\n';
    assert.deepEqual(headingsOf(text), [
      { line: 1, text: 'title' },
      { line: 3, text: 'building' },
      { line: 6, text: 'tests' },
      { line: 9, text: 'x' },
    ]);
  });

  it('stays linear on hostile text: a 4 MB line of # and a million lines', () => {
    assert.deepEqual(headingsOf('#'.repeat(4_000_000)), []);
    headingsOf('a\n'.repeat(1_000_000));
  });
});

describe('timeframeLine', () => {
  const cases: Array<[string, number | undefined]> = [
    ['We reply within 14 days.', 1],
    ['intro\nAcknowledged in 5 business days', 2],
    ['a fix in 90-days', 1],
    ['(72 hours)', 1],
    ['Version 2 of the policy', undefined],
    ['in 12345 days', undefined],
    ['no numbers here', undefined],
  ];
  for (const [text, want] of cases) {
    it(`${JSON.stringify(text)} -> ${want}`, () => assert.equal(timeframeLine(text), want));
  }

  it('stays fast on a line of closing parentheses', () => {
    assert.equal(timeframeLine(`1 ${')'.repeat(2_000_000)}`), undefined);
  });
});

describe('collectDocFacts', () => {
  it('finds documents by name where projects keep them', () => {
    const d = collectDocFacts([
      'README.md',
      '.github/CONTRIBUTING.md',
      'docs/GOVERNANCE.md',
      'CHANGELOG.md',
      '.github/CODEOWNERS',
      'src/CONTRIBUTING.md',
      '.github/workflows/ci.yml',
      'LICENSES/MIT.txt',
      'vendor/LICENSE',
    ]);
    assert.equal(d.readme, 'README.md');
    assert.equal(d.contributing, '.github/CONTRIBUTING.md');
    assert.equal(d.governance, 'docs/GOVERNANCE.md');
    assert.equal(d.changelog, 'CHANGELOG.md');
    assert.deepEqual(d.maintainers, ['.github/CODEOWNERS']);
    assert.deepEqual(d.ci, ['.github/workflows/ci.yml']);
    assert.deepEqual(d.rootLicense, ['LICENSES/MIT.txt']);
  });
});
