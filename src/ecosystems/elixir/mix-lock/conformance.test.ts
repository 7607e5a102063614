/**
 * osv-scalibr's mixlock table tests (the Elixir and the Erlang extractor read the same mix.lock
 * format), run against its fixtures in ../shared (never copied here).
 *
 * Deliberate difference: scalibr reports a Hex package's inner checksum as its "commit". It is not a
 * commit: Sterling keeps it as `source.integrity`, so the adjusted cases move it there and a second
 * check compares it. Git entries keep their commit on both sides.
 */
import assert from 'node:assert/strict';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  type ExpectedCase,
  type ExpectedPackage,
} from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { mixLockExtractor } from './index.js';

const isChecksum = (c: string | undefined) => c !== undefined && c.length === 64;
const checksums = new Map<string, ExpectedPackage[]>();

function adjust(c: ExpectedCase): ExpectedCase {
  checksums.set(c.case, c.packages ?? []);
  return {
    ...c,
    packages: (c.packages ?? []).map((p) => {
      if (!isChecksum(p.commit)) return p;
      const { commit: _, ...rest } = p;
      return rest;
    }),
  };
}

for (const [dir, cases] of [
  ['elixir/mixlock', 3],
  ['erlang/mixlock', 5],
] as const) {
  describeScalibrSuite({ dir, file: 'mixlock.expected.json', adjust, cases }, (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(mixLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(mixLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    for (const want of checksums.get(c.case) ?? []) {
      if (!isChecksum(want.commit)) continue;
      const got = out.packages.find((p) => p.name === want.name && p.version === want.version);
      assert.equal(got?.source.integrity, want.commit, `checksum of ${want.name}`);
    }
    assert.ok(out.packages.every((p) => p.ecosystem === 'Hex' && p.purl?.startsWith('pkg:hex/')));
  });
}
