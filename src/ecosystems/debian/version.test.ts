import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { debianVersionScheme, parseDebianVersion } from './version.js';

/** Every line checked with dpkg --compare-versions (dpkg 1.21, amd64). */
const ORDER = [
  '1.0~~ < 1.0~',
  '1.0~ < 1.0',
  '1.0~rc1 < 1.0',
  '1.0 < 1.0A',
  '1.0A < 1.0a',
  '1.0a < 1.0+',
  '1.0+ < 1.0.',
  '1.0 = 1.0-0',
  '1.0 = 0:1.0',
  '1:1.0 = 01:1.0',
  '1:0.1 > 9.9',
  '1.2.3-1~deb12u1 < 1.2.3-1',
  '1.2.3-1 < 1.2.3-1+deb12u1',
  '1.0-2-3 > 1.0-2',
  '1.09 = 1.9',
  '1.99999999999999999999 < 1.100000000000000000000',
  // dpkg compares bytes as signed chars: non-ASCII after letters, before ASCII punctuation
  '1.0z < 1.0ä',
  '1.0ä < 1.0+',
];

describe('debian/dpkg', () => {
  it("orders as dpkg's verrevcmp", () => {
    assertCorpus(debianVersionScheme, parseCorpus(ORDER.join('\n'), 'dpkg'), 'dpkg');
  });

  const rejected: Array<[string, string]> = [
    ['', 'empty'],
    ['  ', 'blank'],
    ['1.0 beta', 'embedded space'],
    [':1.0', 'empty epoch'],
    ['a:1.0', 'epoch not a number'],
    ['-1:1.0', 'negative epoch'],
    ['2147483648:1.0', 'epoch above INT_MAX'],
    ['1:', 'nothing after the colon'],
    ['1.0-', 'empty revision'],
    ['-1', 'empty upstream'],
    ['1:-1', 'empty upstream after the epoch'],
    ['1'.repeat(257), 'over 256 characters'],
  ];
  for (const [text, why] of rejected) {
    it(`rejects ${why}`, () => assert.equal(parseDebianVersion(text), undefined));
  }

  it('accepts what dpkg only warns about, and splits epoch, upstream and revision', () => {
    const cases: Array<[string, string, string, string]> = [
      [' 1.0 ', '0', '1.0', ''],
      ['2147483647:1', '2147483647', '1', ''],
      ['+1:a_b', '1', 'a_b', ''],
      ['1:2:3-4-5', '1', '2:3-4', '5'],
    ];
    for (const [input, epoch, upstream, revision] of cases) {
      const v = parseDebianVersion(input);
      assert.ok(v, input);
      assert.deepEqual([v.epoch, v.upstream, v.revision], [epoch, upstream, revision], input);
    }
  });

  it('refuses 100 KB of digits, dots and tildes without scanning it', () => {
    assert.equal(parseDebianVersion('1.~'.repeat(34_000)), undefined);
  });
});
