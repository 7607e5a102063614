import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { haskellVersionScheme } from './version.js';

describe('haskell/pvp', () => {
  it('serves Hackage and GHC', () => assert.deepEqual(haskellVersionScheme.ecosystems, ['GHC', 'Hackage']));

  const invalid = ['', '1.', '.1', '1..0', '1.0-foo', 'v1.0', '1.0.0 ', '1-0', '1.0a'];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(haskellVersionScheme.parse(text), undefined));
  }

  it('compares versions as number lists', () => {
    const corpus = parseCorpus(
      [
        '1.0 < 1.0.0',
        '1.0.0 < 1.0.0.0',
        '1.1 > 1.0.99',
        '01.2 = 1.2',
        '9.4.8 < 9.10.1',
        '0 < 0.0',
        '999999999999999999999999999991 < 999999999999999999999999999999',
      ].join('\n'),
      'hackage',
    );
    assertCorpus(haskellVersionScheme, corpus, 'hackage');
  });
});
