/**
 * osv-scalibr's pylock table tests, run against its fixtures in ../shared (never copied here).
 * No case is adjusted; scalibr computes no groups for pylock, so only names, versions, commits and
 * lines are compared.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { pylockExtractor } from './index.js';

describeScalibrSuite({ dir: 'python/pylock', file: 'pylock.expected.json', cases: 8 }, (c, fixture) => {
  if (c.wantErr) {
    assert.throws(() => extractDisk(pylockExtractor, fixture), InputError);
    return;
  }
  const out = extractDisk(pylockExtractor, fixture);
  assertMatchesExpected(out.packages, c.packages ?? []);
  assert.deepEqual(
    out.diagnostics.filter((d) => d.level !== 'info'),
    [],
  );
});
