/**
 * osv-scalibr's gradleversioncatalog table tests, run against its fixtures in ../shared (never copied
 * here). scalibr records no lines for catalogs; Sterling's are checked in its own tests.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { gradleVersionCatalogExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'java/gradleversioncatalog', file: 'gradleversioncatalog.expected.json', cases: 4 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(gradleVersionCatalogExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(gradleVersionCatalogExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    // Only the library without a version is worth a warning.
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      c.fixture.endsWith('libs.versions.toml') ? [['unresolved-version', 31]] : [],
    );
  },
);
