/**
 * osv-scalibr's pipfilelock table tests, run against its fixtures in ../shared (never copied here).
 *
 * Deliberate difference: scalibr drops entries without a `version`. Sterling never drops an entry
 * silently: the two git entries of no-version.json become git packages (version = the ref, marked
 * unresolved) carrying their commit, so they stay visible and matchable by commit. And a package
 * locked in both `default` and `develop` is one package with both locations (scalibr keeps the first).
 */
import assert from 'node:assert/strict';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  type ExpectedCase,
} from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { pipfileLockExtractor } from './index.js';

const MARKUPSAFE = 'b36054111bc1e8bbadb5d0d60158feb72926f467';
const ITSDANGEROUS = 'de09cad488a4d7c7bbcbcdb8e1c2dfde64325f48';

function adjust(c: ExpectedCase): ExpectedCase {
  if (c.fixture.endsWith('multiple-packages.json')) {
    return {
      ...c,
      packages: [...(c.packages ?? []), { name: 'itsdangerous', version: '2.1.2', depGroups: [], line: 80 }],
    };
  }
  if (!c.fixture.endsWith('no-version.json')) return c;
  return {
    ...c,
    packages: [
      { name: 'markupsafe', version: MARKUPSAFE, commit: MARKUPSAFE, depGroups: [], line: 19 },
      { name: 'itsdangerous', version: ITSDANGEROUS, commit: ITSDANGEROUS, depGroups: ['dev'], line: 26 },
    ],
  };
}

describeScalibrSuite(
  { dir: 'python/pipfilelock', file: 'pipfilelock.expected.json', adjust, cases: 10 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(pipfileLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(pipfileLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? [], { groups: true });
    assert.deepEqual(
      out.diagnostics.filter((d) => d.level !== 'info'),
      [],
    );
  },
);
