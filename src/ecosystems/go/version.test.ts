import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertCorpus, readCorpus } from '../../../test/helpers/version-corpus.js';
import { goVersionScheme } from './version.js';

describe('go/semver', () => {
  it("holds Sterling's Go corpus (pseudo-versions, +incompatible, toolchains)", () => {
    assertCorpus(
      goVersionScheme,
      readCorpus(fileURLToPath(new URL('__fixtures__/versions.txt', import.meta.url))),
      'go',
    );
  });

  const parsed: Array<[string, string[], string[], string[]]> = [
    ['v1.2.3', ['1', '2', '3'], [], []],
    ['1.2.3+incompatible', ['1', '2', '3'], [], ['incompatible']],
    ['v0.0.0-20191109021931-daa7c04131f5', ['0', '0', '0'], ['20191109021931-daa7c04131f5'], []],
    ['v1.2.4-0.20191109021931-daa7c04131f5', ['1', '2', '4'], ['0', '20191109021931-daa7c04131f5'], []],
    ['go1.21rc2', ['1', '21'], ['rc', '2'], []],
    ['1.19beta1', ['1', '19'], ['beta', '1'], []],
    ['go1.21.3', ['1', '21', '3'], [], []],
  ];
  for (const [text, release, pre, build] of parsed) {
    it(`parses ${text}`, () => assert.deepEqual(goVersionScheme.parse(text), { release, pre, build }));
  }

  const invalid = [
    '',
    'v',
    'go',
    'gov1.2.3',
    'V1.2.3',
    'vv1.2.3',
    '1.2.3 ',
    ' 1.2.3',
    '1..2',
    '1.2.',
    '.1.2',
    '1.2.3-',
    '1.2.3+',
    '1.2.3-a..b',
    '1.2.3-a_b',
    '1.2.3beta',
    'v1.21rc2',
    'go1.21rc',
    'go1.21rc2x',
    'go1.21.rc2',
    'go1.2.3.4',
    'latest',
    'master',
    '1.2.3\n',
    '1.2.3\u0000',
    '１.２.３',
  ];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(goVersionScheme.parse(text), undefined));
  }
});
