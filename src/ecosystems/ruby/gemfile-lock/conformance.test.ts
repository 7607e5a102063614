/**
 * osv-scalibr's gemfilelock table tests, run against its fixtures in ../shared (never copied here).
 * Lines and git commits are compared; scalibr computes no dep groups for Bundler.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  scalibrFixture,
  scalibrSkip,
} from '../../../../test/helpers/conformance.js';
import { extractDisk, extractMemory } from '../../../../test/helpers/extract.js';
import { needsShared, readSharedJson } from '../../../../test/helpers/shared.js';
import { gemfileLockExtractor } from './index.js';

const DIR = 'ruby/gemfilelock';

describeScalibrSuite({ dir: DIR, file: 'gemfilelock.expected.json', cases: 12 }, (c, fixture) => {
  const out = extractDisk(gemfileLockExtractor, fixture);
  assertMatchesExpected(out.packages, c.packages ?? []);
  const warnings = out.diagnostics.filter((d) => d.level !== 'info');
  // scalibr skips the spec without a version silently; Sterling says so.
  if (c.fixture.endsWith('invalid.lock'))
    assert.deepEqual(
      warnings.map((d) => [d.code, d.line]),
      [['invalid-entry', 4]],
    );
  else assert.deepEqual(warnings, [], 'no warnings on a well-formed lockfile');
});

describe('osv-scalibr conformance: Sterling-specific expectations', { skip: scalibrSkip(DIR) }, () => {
  it('git gems carry url and revision; the local gem is a file source', () => {
    const git = extractDisk(gemfileLockExtractor, scalibrFixture(DIR, 'testdata/has-git-gem.lock'));
    const utils = git.packages.find((p) => p.name === 'hanami-utils');
    assert.deepEqual(utils?.source, {
      kind: 'git',
      url: 'https://github.com/hanami/utils.git',
      commit: '5904fc9a70683b8749aa2861257d0c8c01eae4aa',
    });
    assert.equal(utils?.direct, true);
    assert.equal(git.packages.find((p) => p.name === 'rack')?.direct, false);
    const local = extractDisk(gemfileLockExtractor, scalibrFixture(DIR, 'testdata/has-local-gem.lock'));
    const backbone = local.packages.find((p) => p.name === 'backbone-on-rails');
    assert.deepEqual(backbone?.source, { kind: 'file', url: 'vendor/gem/backbone-on-rails' });
    const nokogiri = local.packages.find((p) => p.name === 'nokogiri');
    assert.equal(nokogiri?.purl, 'pkg:gem/nokogiri@1.13.3?platform=x86_64-linux');
  });
});

interface PurlTest {
  test_type: string;
  input: { name: string; version: string; qualifiers: Record<string, string> | null };
  expected_output: string;
}

const PURL_TESTS = ['conformance', 'purl-spec', 'tests', 'types', 'gem-test.json'] as const;

describe('purl-spec: gem build vectors through the extractor', { skip: needsShared(...PURL_TESTS) }, () => {
  const tests = readSharedJson<{ tests: PurlTest[] }>(...PURL_TESTS).tests.filter(
    (t) => t.test_type === 'build',
  );
  it('has build vectors', () => assert.ok(tests.length > 0));
  for (const t of tests) {
    it(t.expected_output, () => {
      const platform = t.input.qualifiers?.platform;
      const spec = `${t.input.name} (${t.input.version}${platform ? `-${platform}` : ''})`;
      const lock = `GEM\n  remote: https://rubygems.org/\n  specs:\n    ${spec}\n`;
      const out = extractMemory(gemfileLockExtractor, 'Gemfile.lock', { 'Gemfile.lock': lock });
      assert.equal(out.packages[0]?.purl, t.expected_output);
    });
  }
});
