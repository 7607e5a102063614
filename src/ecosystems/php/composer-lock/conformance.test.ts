/**
 * osv-scalibr's composerlock table tests, run against its fixtures in ../shared (never copied here).
 * Names, versions, commits, lines and dep groups (prod / dev) are compared.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { composerLockExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'php/composerlock', file: 'composerlock.expected.json', cases: 9 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(composerLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(composerLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? [], { groups: true });
    assert.deepEqual(out.diagnostics, [], 'no diagnostics on a well-formed lockfile');
  },
);
