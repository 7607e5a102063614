/**
 * Hostile text against the OS-distribution, Maven and Packagist schemes: `parse` never throws, refuses
 * what is over the 256-character cap (so a 100 KB string costs nothing), and what it parses compares
 * reflexively and antisymmetrically. No timing asserts: a hang shows as the test runner's timeout.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { VersionScheme } from '../core/plugin/version-scheme.js';
import { alpineVersionScheme } from './alpine/version.js';
import { debianVersionScheme } from './debian/version.js';
import { mavenVersionScheme } from './java/version.js';
import { packagistVersionScheme } from './php/version.js';
import { rpmVersionScheme } from './rpm/version.js';

const SCHEMES: VersionScheme[] = [
  alpineVersionScheme,
  debianVersionScheme,
  mavenVersionScheme,
  packagistVersionScheme,
  rpmVersionScheme,
];

const OVERSIZED = [
  '1'.repeat(100_000),
  '~'.repeat(100_000),
  '.'.repeat(100_000),
  '1.~'.repeat(34_000),
  `1:${'0'.repeat(100_000)}`,
  `${'1-'.repeat(50_000)}1`,
  `1.0${'_alpha'.repeat(20_000)}`,
  `${'a1'.repeat(50_000)}`,
  `${' '.repeat(100_000)}1.0`,
];

/** Within the cap but malformed or odd: any answer is fine as long as parse and compare hold up. */
const ODD = [
  '',
  ' ',
  '.',
  '-',
  ':',
  '~',
  '^',
  '#',
  '_',
  'v',
  '\u0000',
  '\ud800',
  '😀',
  '1.0\u202e0',
  '٣.١',
  'İ1',
  '__proto__',
  'constructor',
  '0000000000',
  '1.0000000000.1',
  '1:2:3-4-5',
  '1-r-r-r',
  '1_p_p_p~~~',
  '9'.repeat(256),
  `${'1.'.repeat(127)}1`,
  `${'~'.repeat(255)}1`,
  `1${'-1'.repeat(127)}`,
  `${'a1'.repeat(128)}`,
  `${'0.'.repeat(128)}`,
];

describe('OS, Maven and Packagist version schemes under hostile input', () => {
  for (const scheme of SCHEMES) {
    it(`${scheme.id} refuses text over the length cap`, () => {
      for (const text of OVERSIZED) {
        assert.equal(scheme.parse(text), undefined, `${scheme.id}: ${text.slice(0, 20)}…`);
      }
    });
    it(`${scheme.id} never throws and compares whatever it parses`, () => {
      const parsed = ODD.map((t) => scheme.parse(t)).filter((v) => v !== undefined);
      assert.ok(parsed.length > 0, scheme.id);
      for (const a of parsed) {
        for (const b of parsed) {
          // antisymmetric (`+` folds -0 into 0)
          assert.equal(Math.sign(scheme.compare(a, b)) + Math.sign(scheme.compare(b, a)), 0, scheme.id);
        }
        assert.equal(scheme.compare(a, a), 0, scheme.id);
      }
    });
  }
});
