/**
 * osv-scalibr's cabal table tests, run against its fixtures in ../shared (never copied here).
 *
 * Deliberate difference: scalibr reads only `any.`-qualified constraints. An unqualified
 * `foo ==2.4.0.3` is valid cabal.project syntax and pins foo just the same, so Sterling reports it: the
 * `valid_2` case gains foo. Lines that are not fields (`test`, `foo` at column 0) are warnings.
 */
import assert from 'node:assert/strict';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  type ExpectedCase,
} from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { cabalFreezeExtractor } from './index.js';

function adjust(c: ExpectedCase): ExpectedCase {
  if (c.fixture !== 'testdata/valid_2') return c;
  return { ...c, packages: [...(c.packages ?? []), { name: 'foo', version: '2.4.0.3' }] };
}

const STRAY: Record<string, number[]> = { 'testdata/valid_2': [1], 'testdata/invalid': [2, 3] };

describeScalibrSuite(
  { dir: 'haskell/cabal', file: 'cabal.expected.json', adjust, cases: 3 },
  (c, fixture) => {
    const out = extractDisk(cabalFreezeExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    assert.deepEqual(
      out.diagnostics.map((d) => d.line),
      STRAY[c.fixture] ?? [],
    );
    assert.ok(out.packages.every((p) => p.purl === `pkg:hackage/${p.name}@${p.version}`));
  },
);
