/**
 * osv-scalibr's composerlock table tests, run against its fixtures in ../shared (never copied here).
 * Names, versions, commits, lines and dep groups (prod / dev) are compared.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk, extractMemory } from '../../../../test/helpers/extract.js';
import { needsShared, readSharedJson } from '../../../../test/helpers/shared.js';
import { InputError } from '../../../core/errors/index.js';
import { composerLockExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'php/composerlock', file: 'composerlock.expected.json', cases: 9 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(composerLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(composerLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? [], { groups: true });
    assert.deepEqual(out.diagnostics, [], 'no diagnostics on a well-formed lockfile');
  },
);

interface PurlTest {
  test_type: string;
  input: { namespace: string; name: string; version: string };
  expected_output: string;
}

const PURL_TESTS = ['conformance', 'purl-spec', 'tests', 'types', 'composer-test.json'] as const;

describe('purl-spec: composer build vectors through the extractor', {
  skip: needsShared(...PURL_TESTS),
}, () => {
  const tests = readSharedJson<{ tests: PurlTest[] }>(...PURL_TESTS).tests.filter(
    (t) => t.test_type === 'build',
  );
  it('has build vectors', () => assert.ok(tests.length > 0));
  for (const t of tests) {
    it(t.expected_output, () => {
      const name = `${t.input.namespace}/${t.input.name}`;
      const lock = JSON.stringify({ packages: [{ name, version: t.input.version }] });
      const out = extractMemory(composerLockExtractor, 'composer.lock', { 'composer.lock': lock });
      assert.equal(out.packages[0]?.purl, t.expected_output);
    });
  }
  it('upper-case names are lower-cased in the purl (the Laravel/Laravel vector)', () => {
    const lock = JSON.stringify({ packages: [{ name: 'Laravel/Laravel', version: '5.5.0' }] });
    const out = extractMemory(composerLockExtractor, 'composer.lock', { 'composer.lock': lock });
    assert.equal(out.packages[0]?.purl, 'pkg:composer/laravel/laravel@5.5.0');
  });
});
