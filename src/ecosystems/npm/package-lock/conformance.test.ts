/**
 * osv-scalibr's packagelockjson table tests (facts in ../shared/conformance/osv-scalibr-expected) run
 * against its fixtures. Scalibr lists one package per occurrence; Sterling merges occurrences by id,
 * which the comparison helper accounts for. `bundled` is a scalibr group Sterling does not model.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { packageLockExtractor } from './index.js';

for (const file of [
  'packagelockjson.expected.json',
  'packagelockjson-v1.expected.json',
  'packagelockjson-v2.expected.json',
]) {
  describeScalibrSuite({ dir: 'javascript/packagelockjson', file }, (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(packageLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(packageLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? [], { groups: true, ignoreGroups: ['bundled'] });
    assert.deepEqual(
      out.diagnostics.filter((d) => d.level !== 'info'),
      [],
      'no warnings on well-formed fixtures',
    );
  });
}
