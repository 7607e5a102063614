/**
 * osv-scalibr's packageresolved table tests, run against its fixtures in ../shared (never copied
 * here). scalibr does not report the pinned revision; Sterling keeps it as `source.commit` on
 * versioned pins, so the comparison leaves commits out (the revision is checked in extractor.test.ts).
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { packageResolvedExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'swift/packageresolved', file: 'packageresolved.expected.json', cases: 3 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(packageResolvedExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(packageResolvedExtractor, fixture);
    const withoutRevisions = out.packages.map((p) => ({ ...p, source: { kind: p.source.kind } }));
    assertMatchesExpected(withoutRevisions, c.packages ?? []);
    assert.ok(out.packages.every((p) => p.purl === `pkg:swift/${p.name}@${p.version}`));
    assert.deepEqual(out.diagnostics, []);
  },
);
