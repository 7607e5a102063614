/**
 * osv-scalibr's gradleverificationmetadataxml table tests, run against its fixtures in ../shared
 * (never copied here).
 */
import assert from 'node:assert/strict';
import {
  assertMatchesExpected,
  describeScalibrSuite,
  type ExpectedCase,
} from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { gradleVerificationMetadataExtractor } from './index.js';

/**
 * Where Sterling deliberately differs from scalibr: a component without a group or a name cannot be
 * identified (scalibr reports `:pdfbox` and `org.apache.pdfbox:`), so Sterling reports it as an
 * `invalid-entry` diagnostic instead of a package no vulnerability record can match. A component
 * without a version stays, unresolved, as in scalibr.
 */
function adjust(c: ExpectedCase): ExpectedCase {
  if (!c.fixture.endsWith('missing-attribute.xml')) return c;
  return {
    ...c,
    packages: (c.packages ?? []).filter((p) => !p.name?.startsWith(':') && !p.name?.endsWith(':')),
  };
}

describeScalibrSuite(
  {
    dir: 'java/gradleverificationmetadataxml',
    file: 'gradleverificationmetadataxml.expected.json',
    adjust,
    cases: 11,
  },
  (c, fixture) => {
    if (c.wantErr) {
      assert.throws(() => extractDisk(gradleVerificationMetadataExtractor, fixture), InputError);
      return;
    }
    const out = extractDisk(gradleVerificationMetadataExtractor, fixture);
    assertMatchesExpected(out.packages, c.packages ?? []);
    if (c.fixture.endsWith('missing-attribute.xml')) {
      assert.deepEqual(
        out.diagnostics.map((d) => [d.code, d.line]),
        [
          ['invalid-entry', 6],
          ['invalid-entry', 12],
          ['unresolved-version', 18],
        ],
      );
    } else {
      assert.deepEqual(out.diagnostics, [], 'no diagnostics on a well-formed file');
    }
  },
);
