/**
 * osv-scalibr's packagesconfig table tests, run against its fixtures in ../shared (never copied here).
 * scalibr drops an entry without id or version silently; Sterling drops it too and says so.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
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
