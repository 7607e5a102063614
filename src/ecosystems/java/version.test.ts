import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { mavenVersionScheme, parseMavenVersion } from './version.js';

/**
 * Every line holds in osv-scalibr's Maven comparison, whose order OSV's Maven data uses. Comments mark
 * the lines where a Maven release answers otherwise.
 */
const ORDER = [
  // qualifiers, aliases, null trimming
  '1-alpha < 1-beta',
  '1-beta < 1-milestone',
  '1-milestone < 1-rc',
  '1-rc = 1-cr',
  '1-rc < 1-snapshot',
  '1-snapshot < 1',
  '1 = 1.0',
  '1 = 1-0',
  '1 = 1.ga',
  '1 = 1-final',
  '1 = 1.release',
  '1 < 1-sp',
  '1-sp < 1-abc',
  '1-abc < 1-abd',
  '1-abc < 1-1',
  '1-1 < 1.1',
  '1a1 = 1-alpha-1',
  '1b2 = 1-beta-2',
  '1m3 = 1-milestone-3',
  '1-a > 1',
  '1RC1 = 1rc1',
  '1.0-RC3 < 1.0.1',
  // OSV data follows maven-artifact 3.8 / scalibr here (Maven 3.9's MNG-7644 gives the opposite).
  '1.0.0.RC1 > 1.0.0-RC2',
  '1.0.RC2 > 1.0-RC3',
  '6.1.12rc1 > 6.1.12.rc5',
  '1.5.9.rc1 < 1.5.9-rc0',
  '1.rc < 1-rc',
  // '.qualifier' < '-qualifier' < '-number' < '.number' when the prefixes differ
  '1-rc < 1-1',
  '1.0.1 > 1-1',
  // padding is shaped like the other side's token: '.0' against '.x', an empty qualifier against '.sp'
  '1 < 1.sp',
  '1 > 1.rc',
  '1 < 1.abc',
  // scalibr compares that padding '0' as text with an unknown qualifier (Maven: 1.+ > 1)
  '1.+ < 1',
  // scalibr trims a null before every '-', qualifier or not (Maven 3.8 and 3.9: 1-ga-1 < 1-1)
  '1-ga-1 = 1-1',
  // numbers of any size, compared exactly
  '999999999 < 1000000000',
  '999999999999999999 < 1000000000000000000',
  '12345678901234567890 < 123456789012345678901',
  '1.01 = 1.1',
  // scalibr compares numbers by value (Maven keeps ten or more zeros as a long 0, above every int)
  '1.0000000000.1 < 1.5',
  // scalibr's digits are ASCII (Maven's Character.isDigit takes every Unicode digit: equal there)
  '١.٢ < 1.2',
  // unknown qualifiers compare by code point, as Go compares UTF-8 bytes (Maven: by UTF-16 unit)
  '1-\uffff < 1-\u{10000}',
  // lower-cased one character at a time, as Go's strings.ToLower (Maven's toLowerCase: unequal)
  '1-\u0130 = 1-i',
  '1-x\u03a3 = 1-x\u03c3',
];

describe('java/maven', () => {
  it("orders as osv-scalibr's Maven comparison", () => {
    assertCorpus(mavenVersionScheme, parseCorpus(ORDER.join('\n'), 'maven'), 'maven');
  });

  it('parses every text up to 256 characters, and nothing empty or longer', () => {
    for (const text of ['1', 'x', '.', '-', '..--..', ' ', '😀', 'a'.repeat(256)]) {
      assert.notEqual(parseMavenVersion(text), undefined, text);
    }
    assert.equal(parseMavenVersion(''), undefined);
    assert.equal(parseMavenVersion('1'.repeat(257)), undefined);
  });

  it('tokenizes with prefixes and trims nulls at the end and before every hyphen', () => {
    const n = (prefix: '' | '.' | '-', value: string) => ({ prefix, value, numeric: true });
    const q = (prefix: '' | '.' | '-', value: string) => ({ prefix, value, numeric: false });
    assert.deepEqual(parseMavenVersion('1.0.0-0.0'), { tokens: [n('', '1')] });
    assert.deepEqual(parseMavenVersion('1-ga-1'), { tokens: [n('', '1'), n('-', '1')] });
    assert.deepEqual(parseMavenVersion('1.0.0-RC01'), { tokens: [n('', '1'), q('-', 'rc'), n('-', '1')] });
    // a digit/letter transition is a '-' (so the '.0' before it goes too); 'a' before a digit is alpha
    assert.deepEqual(parseMavenVersion('1.0a1.0.ga'), { tokens: [n('', '1'), q('-', 'alpha'), n('-', '1')] });
    assert.deepEqual(parseMavenVersion('1.0.1a'), {
      tokens: [n('', '1'), n('.', '0'), n('.', '1'), q('-', 'a')],
    });
    // an empty piece is 0; 'final' is the empty qualifier; 'cr' is rc
    assert.deepEqual(parseMavenVersion('.final-cr'), { tokens: [n('', '0'), q('-', 'rc')] });
  });

  it('refuses 100 KB of digits, dots and tildes without scanning it', () => {
    assert.equal(parseMavenVersion('1.~'.repeat(34_000)), undefined);
  });
});
