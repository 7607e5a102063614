/**
 * osv-scalibr's uvlock table tests, run against its fixtures in ../shared (never copied here).
 *
 * Adjustments, each checked against upstream's uvlock_test.go at the pinned commit:
 * - the expected-results file was extracted heuristically and lost the packages upstream builds with
 *   its `pkg(...)` helper (one-package, two-packages, names-outside-package-block, and eleven of
 *   grouped-packages); they are restored here with upstream's lines;
 * - scopes: scalibr gives only the packages an extra lists that extra's name, and nothing to their
 *   dependencies. Sterling maps extras to scopes (`cli` optional; `dev`, `test` dev) and propagates
 *   them through the graph, so black's and flake8's dependencies are dev and click's colorama is
 *   dev + optional (reachable from black and from the `cli` extra).
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
import { uvLockExtractor } from './index.js';

const pkg = (name: string, version: string, line: number, depGroups: string[] = []): ExpectedPackage => ({
  name,
  version,
  line,
  depGroups,
});

const RESTORED: Record<string, ExpectedPackage[]> = {
  'testdata/one-package.lock': [pkg('emoji', '2.14.0', 5)],
  'testdata/two-packages.lock': [pkg('emoji', '2.14.0', 5), pkg('protobuf', '4.25.5', 14)],
  'testdata/names-outside-package-block.lock': [pkg('first-pkg', '1.0.0', 5), pkg('second-pkg', '2.0.0', 18)],
  'testdata/grouped-packages.lock': [
    pkg('emoji', '2.14.0', 60),
    pkg('click', '8.1.7', 39, ['dev', 'optional']),
    pkg('colorama', '0.4.6', 51, ['dev', 'optional']),
    pkg('black', '24.10.0', 5, ['dev']),
    pkg('flake8', '7.1.1', 69, ['dev']),
    pkg('mccabe', '0.7.0', 83, ['dev']),
    pkg('mypy-extensions', '1.0.0', 92, ['dev']),
    pkg('packaging', '24.2', 101, ['dev']),
    pkg('pathspec', '0.12.1', 110, ['dev']),
    pkg('platformdirs', '4.3.6', 119, ['dev']),
    pkg('pycodestyle', '2.12.1', 128, ['dev']),
    pkg('pyflakes', '3.2.0', 137, ['dev']),
    pkg('tomli', '2.2.1', 146, ['dev']),
    pkg('typing-extensions', '4.12.2', 185, ['dev']),
  ],
};

function adjust(c: ExpectedCase): ExpectedCase {
  const restored = RESTORED[c.fixture];
  return restored ? { ...c, packages: restored } : c;
}

describeScalibrSuite(
  { dir: 'python/uvlock', file: 'uvlock.expected.json', adjust, cases: 9 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(uvLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(uvLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? [], { groups: true });
    assert.deepEqual(
      out.diagnostics.filter((d) => d.level !== 'info'),
      [],
    );
  },
);
