/**
 * osv-scalibr's yarnlock table tests, run against its fixtures in ../shared (never copied here).
 * scalibr computes no dep groups for yarn; lines are compared where given.
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
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { yarnLockExtractor } from './index.js';

const DIR = 'javascript/yarnlock';

/**
 * Where Sterling deliberately differs from scalibr. scalibr drops only the root `@workspace:.` entry and
 * reports the other workspace members as packages (`@ws/ansi-regex@0.0.0-use.local`). A workspace member
 * is first-party code, so Sterling reports it as a Project (matching npm/package-lock and pnpm-lock)
 * and never as a package with a made-up version.
 */
function adjust(c: ExpectedCase): ExpectedCase {
  if (c.fixture.endsWith('exclude-root.v2.lock')) {
    return { ...c, packages: (c.packages ?? []).filter((p) => p.version !== '0.0.0-use.local') };
  }
  return c;
}

for (const file of ['yarnlock-v1.expected.json', 'yarnlock-v2.expected.json']) {
  describeScalibrSuite({ dir: DIR, file, adjust }, (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(yarnLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(yarnLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    assert.deepEqual(
      out.diagnostics.filter((d) => d.level !== 'info'),
      [],
      'no warnings on a well-formed lockfile',
    );
  });
}

describe('osv-scalibr conformance: Sterling-specific expectations', { skip: scalibrSkip(DIR) }, () => {
  it('exclude root: workspace members are Projects, not packages', () => {
    const out = extractDisk(yarnLockExtractor, scalibrFixture(DIR, 'testdata/exclude-root.v2.lock'));
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.location.line]),
      [
        ['npm:.', 'ansi-regex', 23],
        ['npm:ansi-regex', '@ws/ansi-regex', 8],
      ],
    );
    assert.deepEqual(
      out.projects.map((p) => p.dependencies),
      [[{ id: 'npm:ansi-regex@6.1.0', scope: 'prod' }], [{ id: 'npm:ansi-regex@6.1.0', scope: 'prod' }]],
    );
  });

  it('metadata only: no packages, no warnings', () => {
    const out = extractDisk(yarnLockExtractor, scalibrFixture(DIR, 'testdata/metadata-only.v2.lock'));
    assert.deepEqual(out.packages, []);
    assert.deepEqual(out.projects, []);
  });

  it('commits: git sources carry url and commit', () => {
    const out = extractDisk(yarnLockExtractor, scalibrFixture(DIR, 'testdata/commits.v1.lock'));
    const mine2 = out.packages.find((p) => p.name === 'mine2');
    assert.deepEqual(mine2?.source, {
      kind: 'git',
      url: 'https://github.com/G-Rath/npm-git-repo-2',
      commit: '0a2d2506c1fe299691fc5db53a2097db3bd615bc',
    });
    // The token in `https://dummy-token@github.com/...` is not passed on.
    const isNumber = out.packages.find((p) => p.version === '5.0.0');
    assert.equal(isNumber?.source.url, 'https://github.com/jonschlinkert/is-number.git');
  });
});
