/**
 * Hostile text against every scheme of this batch: `parse` never throws, refuses what is over the
 * 256-character cap (so a 100 KB string or a 10,000-identifier pre-release costs nothing), and stays
 * usable at the cap. No timing asserts: a hang shows as the test runner's timeout.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { VersionScheme } from '../core/plugin/version-scheme.js';
import { dartVersionScheme } from './dart/version.js';
import { dotnetVersionScheme } from './dotnet/version.js';
import { erlangVersionScheme } from './erlang/version.js';
import { goVersionScheme } from './go/version.js';
import { haskellVersionScheme } from './haskell/version.js';
import { npmVersionScheme } from './npm/version.js';
import { pythonVersionScheme } from './python/version.js';
import { rVersionScheme } from './r/version.js';
import { rubyVersionScheme } from './ruby/version.js';
import { rustVersionScheme } from './rust/version.js';
import { swiftVersionScheme } from './swift/version.js';

const SCHEMES: VersionScheme[] = [
  dartVersionScheme,
  dotnetVersionScheme,
  erlangVersionScheme,
  goVersionScheme,
  haskellVersionScheme,
  npmVersionScheme,
  pythonVersionScheme,
  rVersionScheme,
  rubyVersionScheme,
  rustVersionScheme,
  swiftVersionScheme,
];

/** Over the cap: every scheme must answer `undefined`. */
const OVERSIZED = [
  '1'.repeat(100_000),
  'a'.repeat(100_000),
  `1.0.0-${'a.'.repeat(10_000)}a`,
  `1.0.0+${'1.'.repeat(10_000)}1`,
  `${'1.'.repeat(50_000)}1`,
  `${'1-'.repeat(50_000)}1`,
  `1.0${'.dev'.repeat(10_000)}`,
  `1.0+${'a-'.repeat(10_000)}!`,
  `${' '.repeat(100_000)}1.0`,
];

/** Within the cap but malformed or odd: any answer is fine as long as parse and compare do not throw. */
const ODD = [
  '',
  ' ',
  '.',
  '-',
  '+',
  'v',
  '!',
  '\u0000',
  '\ud800',
  '😀',
  '1.0.0-😀',
  '1.0\u202e0',
  '٣.١',
  '1e3',
  '0x10',
  'NaN',
  'Infinity',
  '__proto__',
  'constructor',
  `1.0.0-${'a.'.repeat(124)}a`,
  `${'9'.repeat(255)}`,
  `${'1.'.repeat(127)}1`,
  `1${'-1'.repeat(127)}`,
  `1!${'1.'.repeat(126)}1`,
];

describe('version schemes under hostile input', () => {
  for (const scheme of SCHEMES) {
    it(`${scheme.id} refuses text over the length cap`, () => {
      for (const text of OVERSIZED)
        assert.equal(scheme.parse(text), undefined, `${scheme.id}: ${text.slice(0, 20)}…`);
    });
    it(`${scheme.id} never throws and compares whatever it parses`, () => {
      const parsed = ODD.map((t) => scheme.parse(t)).filter((v) => v !== undefined);
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
