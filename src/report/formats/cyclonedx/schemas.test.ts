/**
 * Sanity checks of the schema validators in test/helpers/schemas.ts against third-party documents:
 * the CycloneDX specification's own valid-/invalid- BOMs and osv-scalibr's SPDX 2.3 samples.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SPDX23_SCHEMA, validateCycloneDx, validateSpdx23 } from '../../../../test/helpers/schemas.js';
import { needsShared, readSharedJson, sharedPath } from '../../../../test/helpers/shared.js';

const SPEC_TESTS = ['conformance', 'cyclonedx-spec-tests', '1.6'];
const SCALIBR_SPDX = ['conformance', 'osv-scalibr', 'extractor', 'filesystem', 'sbom', 'spdx', 'testdata'];

describe('validateCycloneDx (1.6) on the CycloneDX specification tests', {
  skip: needsShared(...SPEC_TESTS),
}, () => {
  const files = needsShared(...SPEC_TESTS) ? [] : readdirSync(sharedPath(...SPEC_TESTS)).sort();

  it('finds the upstream files', () => {
    assert.ok(files.filter((f) => f.startsWith('valid-')).length > 30);
    assert.ok(files.filter((f) => f.startsWith('invalid-')).length > 20);
  });
  for (const file of files.filter((f) => f.startsWith('valid-'))) {
    it(`accepts ${file}`, () => {
      assert.deepEqual(validateCycloneDx(readSharedJson(...SPEC_TESTS, file), '1.6'), []);
    });
  }
  for (const file of files.filter((f) => f.startsWith('invalid-'))) {
    it(`rejects ${file}`, () => {
      assert.notDeepEqual(validateCycloneDx(readSharedJson(...SPEC_TESTS, file), '1.6'), []);
    });
  }
});

describe('validateCycloneDx keywords', () => {
  const bom = (components: unknown[]) => ({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components,
  });
  const lib = (name: string) => ({ type: 'library', name, 'bom-ref': name });

  it('still enforces uniqueItems (checked in linear time), whatever the key order', () => {
    assert.deepEqual(validateCycloneDx(bom([lib('a'), lib('b')])), []);
    const reordered = { name: 'a', 'bom-ref': 'a', type: 'library' };
    assert.notDeepEqual(validateCycloneDx(bom([lib('a'), reordered])), []);
  });
  it('reports errors as path + message strings', () => {
    const errors = validateCycloneDx(bom([{ type: 'nonsense', name: 'x' }]));
    assert.ok(errors.length > 0);
    assert.ok(errors.every((e) => typeof e === 'string' && e.startsWith('/')));
  });
});

describe('validateSpdx23', { skip: needsShared(...SPDX23_SCHEMA) || needsShared(...SCALIBR_SPDX) }, () => {
  for (const file of ['sbom.spdx.json', 'ancestor_of.spdx.json', 'overlapping_refs.spdx.json']) {
    it(`accepts osv-scalibr's ${file}`, () => {
      assert.deepEqual(validateSpdx23(readSharedJson(...SCALIBR_SPDX, file)), []);
    });
  }
  it('rejects a document without SPDXID and with a bad relationship type', () => {
    const doc = readSharedJson<Record<string, unknown>>(...SCALIBR_SPDX, 'sbom.spdx.json');
    delete doc.SPDXID;
    doc.relationships = [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'LIKES', relatedSpdxElement: 'SPDXRef-x' },
    ];
    const errors = validateSpdx23(doc);
    assert.ok(errors.some((e) => e.includes('SPDXID')));
    assert.ok(errors.some((e) => e.includes('relationshipType')));
  });
});
