import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { rVersionScheme } from './version.js';

describe('r/cran', () => {
  it('serves CRAN and Bioconductor', () =>
    assert.deepEqual(rVersionScheme.ecosystems, ['Bioconductor', 'CRAN']));

  const invalid = ['', '1', '1.', '1-', '1..0', '1.-0', '1.0a', 'v1.0', '1.0 ', '1_0', '1.0.0-rc1'];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(rVersionScheme.parse(text), undefined));
  }

  it('treats "." and "-" alike and compares number lists', () => {
    const corpus = parseCorpus(
      ['1.0-1 = 1.0.1', '1.0-1 < 1.0-10', '0.9 < 0.75', '1.2 < 1.2.0', '3.18 < 3.19', '1.0-0 > 0.99-99'].join(
        '\n',
      ),
      'cran',
    );
    assertCorpus(rVersionScheme, corpus, 'cran');
  });
});
