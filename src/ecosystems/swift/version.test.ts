import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { swiftVersionScheme } from './version.js';

describe('swift/semver', () => {
  it('serves SwiftURL', () => assert.deepEqual(swiftVersionScheme.ecosystems, ['SwiftURL']));
  for (const text of ['', 'main', 'release-1.0', 'V1.0.0', '1.0.0-']) {
    it(`rejects ${JSON.stringify(text)}`, () => assert.equal(swiftVersionScheme.parse(text), undefined));
  }
  it('orders git tags by semver precedence, with or without "v"', () => {
    const corpus = parseCorpus(
      [
        'v1.2.3 = 1.2.3',
        '1.2 = v1.2.0',
        '5.0.0-beta.1 < v5.0.0',
        'v2.10.0 > 2.9.0',
        '1.0.0+build.1 = 1.0.0',
      ].join('\n'),
      'swift',
    );
    assertCorpus(swiftVersionScheme, corpus, 'swift');
  });
});
