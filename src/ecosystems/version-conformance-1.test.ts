/**
 * osv-scalibr's version-ordering corpora (../shared, read at test time) against Sterling's schemes. Every
 * comparison is checked in both directions. scalibr runs semver-versions.txt for npm, crates.io, Go and
 * Hex with one lenient semver parser; npm here uses node-semver's strict grammar, which refuses the few
 * lines listed in NOT_NPM_SEMVER (they are tested on the other schemes).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsShared, sharedPath } from '../../test/helpers/shared.js';
import { assertCorpus, readCorpus } from '../../test/helpers/version-corpus.js';
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

const DIR = ['conformance', 'osv-scalibr', 'semantic', 'testdata'] as const;

const CORPORA: Array<[string, VersionScheme[]]> = [
  ['semver-versions.txt', [rustVersionScheme, erlangVersionScheme, goVersionScheme, swiftVersionScheme]],
  ['pypi-versions.txt', [pythonVersionScheme]],
  ['pypi-versions-generated.txt', [pythonVersionScheme]],
  ['rubygems-versions.txt', [rubyVersionScheme]],
  ['rubygems-versions-generated.txt', [rubyVersionScheme]],
  ['nuget-versions.txt', [dotnetVersionScheme]],
  ['pub-versions.txt', [dartVersionScheme]],
  ['hackage-versions.txt', [haskellVersionScheme]],
  ['cran-versions.txt', [rVersionScheme]],
  ['cran-versions-generated.txt', [rVersionScheme]],
];

for (const [file, schemes] of CORPORA) {
  describe(`osv-scalibr ${file}`, { skip: needsShared(...DIR, file) }, () => {
    for (const scheme of schemes) {
      it(`holds for ${scheme.id}`, () => {
        assertCorpus(scheme, readCorpus(sharedPath(...DIR, file)), file);
      });
    }
  });
}

/** Versions in semver-versions.txt that are not semver 2.0 (node-semver and npm refuse them). */
const NOT_NPM_SEMVER = [
  '1.1.3.4.5',
  '999999999999999999999999999991',
  '999999999999999999999999999991.999999999999999999999999999991.999999999999999999999999999991',
  '999999999999999999999999999999',
  '999999999999999999999999999999.999999999999999999999999999991.999999999999999999999999999991',
];

describe('osv-scalibr semver-versions.txt on npm', {
  skip: needsShared(...DIR, 'semver-versions.txt'),
}, () => {
  const all = () => readCorpus(sharedPath(...DIR, 'semver-versions.txt'));
  it('refuses exactly the lines that are not semver 2.0', () => {
    const refused = new Set<string>();
    for (const c of all()) {
      for (const v of [c.a, c.b]) if (npmVersionScheme.parse(v) === undefined) refused.add(v);
    }
    assert.deepEqual([...refused].sort(), [...NOT_NPM_SEMVER].sort());
  });
  it('holds for npm/semver on every other line', () => {
    const cases = all().filter((c) => !NOT_NPM_SEMVER.includes(c.a) && !NOT_NPM_SEMVER.includes(c.b));
    assert.equal(cases.length, 83);
    assertCorpus(npmVersionScheme, cases, 'semver-versions.txt (npm)');
  });
});
