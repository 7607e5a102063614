import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { rustVersionScheme } from './version.js';

describe('rust/semver', () => {
  it('serves crates.io', () => assert.deepEqual(rustVersionScheme.ecosystems, ['crates.io']));
  for (const text of ['', '^1.2.3', '1.2.3-', '1.2.3 ', '*']) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(rustVersionScheme.parse(text), undefined));
  }
  it('orders by semver precedence, build metadata ignored', () => {
    const corpus = parseCorpus(
      [
        '0.1.0-alpha.1 < 0.1.0',
        '1.0.0+openssl-1.1 = 1.0.0',
        '0.3.0-rc.1 < 0.3.0-rc.2',
        '0.9.0 < 0.10.0',
      ].join('\n'),
      'crates',
    );
    assertCorpus(rustVersionScheme, corpus, 'crates');
  });
});
