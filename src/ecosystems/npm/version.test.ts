import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { npmVersionScheme } from './version.js';

describe('npm/semver', () => {
  const valid: Array<[string, string]> = [
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['1.2.3-beta.1+sha.abc', '1.2.3-beta.1'],
    ['0.0.0-20240101', '0.0.0-20240101'],
    ['9007199254740991.0.0', '9007199254740991.0.0'],
  ];
  for (const [text, want] of valid) {
    it(`parses ${text}`, () => assert.equal(npmVersionScheme.parse(text)?.version, want));
  }

  const invalid = [
    '',
    '1',
    '1.2',
    '=1.2.3',
    'v=1.2.3',
    '01.2.3',
    '1.2.3-01',
    '1.2.3.4',
    '9007199254740992.0.0',
    ' 1.2.3',
    '1.2.3 ',
    '1.2.3\t',
    '^1.2.3',
    '1.x',
    'latest',
    'github:o/r',
    '1.2.3-',
    '1.2.3-a..b',
  ];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(npmVersionScheme.parse(text), undefined));
  }

  it('orders by semver precedence, ignoring build metadata', () => {
    const corpus = parseCorpus(
      [
        '1.0.0-alpha < 1.0.0-alpha.1',
        '1.0.0-alpha.1 < 1.0.0-alpha.beta',
        '1.0.0-beta.2 < 1.0.0-beta.11',
        '1.0.0-rc.1 < 1.0.0',
        '1.0.0+build.1 = 1.0.0+build.2',
        'v1.0.0 = 1.0.0',
        '1.0.0-1 < 1.0.0-a',
        '1.0.0-Z < 1.0.0-a',
        '1.9.0 < 1.10.0',
      ].join('\n'),
      'npm',
    );
    assertCorpus(npmVersionScheme, corpus, 'npm');
  });
});
