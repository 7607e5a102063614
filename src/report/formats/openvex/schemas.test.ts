/**
 * Sanity checks of validateOpenVex (test/helpers/schemas.ts) on a real third-party document: the
 * Node.js security WG's OpenVEX file. It breaks the official schema in exactly three places (two
 * purls with a version range `v>= 10.9.0`, which is no IRI, and one statement listed twice); the
 * validator must find those and nothing else, and accept the document once they are repaired.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIri, OPENVEX_SCHEMA, validateOpenVex } from '../../../../test/helpers/schemas.js';
import { needsShared, readSharedJson } from '../../../../test/helpers/shared.js';

const NODE_VEX = ['osv-sample', 'nodejs-security-wg', 'tools', 'vex', 'node.openvex.json'];

interface Doc {
  statements: { products?: { '@id'?: string }[]; status: string }[];
}

describe('validateOpenVex on the Node.js security WG document', {
  skip: needsShared(...OPENVEX_SCHEMA) || needsShared(...NODE_VEX),
}, () => {
  it('finds exactly its three defects', () => {
    const doc = readSharedJson<Doc>(...NODE_VEX);
    assert.ok(doc.statements.length > 150);
    assert.deepEqual(validateOpenVex(doc), [
      '/statements/34/products/2/@id must match format "iri" {"format":"iri"}',
      '/statements/46/products/0/@id must match format "iri" {"format":"iri"}',
      '/statements must pass "uniqueItems" keyword validation',
    ]);
  });

  it('accepts it once they are repaired', () => {
    const doc = readSharedJson<Doc>(...NODE_VEX);
    const seen = new Set<string>();
    doc.statements = doc.statements.filter((s) => {
      const key = JSON.stringify(s);
      return !seen.has(key) && seen.add(key);
    });
    for (const s of doc.statements)
      for (const p of s.products ?? []) if (p['@id']) p['@id'] = p['@id'].replace('v>= ', 'v');
    assert.deepEqual(validateOpenVex(doc), []);
  });

  it('still enforces the statement rules of the spec', () => {
    const doc = readSharedJson<Doc & Record<string, unknown>>(...NODE_VEX);
    const notAffected = doc.statements.findIndex((s) => s.status === 'not_affected');
    const broken = doc.statements[notAffected] as Record<string, unknown>;
    delete broken.justification;
    delete broken.impact_statement;
    (doc.statements[0] as Record<string, unknown>).status = 'affected';
    const errors = validateOpenVex(doc);
    assert.ok(
      errors.some((e) =>
        e.startsWith(`/statements/${notAffected} must have required property 'justification'`),
      ),
    );
    assert.ok(
      errors.some((e) => e.startsWith("/statements/0 must have required property 'action_statement'")),
    );
  });
});

describe('isIri (RFC 3987)', () => {
  const table: [string, boolean][] = [
    ['pkg:npm/%40scope/util@2.0.0', true],
    ['pkg:nodejs/node@v5.1.1', true],
    ['https://www.cve.org/CVERecord?id=CVE-2015-3193', true],
    ['https://例え.jp/パス', true],
    ['urn:uuid:0b5e0b1c-1f3b-4d5e-9a3c-000000000000', true],
    ['pkg:nodejs/node@v>= 10.9.0', false],
    ['relative/path', false],
    ['pkg:npm/a\ud800', false],
  ];
  for (const [value, valid] of table) {
    it(`${valid ? 'accepts' : 'rejects'} ${JSON.stringify(value)}`, () => assert.equal(isIri(value), valid));
  }
});
