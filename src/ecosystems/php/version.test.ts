import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { packagistVersionScheme, parsePackagistVersion } from './version.js';

/** Lines checked with PHP 8.2's version_compare (after ltrim "vV"), except those marked. */
const ORDER = [
  '1.0.0-dev < 1.0.0-alpha1',
  '1.0.0-alpha1 = 1.0.0a1',
  '1.0.0-alpha1 < 1.0.0-beta1',
  '1.0.0-b1 = 1.0.0-beta1',
  '1.0.0-beta1 < 1.0.0-RC1',
  '1.0.0-RC1 = 1.0.0-rc1',
  '1.0.0-RC1 < 1.0.0',
  '1.0.0 < 1.0.0-pl1',
  '1.0.0-pl1 = 1.0.0-p1',
  '1.0.0-patch1 = 1.0.0-p1',
  '1.0.0 > 1.0',
  '1.0-foo < 1.0-dev',
  '1.0Beta1 < 1.0-dev',
  '1.0~beta < 1.0-dev',
  'dev-main < 1.0',
  'v1.2.3 = 1.2.3',
  'V1.2.3 = v1.2.3',
  'vv1.0 = 1.0',
  '1.0.0rc2 = 1.0.0.rc2',
  '1_0+1 = 1.0.1',
  // differences from PHP, as osv-scalibr orders them:
  '999999999999999999999999999991 < 999999999999999999999999999999',
  '1.2.3.# = 1.2.3.1',
  '1.0- = 1.0',
];

describe('php/composer', () => {
  it("orders as PHP's version_compare", () => {
    assertCorpus(packagistVersionScheme, parseCorpus(ORDER.join('\n'), 'packagist'), 'packagist');
  });

  it('is reflexive where PHP is not (trailing separators)', () => {
    for (const text of ['1.0-', '1.2.3.#', '.', '1..', 'v1.0_']) {
      const v = parsePackagistVersion(text);
      assert.ok(v, text);
      assert.equal(packagistVersionScheme.compare(v, v), 0, text);
    }
  });

  it('parses everything but empty text (after the v) and text over 256 characters', () => {
    for (const text of ['', 'v', 'vV']) assert.equal(parsePackagistVersion(text), undefined, text);
    assert.equal(parsePackagistVersion('1'.repeat(257)), undefined);
    assert.deepEqual(parsePackagistVersion('v1.0.0-beta2'), [
      { digits: '1' },
      { digits: '0' },
      { digits: '0' },
      { rank: 2 },
      { digits: '2' },
    ]);
  });

  it('refuses 100 KB of digits, dots and tildes without scanning it', () => {
    assert.equal(parsePackagistVersion('1.~'.repeat(34_000)), undefined);
  });
});
