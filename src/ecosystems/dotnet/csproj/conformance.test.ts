/**
 * osv-scalibr's csproj and nugetcpm (Directory.Packages.props) table tests, run against its fixtures
 * in ../shared (never copied here).
 *
 * Where Sterling deliberately differs: scalibr drops a PackageReference without a version (or with an
 * empty one). Sterling reports it as an `unresolved` package with an info diagnostic saying why (the
 * version may come from an MSBuild file it cannot see), so the pinned packages are compared with
 * scalibr's list and the unresolved ones are checked on their own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  scalibrFixture,
  scalibrSkip,
} from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { Extractor } from '../../../core/plugin/extractor.js';
import { directoryPackagesPropsExtractor } from '../directory-packages-props/index.js';
import { csprojExtractor } from './index.js';

const SUITES: [string, string, Extractor][] = [
  ['dotnet/csproj', 'csproj.expected.json', csprojExtractor],
  ['dotnet/nugetcpm', 'nugetcpm.expected.json', directoryPackagesPropsExtractor],
];

for (const [dir, file, extractor] of SUITES) {
  describeScalibrSuite({ dir, file, cases: 6 }, (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(extractor, fixture), InputError);
      return;
    }
    const out = extractDisk(extractor, fixture);
    assertMatchesExpected(
      out.packages.filter((p) => p.resolution === 'pinned'),
      c.packages ?? [],
    );
    for (const p of out.packages) assert.equal(p.direct, true, `${p.name} is a direct reference`);
  });

  describe(`osv-scalibr conformance: ${dir}, Sterling-specific expectations`, {
    skip: scalibrSkip(dir),
  }, () => {
    const cases: [string, string[], string[]][] = [
      ['testdata/valid', ['LiteDB@5.0.12 pinned line 3'], []],
      ['testdata/noversion', ['LiteDB@ unresolved line 3'], ['info unresolved-version 3']],
      ['testdata/emptyversion', ['LiteDB@ unresolved line 3'], ['info unresolved-version 3']],
      ['testdata/emptyinclude', [], ['warning invalid-entry 3']],
      ['testdata/nopackage', [], ['warning invalid-entry 3']],
    ];
    for (const [fixture, packages, diagnostics] of cases) {
      it(`${fixture}: packages and diagnostics`, () => {
        const out = extractDisk(extractor, scalibrFixture(dir, fixture));
        assert.deepEqual(
          out.packages.map((p) => `${p.name}@${p.version} ${p.resolution} line ${p.locations[0]?.line}`),
          packages,
        );
        assert.deepEqual(
          out.diagnostics.map((d) => `${d.level} ${d.code} ${d.line}`),
          diagnostics,
        );
      });
    }
  });
}
