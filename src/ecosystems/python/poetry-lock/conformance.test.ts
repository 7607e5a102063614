/**
 * osv-scalibr's poetrylock table tests, run against its fixtures in ../shared (never copied here).
 * Groups are compared in Sterling's scopes (groupsAsScopes: `test` -> dev); lines as given.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { groupsAsScopes } from '../__fixtures__/scalibr-groups.js';
import { poetryLockExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'python/poetrylock', file: 'poetrylock.expected.json', adjust: groupsAsScopes, cases: 11 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(poetryLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(poetryLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? [], { groups: true });
    assert.deepEqual(
      out.diagnostics.filter((d) => d.level !== 'info'),
      [],
    );
  },
);
