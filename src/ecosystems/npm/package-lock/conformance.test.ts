/**
 * osv-scalibr's packagelockjson table tests (facts in ../shared/conformance/osv-scalibr-expected) run
 * against its fixtures. Scalibr lists one package per occurrence; Sterling merges occurrences by id,
 * which the comparison helper accounts for. `bundled` is a scalibr group Sterling does not model.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMatchesExpected, loadExpected } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { needsShared, sharedPath } from '../../../../test/helpers/shared.js';
import { InputError } from '../../../core/errors/index.js';
import { packageLockExtractor } from './index.js';

const LANG = ['conformance', 'osv-scalibr-expected', 'extractor', 'filesystem', 'language'] as const;
const SUITES = [
  'packagelockjson.expected.json',
  'packagelockjson-v1.expected.json',
  'packagelockjson-v2.expected.json',
];
const FIXTURES = [
  'conformance',
  'osv-scalibr',
  'extractor',
  'filesystem',
  'language',
  'javascript',
  'packagelockjson',
];
const skip = needsShared(...LANG, 'javascript', 'packagelockjson');

for (const suite of SUITES) {
  describe(`scalibr conformance: ${suite}`, { skip }, () => {
    const cases = skip ? [] : loadExpected(`javascript/packagelockjson/${suite}`).cases;
    for (const c of cases) {
      it(c.case, () => {
        const path = sharedPath(...FIXTURES, c.fixture);
        if (c.wantErr) {
          assert.throws(() => extractDisk(packageLockExtractor, path), InputError);
          return;
        }
        const out = extractDisk(packageLockExtractor, path);
        assertMatchesExpected(out.packages, c.packages ?? [], { groups: true, ignoreGroups: ['bundled'] });
        assert.deepEqual(
          out.diagnostics.filter((d) => d.level !== 'info'),
          [],
          'no warnings on well-formed fixtures',
        );
      });
    }
  });
}
