/**
 * osv-scalibr's renvlock table tests, run against its fixtures in ../shared (never copied here).
 *
 * Deliberate differences: scalibr keeps only `Source: Repository` packages. Sterling also reports
 * Bioconductor packages (ecosystem `Bioconductor`, which OSV has advisories for) and packages
 * installed from GitHub (a git source pinned by `RemoteSha`), so those cases gain them. A package with
 * no `Source` is left out by both (Sterling says so in a warning).
 */
import assert from 'node:assert/strict';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  type ExpectedCase,
} from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { renvLockExtractor } from './index.js';

const EXTRA: Record<string, { name: string; version: string; commit?: string }[]> = {
  'testdata/with-mixed-sources.lock': [
    { name: 'mime', version: '0.12.1', commit: '1763e0dcb72fb58d97bab97bb834fc71f1e012bc' },
  ],
  'testdata/with-bioconductor.lock': [{ name: 'BSgenome', version: '1.60.0' }],
};

function adjust(c: ExpectedCase): ExpectedCase {
  const extra = EXTRA[c.fixture];
  return extra ? { ...c, packages: [...(c.packages ?? []), ...extra] } : c;
}

describeScalibrSuite(
  { dir: 'r/renvlock', file: 'renvlock.expected.json', adjust, cases: 7 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(renvLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(renvLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    const warnings = out.diagnostics.filter((d) => d.level !== 'info').map((d) => d.code);
    assert.deepEqual(warnings, c.fixture.endsWith('without-repository.lock') ? ['unknown-source'] : []);
  },
);
