/** osv-scalibr's podfilelock table tests, run against its fixtures in ../shared (never copied here). */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { podfileLockExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'swift/podfilelock', file: 'podfilelock.expected.json', cases: 4 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(podfileLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(podfileLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    assert.deepEqual(out.diagnostics, []);
    assert.ok(out.packages.every((p) => p.purl === `pkg:cocoapods/${p.name}@${p.version}`));
  },
);
