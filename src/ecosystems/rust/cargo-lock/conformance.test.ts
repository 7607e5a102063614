/**
 * osv-scalibr's cargolock table tests, run against its fixtures in ../shared (never copied here), and
 * the purl-spec test vectors for the `cargo` type. scalibr computes no dep groups for Cargo.lock; lines
 * (the entry's `name =` line) are compared. No case needs adjusting: the fixtures have no Cargo.toml
 * beside them, so the local `local-rust-pkg` stays a package (with a `file` source), as in scalibr.
 * The build-metadata version `0.10.2+wasi-snapshot-preview1` is kept whole (purl encodes the `+`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  type ExpectedCase,
} from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { needsShared, readSharedJson } from '../../../../test/helpers/shared.js';
import { InputError } from '../../../core/errors/index.js';
import { packagePurl } from '../../shared/package.js';
import { cargoLockExtractor } from './index.js';

/**
 * Where Sterling deliberately differs: scalibr drops the commit of a git source
 * (`git+https://github.com/rust-lang/cargo?branch=master#061a9ab...`); Sterling keeps it, so the
 * vulnerability matcher and SBOMs can tell the git checkout from the crates.io release.
 */
function adjust(c: ExpectedCase): ExpectedCase {
  if (!c.fixture.endsWith('package-with-comments.lock')) return c;
  return {
    ...c,
    packages: (c.packages ?? []).map((p) =>
      p.name === 'syn' ? { ...p, commit: '061a9ab4cfabf2a403dbeab4bbcb8ff97d344dff' } : p,
    ),
  };
}

describeScalibrSuite(
  { dir: 'rust/cargolock', file: 'cargolock.expected.json', cases: 9, adjust },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(cargoLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(cargoLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    for (const p of out.packages) assert.ok(p.purl?.startsWith(`pkg:cargo/${p.name}@`), p.purl);
    // The fixtures are excerpts: some entries name dependencies (`gimli`) that have no entry, which is
    // worth a warning on a real lockfile. Nothing else may be reported.
    assert.deepEqual(
      out.diagnostics.filter((d) => d.level !== 'info' && d.code !== 'unresolved-dependency'),
      [],
      'no other warnings on these lockfiles',
    );
  },
);

interface PurlTest {
  test_type: string;
  input: unknown;
  expected_output: unknown;
}

const PURL_TESTS = ['conformance', 'purl-spec', 'tests', 'types', 'cargo-test.json'] as const;

describe('purl-spec: cargo build vectors', { skip: needsShared(...PURL_TESTS) }, () => {
  const tests = readSharedJson<{ tests: PurlTest[] }>(...PURL_TESTS).tests.filter(
    (t) => t.test_type === 'build',
  );
  it('has build vectors', () => assert.ok(tests.length > 0));
  for (const t of tests) {
    const input = t.input as { name: string; version: string };
    it(String(t.expected_output), () => {
      assert.equal(
        packagePurl({ ecosystem: 'crates.io', name: input.name, version: input.version, purlType: 'cargo' }),
        t.expected_output,
      );
    });
  }
});
