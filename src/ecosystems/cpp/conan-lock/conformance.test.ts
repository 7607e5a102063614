/**
 * osv-scalibr's conanlock table tests (Conan 1 locks with and without revisions, Conan 2 locks), run
 * against its fixtures in ../shared (never copied here). scalibr's depGroups (`requires`,
 * `build-requires`) are not Sterling's scopes; the Conan 2 cases check that build requirements are dev.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { conanLockExtractor } from './index.js';

for (const [file, cases] of [
  ['conanlock-v1.expected.json', 11],
  ['conanlock-v1-revisions.expected.json', 6],
  ['conanlock-v2.expected.json', 7],
] as const) {
  describeScalibrSuite({ dir: 'cpp/conanlock', file, cases }, (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(conanLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(conanLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    for (const want of c.packages ?? []) {
      const got = out.packages.find((p) => p.name === want.name && p.version === want.version);
      const dev = (want.depGroups ?? []).includes('build-requires') || c.fixture.includes('one-package-dev');
      assert.deepEqual(got?.scopes, [dev ? 'dev' : 'prod'], `scope of ${want.name}`);
    }
    const invalid = out.diagnostics.filter((d) => d.level !== 'info').map((d) => d.code);
    assert.deepEqual(invalid, c.fixture.includes('no-name') ? ['invalid-entry'] : []);
  });
}
