/** osv-scalibr's stacklock table tests, run against its fixtures in ../shared (never copied here). */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { stackLockExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'haskell/stacklock', file: 'stacklock.expected.json', cases: 2 },
  (c, fixture) => {
    const out = extractDisk(stackLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    assert.deepEqual(
      out.diagnostics.filter((d) => d.level !== 'info'),
      [],
    );
    assert.ok(
      out.packages.every((p) => p.purl === `pkg:hackage/${p.name}@${p.version}` && p.source.integrity),
    );
  },
);
