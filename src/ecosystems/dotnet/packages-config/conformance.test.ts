/**
 * osv-scalibr's packagesconfig table tests, run against its fixtures in ../shared (never copied here).
 * scalibr drops an entry without id or version silently; Sterling drops it too and says so.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk, extractMemory } from '../../../../test/helpers/extract.js';
import { needsShared, readSharedJson } from '../../../../test/helpers/shared.js';
import { InputError } from '../../../core/errors/index.js';
import { csprojExtractor } from '../csproj/index.js';
import { depsJsonExtractor } from '../deps-json/index.js';
import { packagesLockExtractor } from '../packages-lock/index.js';
import { packagesConfigExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'dotnet/packagesconfig', file: 'packagesconfig.expected.json', cases: 4 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(packagesConfigExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(packagesConfigExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    const broken = c.fixture.endsWith('valid') ? [] : [['invalid-entry', 4]];
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      broken,
    );
  },
);

interface PurlTest {
  test_type: string;
  input: { name: string; version: string };
  expected_output: string;
}

const PURL_TESTS = ['conformance', 'purl-spec', 'tests', 'types', 'nuget-test.json'] as const;

describe('purl-spec: nuget build vectors through the extractors', {
  skip: needsShared(...PURL_TESTS),
}, () => {
  const tests = readSharedJson<{ tests: PurlTest[] }>(...PURL_TESTS).tests.filter(
    (t) => t.test_type === 'build',
  );
  it('has build vectors', () => assert.ok(tests.length > 0));
  for (const t of tests) {
    it(t.expected_output, () => {
      const { name, version } = t.input;
      const config = `<packages><package id="${name}" version="${version}" /></packages>`;
      const lock = JSON.stringify({
        version: 1,
        dependencies: { 'net8.0': { [name]: { type: 'Direct', resolved: version } } },
      });
      const deps = JSON.stringify({ libraries: { [`${name}/${version}`]: { type: 'package' } } });
      const purls = [
        extractMemory(packagesConfigExtractor, 'packages.config', { 'packages.config': config }),
        extractMemory(csprojExtractor, 'A.csproj', {
          'A.csproj': `<Project><ItemGroup><PackageReference Include="${name}" Version="${version}" /></ItemGroup></Project>`,
        }),
        extractMemory(packagesLockExtractor, 'packages.lock.json', { 'packages.lock.json': lock }),
        extractMemory(depsJsonExtractor, 'a.deps.json', { 'a.deps.json': deps }),
      ].map((o) => o.packages[0]?.purl);
      assert.deepEqual(purls, [t.expected_output, t.expected_output, t.expected_output, t.expected_output]);
    });
  }
});
