/**
 * osv-scalibr's gradlelockfile table tests, run against its fixtures in ../shared (never copied here).
 * scalibr computes no dep groups for Gradle lockfiles; names, versions and lines are compared.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { gradleLockfileExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'java/gradlelockfile', file: 'gradlelockfile.expected.json', cases: 5 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(gradleLockfileExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(gradleLockfileExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    for (const p of out.packages) assert.match(p.purl ?? '', /^pkg:maven\/[^/]+\/[^@]+@/);
    if (!c.fixture.endsWith('with-bad-pkg')) {
      assert.deepEqual(out.diagnostics, [], 'no diagnostics on a well-formed lockfile');
    }
  },
);
