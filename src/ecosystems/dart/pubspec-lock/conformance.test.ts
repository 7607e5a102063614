/**
 * osv-scalibr's pubspec table tests, run against its fixtures in ../shared (never copied here).
 * Names, versions, commits and dep groups (dev) are compared.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  type ExpectedCase,
  scalibrFixture,
  scalibrSkip,
} from '../../../../test/helpers/conformance.js';
import { extractDisk, extractMemory } from '../../../../test/helpers/extract.js';
import { needsShared, readSharedJson } from '../../../../test/helpers/shared.js';
import { InputError } from '../../../core/errors/index.js';
import { pubspecLockExtractor } from './index.js';

const DIR = 'dart/pubspec';

/**
 * Where Sterling deliberately differs from scalibr: scalibr reports `source: sdk` packages
 * (`flutter_web_plugins@0.0.0`). They ship inside the Flutter SDK with a placeholder version, so
 * Sterling notes them with an info diagnostic and reports no package (see the test below).
 */
function adjust(c: ExpectedCase): ExpectedCase {
  if (c.fixture.endsWith('source-sdk.lock')) return { ...c, packages: [] };
  return c;
}

describeScalibrSuite({ dir: DIR, file: 'pubspec.expected.json', adjust, cases: 10 }, (c, fixture) => {
  if (c.wantErr) {
    assert.throws(() => extractDisk(pubspecLockExtractor, fixture), InputError);
    return;
  }
  const out = extractDisk(pubspecLockExtractor, fixture);
  assertMatchesExpected(out.packages, c.packages ?? [], { groups: true });
  assert.deepEqual(
    out.diagnostics.filter((d) => d.level !== 'info'),
    [],
    'no warnings on a well-formed lockfile',
  );
});

describe('osv-scalibr conformance: Sterling-specific expectations', { skip: scalibrSkip(DIR) }, () => {
  it('sdk packages are an info diagnostic with the line, not a package', () => {
    const out = extractDisk(pubspecLockExtractor, scalibrFixture(DIR, 'testdata/source-sdk.lock'));
    assert.deepEqual(out.packages, []);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.line]),
      [['info', 'sdk-package', 4]],
    );
  });

  it('git packages carry url and resolved commit; path packages are file sources', () => {
    const git = extractDisk(pubspecLockExtractor, scalibrFixture(DIR, 'testdata/source-git.lock'));
    assert.deepEqual(git.packages.find((p) => p.name === 'screen_retriever')?.source, {
      kind: 'git',
      url: 'https://github.com/Kingtous/rustdesk_screen_retriever.git',
      commit: '406b9b038b2c1d779f1e7bf609c8c248be247372',
    });
    const path = extractDisk(pubspecLockExtractor, scalibrFixture(DIR, 'testdata/source-path.lock'));
    assert.deepEqual(path.packages[0]?.source, { kind: 'file', url: '..' });
    assert.equal(path.packages[0]?.locations[0]?.line, 4);
  });
});

interface PurlTest {
  test_type: string;
  input: { name: string; version: string };
  expected_output: string;
}

const PURL_TESTS = ['conformance', 'purl-spec', 'tests', 'types', 'pub-test.json'] as const;

describe('purl-spec: pub build vectors through the extractor', { skip: needsShared(...PURL_TESTS) }, () => {
  const tests = readSharedJson<{ tests: PurlTest[] }>(...PURL_TESTS).tests.filter(
    (t) => t.test_type === 'build',
  );
  it('has build vectors', () => assert.ok(tests.length > 0));
  for (const t of tests) {
    it(t.expected_output, () => {
      // A hosted package (an SDK package is not reported, whatever its name).
      const lock = `packages:\n  ${t.input.name}:\n    dependency: transitive\n    description:\n      name: ${t.input.name}\n      url: "https://pub.dev"\n    source: hosted\n    version: "${t.input.version}"\n`;
      const out = extractMemory(pubspecLockExtractor, 'pubspec.lock', { 'pubspec.lock': lock });
      assert.equal(out.packages[0]?.purl, t.expected_output);
    });
  }
});
