import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { alpineVersionScheme, parseAlpineVersion } from './version.js';

/** Valid apk versions: every line checked against apk-tools 2.10.8's apk_version_compare. */
const APK_ORDER = [
  '1.0_alpha < 1.0_beta',
  '1.0_beta < 1.0_pre',
  '1.0_pre < 1.0_rc',
  '1.0_rc < 1.0',
  '1.0 < 1.0_cvs',
  '1.0_cvs < 1.0_svn',
  '1.0_svn < 1.0_git',
  '1.0_git < 1.0_hg',
  '1.0_hg < 1.0_p',
  '1.0_p1 < 1.0_p2',
  '1.0_alpha_pre2 < 1.0_alpha',
  '1.0 < 1.0a',
  '1.0a < 1.0b',
  '1.0-r0 < 1.0-r1',
  '1.0-r9 < 1.0-r10',
  '1.0-r = 1.0-r0',
  '1 < 1.0',
  '1 < 1-r0',
  '1.2.3_p1-r5 < 1.2.4-r0',
  // a letter may carry a number (OpenSSH-style upstream versions)
  '5.7.3p9-r0 < 5.7.3p10-r0',
  '6.6.2p1 > 6.6.2_p1',
  // leading zeros after a dot: the run of zeros is its own token
  '1.05 < 1.5',
  '1.001 < 1.01',
  // numbers of any size (apk 2.10 overflows a C int here)
  '1.0_pre20191002222144 < 1.0_pre20210530193627',
  '9999999999 < 99999999999999999999',
];

/** Versions apk-tools rejects: the order osv-scalibr's corpus expects. */
const FALLBACK_ORDER = [
  '1.2 > 1.2_blah',
  '1.2_cvs1 > 1.2_blah',
  '1 > 1-ruff',
  '1-r0-1 = 1-r-2',
  '0.r1 < 0r2',
  '1.2.0A < 1.2.0d',
  'a < b',
  'c = c',
];

describe('alpine/apk', () => {
  it('orders valid versions as apk-tools', () => {
    assertCorpus(alpineVersionScheme, parseCorpus(APK_ORDER.join('\n'), 'apk'), 'apk');
  });

  it('orders invalid versions as OSV tooling does', () => {
    assertCorpus(alpineVersionScheme, parseCorpus(FALLBACK_ORDER.join('\n'), 'apk-invalid'), 'apk-invalid');
  });

  const validity: Array<[string, boolean]> = [
    ['1.2.3_rc1-r2', true],
    ['2.12r-r4', true],
    ['1_', true],
    ['1.2_blah', false],
    ['1.2.0A', false],
    ['1-r-0', false],
    ['1.', false],
    ['1..2', false],
    ['0.r1', false],
    ['.1', false],
    ['1.0~abc', false],
  ];
  for (const [text, valid] of validity) {
    it(`${text} is ${valid ? 'valid' : 'invalid'} for apk`, () => {
      const v = parseAlpineVersion(text);
      assert.ok(v, text);
      assert.equal(v.tokens !== undefined, valid);
    });
  }

  it('parses everything but the empty text and text over 256 characters', () => {
    assert.equal(parseAlpineVersion(''), undefined);
    assert.equal(parseAlpineVersion('1'.repeat(257)), undefined);
    assert.notEqual(parseAlpineVersion('~'), undefined);
  });

  it('refuses 100 KB of digits, dots and tildes without scanning it', () => {
    assert.equal(parseAlpineVersion('1.~'.repeat(34_000)), undefined);
  });
});
