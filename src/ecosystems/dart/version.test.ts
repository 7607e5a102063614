import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { dartVersionScheme } from './version.js';

describe('dart/pub-semver', () => {
  const invalid = ['', '1.0.0-', '1.0.0+', '1.0.0+a..b', '1.0.0 ', '^1.0.0', 'any'];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(dartVersionScheme.parse(text), undefined));
  }

  it('orders as pub_semver, build metadata included', () => {
    const corpus = parseCorpus(
      [
        '1.0.0 < 1.0.0+0',
        '1.0.0+1 < 1.0.0+1.0',
        '1.0.0+9 < 1.0.0+10',
        '1.0.0+10 < 1.0.0+a',
        '1.0.0+A < 1.0.0+a',
        '1.0.0-rc+9 < 1.0.0',
        '1.0.0+99 < 1.0.1',
        '1.0.0+b = 1.0.0+b',
      ].join('\n'),
      'pub',
    );
    assertCorpus(dartVersionScheme, corpus, 'pub');
  });
});
