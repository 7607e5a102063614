/**
 * osv-scalibr's bunlock table tests, run against its own fixtures in ../shared (never copied here).
 * scalibr does not compute dependency groups for bun, so only the package sets (and commits) are compared.
 */
import assert from 'node:assert/strict';
import { assertMatchesExpected, describeScalibrSuite } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { bunLockExtractor } from './index.js';

describeScalibrSuite(
  { dir: 'javascript/bunlock', file: 'bunlock.expected.json', cases: 20 },
  (c, fixture) => {
    if (c.packages === null) {
      // scalibr fails the whole file: so does Sterling (a file that is not JSON is an InputError).
      assert.throws(() => extractDisk(bunLockExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(bunLockExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages);
    if (c.wantErr) {
      // scalibr returns an error next to the packages it kept; Sterling keeps the same packages and
      // reports each malformed tuple as a warning with its line, as data problems are results.
      const bad = out.diagnostics.filter((d) => d.code === 'invalid-entry');
      assert.deepEqual(
        bad.map((d) => [d.level, d.line]),
        [
          ['warning', 12],
          ['warning', 14],
        ],
      );
    } else {
      assert.deepEqual(out.diagnostics, []);
    }
  },
);
