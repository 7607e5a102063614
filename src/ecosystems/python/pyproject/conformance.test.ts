/**
 * osv-scalibr's pyprojecttoml table tests, run against its fixtures in ../shared (never copied here).
 *
 * Deliberate difference: for a range scalibr reports the lower bound as the version (`flask>=3.0.0`
 * -> `3.0.0`), which claims an installed version nobody installed. Sterling reports a range as an
 * unresolved package whose version is the specifier as written (`>=3.0.0`); exact `==` pins stay
 * pinned. The expected versions are rewritten accordingly below.
 */
import assert from 'node:assert/strict';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  type ExpectedCase,
} from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { pyprojectExtractor } from './index.js';

/** fixture -> name -> the specifier as written in the fixture. */
const RANGES: Record<string, Record<string, string>> = {
  'testdata/simple_deps.toml': { flask: '>=3.0.0', numpy: '' },
  'testdata/optional_deps.toml': { pytest: '>=7.0.0', aiohttp: '>=3.8.0' },
  'testdata/extras_syntax.toml': { requests: '>=2.20.0' },
  'testdata/env_markers.toml': { requests: '>=2.20.0' },
};

function adjust(c: ExpectedCase): ExpectedCase {
  const ranges = RANGES[c.fixture];
  if (!ranges) return c;
  return {
    ...c,
    packages: (c.packages ?? []).map((p) =>
      p.name && p.name in ranges ? { ...p, version: ranges[p.name]! } : p,
    ),
  };
}

describeScalibrSuite(
  { dir: 'python/pyprojecttoml', file: 'pyprojecttoml.expected.json', adjust, cases: 8 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(pyprojectExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(pyprojectExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    assert.deepEqual(
      out.diagnostics.filter((d) => d.level !== 'info'),
      [],
    );
  },
);
