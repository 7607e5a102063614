/**
 * osv-scalibr's pnpmlock table tests (v5/v6 and v9), run against its fixtures in ../shared.
 * Scalibr returns an error together with the good packages for a bad key; Sterling keeps the good
 * packages and reports the bad key as a warning Diagnostic, which is what these cases assert.
 */
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { pnpmLockExtractor } from './index.js';

/**
 * Scalibr's v5/v6 extractor derives depGroups from each entry's `dev: true` flag; Sterling from the
 * importer graph. On these fixtures the two agree, so groups are compared. Its v9 extractor computes
 * no groups at all (one-package-dev.v9 and mixed-groups.v9 expect none for dev and optional
 * dependencies, where Sterling reports dev / optional from the importers), so v9 compares no groups.
 */
const SUITES: Array<{ file: string; groups: boolean }> = [
  { file: 'pnpmlock.expected.json', groups: true },
  { file: 'pnpmlock-v9.expected.json', groups: false },
];

for (const suite of SUITES) {
  describeScalibrSuite({ dir: 'javascript/pnpmlock', file: suite.file }, (c, fixture) => {
    if (c.wantErr && (c.packages === null || c.packages.length === 0)) {
      assert.throws(() => extractDisk(pnpmLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(pnpmLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? [], { groups: suite.groups });
    const invalid = out.diagnostics.filter((d) => d.code === 'invalid-entry');
    if (c.wantErr) {
      // Scalibr fails on the bad key(s); Sterling reports each as a warning with its line.
      assert.ok(invalid.length > 0, 'expected an invalid-entry warning');
      for (const d of invalid) {
        assert.equal(d.level, 'warning');
        assert.equal(d.path, basename(c.fixture));
        assert.ok(typeof d.line === 'number' && d.line > 0, 'warning names a line');
      }
    }
  });
}
