import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import { compareSemver2, parseSemver2, SEMVER_LIKE, type Semver2 } from './semver2.js';

const core: VersionScheme<Semver2> = {
  id: 'test/semver2',
  description: 'the shared core under test',
  requirements: { network: false },
  ecosystems: [],
  parse: (t) => parseSemver2(t, SEMVER_LIKE),
  compare: compareSemver2,
};

describe('shared semver 2.0 core', () => {
  const parsed: Array<[string, Semver2]> = [
    ['1.2.3', { release: ['1', '2', '3'], pre: [], build: [] }],
    ['v1.2.3', { release: ['1', '2', '3'], pre: [], build: [] }],
    ['1', { release: ['1'], pre: [], build: [] }],
    ['01.002.0', { release: ['1', '2', '0'], pre: [], build: [] }],
    ['1.2.3.4.5', { release: ['1', '2', '3', '4', '5'], pre: [], build: [] }],
    ['1.0.0-alpha.01.x-y--', { release: ['1', '0', '0'], pre: ['alpha', '1', 'x-y--'], build: [] }],
    ['1.0.0-rc.1+build.007', { release: ['1', '0', '0'], pre: ['rc', '1'], build: ['build', '7'] }],
    ['1.0.0+a-b', { release: ['1', '0', '0'], pre: [], build: ['a-b'] }],
    ['1.0.0-a+b-c', { release: ['1', '0', '0'], pre: ['a'], build: ['b-c'] }],
  ];
  for (const [text, want] of parsed) it(`parses ${text}`, () => assert.deepEqual(core.parse(text), want));

  const invalid = [
    '',
    'v',
    'x1.2.3',
    'V1.2.3',
    '=1.2.3',
    '1.',
    '.1',
    '1..2',
    '1.2.3-',
    '1.2.3+',
    '1.2.3-+b',
    '1.2.3-a.',
    '1.2.3-.a',
    '1.2.3-a..b',
    '1.2.3+a..b',
    '1.2.3+a+b',
    '1.2.3-a_b',
    '1.2.3-ä',
    '1.2.3beta',
    '1.2.3 ',
    ' 1.2.3',
    '1.2.3\n',
    '1.2.x',
    '*',
    '^1.2.3',
    '>=1.0.0',
    '1.0.0 - 2.0.0',
  ];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(core.parse(text), undefined));
  }

  it('respects maxRelease and leadingV', () => {
    assert.deepEqual(parseSemver2('1.2.3.4', { leadingV: false, maxRelease: 4 })?.release, [
      '1',
      '2',
      '3',
      '4',
    ]);
    assert.equal(parseSemver2('1.2.3.4.5', { leadingV: false, maxRelease: 4 }), undefined);
    assert.equal(parseSemver2('v1.2.3', { leadingV: false, maxRelease: 3 }), undefined);
  });

  it('accepts exactly 256 characters and no more', () => {
    const at = `1.0.0-${'a'.repeat(250)}`;
    assert.equal(at.length, 256);
    assert.notEqual(core.parse(at), undefined);
    assert.equal(core.parse(`${at}b`), undefined);
  });

  it('orders by semver 2.0 precedence', () => {
    const corpus = parseCorpus(
      [
        '1.2 = 1.2.0',
        '1 = 1.0.0',
        '1.2.3.0 = 1.2.3',
        '1.2.3.1 > 1.2.3',
        '1.2.3.1 > 1.2.3.0.9',
        '01.2.3 = 1.2.3',
        '1.0.0-01 = 1.0.0-1',
        '1.0.0-2 < 1.0.0-10',
        '1.0.0-99999999999999999999 > 1.0.0-99999999999999999998',
        '1.0.0-99999999999999999999 < 1.0.0-a',
        '1.0.0-- < 1.0.0-0a',
        '1.0.0-Z < 1.0.0-a',
        '1.0.0-a < 1.0.0-a-',
        '1.0.0+b = 1.0.0+a',
        '1.0.0-rc.1+b = 1.0.0-rc.1',
        '1.0.0-rc.1 < 1.0.0+a',
        '0.0.0-0 < 0.0.0',
      ].join('\n'),
      'semver2',
    );
    assertCorpus(core, corpus, 'semver2');
  });
});
