import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertCorpus, parseCorpus } from '../../../test/helpers/version-corpus.js';
import { mavenVersionScheme, parseMavenVersion } from './version.js';

/** Every line checked against maven-artifact 3.9.9's ComparableVersion. */
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
  // MNG-7644 (Maven 3.9): a qualifier after '.' is a sub-list, as after '-'
  '1.0.0.RC1 < 1.0.0-RC2',
  '1.0.RC2 < 1.0-RC3',
  '1.0-RC3 < 1.0.1',
  '6.1.12rc1 < 6.1.12.rc5',
  // numbers of any size, compared exactly
  '999999999 < 1000000000',
  '999999999999999999 < 1000000000000000000',
  '12345678901234567890 < 123456789012345678901',
  '1.01 = 1.1',
  // Maven keeps a run of ten or more zeros as a long 0, which sorts after every int
  '1.0000000000.1 > 1.5',
  // Java's Character.isDigit accepts every Unicode decimal digit
  '١.٢ = 1.2',
];

describe('java/maven', () => {
  it("orders as maven-artifact 3.9's ComparableVersion", () => {
    assertCorpus(mavenVersionScheme, parseCorpus(ORDER.join('\n'), 'maven'), 'maven');
  });

  it('parses every text up to 256 characters, and nothing empty or longer', () => {
    for (const text of ['1', 'x', '.', '-', '..--..', ' ', '😀', 'a'.repeat(256)]) {
      assert.notEqual(parseMavenVersion(text), undefined, text);
    }
    assert.equal(parseMavenVersion(''), undefined);
    assert.equal(parseMavenVersion('1'.repeat(257)), undefined);
  });

  it('trims trailing nulls from every list', () => {
    assert.deepEqual(parseMavenVersion('1.0.0-0.0'), {
      kind: 'list',
      items: [{ kind: 'number', size: 0, digits: '1' }],
    });
    assert.deepEqual(parseMavenVersion('1-ga-1'), {
      kind: 'list',
      items: [
        { kind: 'number', size: 0, digits: '1' },
        { kind: 'list', items: [{ kind: 'list', items: [{ kind: 'number', size: 0, digits: '1' }] }] },
      ],
    });
  });

  it('refuses 100 KB of digits, dots and tildes without scanning it', () => {
    assert.equal(parseMavenVersion('1.~'.repeat(34_000)), undefined);
  });
});
