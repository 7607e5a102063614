import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { erlangVersionScheme } from './version.js';

describe('erlang/semver', () => {
  it('serves Hex', () => assert.deepEqual(erlangVersionScheme.ecosystems, ['Hex']));
  for (const text of ['', '~> 1.0', '1.0.0-', '1.0.0 ']) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(erlangVersionScheme.parse(text), undefined));
  }
  it('orders by semver precedence, build metadata ignored', () => {
    const corpus = parseCorpus(
      ['1.0.0-rc.0 < 1.0.0', '2.0.0+build = 2.0.0', '1.14.0 > 1.9.2'].join('\n'),
      'hex',
    );
    assertCorpus(erlangVersionScheme, corpus, 'hex');
  });
});
