/**
 * osv-scalibr's pdmlock table tests, run against its fixtures in ../shared (never copied here).
 * Groups compared in Sterling's scopes (groupsAsScopes); lines as given.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { groupsAsScopes } from '../__fixtures__/scalibr-groups.js';
import { pdmLockExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'python/pdmlock', file: 'pdmlock.expected.json', adjust: groupsAsScopes, cases: 9 },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(pdmLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(pdmLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? [], { groups: true });
    assert.deepEqual(
      out.diagnostics.filter((d) => d.level !== 'info'),
      [],
    );
  },
);
