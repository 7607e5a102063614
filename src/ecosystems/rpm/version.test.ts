import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { parseRpmVersion, rpmVersionScheme } from './version.js';

/** Version and epoch lines checked with rpm 4.18's labelCompare. */
const ORDER = [
  '1.0~rc1 < 1.0',
  '1.0~rc1 < 1.0~rc2',
  '1.0~~ < 1.0~',
  '1.0 < 1.0^',
  '1.0^git1 < 1.0^git2',
  '1.0^git1 < 1.0.1',
  '1.0~rc1 < 1.0~rc1^git1',
  '1.0^git1~pre < 1.0^git1',
  '1.0 < 1.0a',
  '1.0a < 1.0.1',
  '1.0a < 1.0b',
  '1.0A < 1.0a',
  '1.01 = 1.1',
  '1_0 = 1.0',
  '1.0 = 1.0.',
  '1.α = 1.β',
  '1.9999999999 < 1.12345678901234567890',
  '1:1.0 > 2.0',
  ':1.0 = 0:1.0',
  '01:1.0 = 1:1.0',
  // a missing release sorts first (osv-scalibr's rule for OSV ranges)
  '1.0 < 1.0-0',
  '1.0-1 < 1.0-2',
  '1.0-1.el9 < 1.0-1.el9_1',
];

describe('rpm/rpmvercmp', () => {
  it('orders as rpm', () => {
    assertCorpus(rpmVersionScheme, parseCorpus(ORDER.join('\n'), 'rpm'), 'rpm');
  });

  const split: Array<[string, string, string, string | undefined]> = [
    ['1.0', '0', '1.0', undefined],
    ['1.0-', '0', '1.0', ''],
    ['2:1.0-3.el9', '2', '1.0', '3.el9'],
    ['1.0-2-3', '0', '1.0-2', '3'],
    ['a:1.0', '0', 'a:1.0', undefined],
    ['1.m+e2:1', '0', '1.m+e2:1', undefined],
    [':1', '0', '1', undefined],
  ];
  for (const [text, epoch, version, release] of split) {
    it(`splits ${text} as rpm's parseEVR`, () => {
      assert.deepEqual(parseRpmVersion(text), { epoch, version, release });
    });
  }

  it('parses everything but the empty text and text over 256 characters', () => {
    assert.equal(parseRpmVersion(''), undefined);
    assert.equal(parseRpmVersion('1'.repeat(257)), undefined);
    assert.notEqual(parseRpmVersion('~'), undefined);
  });

  it('refuses 100 KB of digits, dots and tildes without scanning it', () => {
    assert.equal(parseRpmVersion('1.~'.repeat(34_000)), undefined);
  });
});
