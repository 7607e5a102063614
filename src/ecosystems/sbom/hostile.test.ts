import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../test/helpers/extract.js';
import { InputError } from '../../core/errors/index.js';
import { MAX_DIAGNOSTICS_PER_CODE } from '../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput } from '../../core/plugin/extractor.js';
import { isUnsafeCodePoint } from '../../core/util/quote.js';
import { cyclonedxExtractor, MAX_COMPONENT_DEPTH } from './cyclonedx/index.js';
import { spdxExtractor } from './spdx/index.js';

function cdx(components: unknown, extra: Record<string, unknown> = {}): ExtractionOutput {
  const text = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components, ...extra });
  return extractMemory(cyclonedxExtractor, 'bom.json', { 'bom.json': text });
}

function noRawControls(out: ExtractionOutput): void {
  for (const d of out.diagnostics)
    for (const ch of d.message)
      assert.ok(!isUnsafeCodePoint(ch.codePointAt(0)!), `raw control in ${JSON.stringify(d.message)}`);
}

describe('SBOM extractors on hostile input', () => {
  it('reads nested components down to the depth cap, reports the rest, and never recurses', () => {
    let node: Record<string, unknown> = { type: 'library', purl: 'pkg:npm/leaf@1.0.0', name: 'leaf' };
    for (let i = 100; i > 0; i--) node = { type: 'library', purl: `pkg:npm/n${i}@1.0.0`, components: [node] };
    const out = cdx([node]);
    assert.equal(out.packages.length, MAX_COMPONENT_DEPTH);
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['too-deep'],
    );
  });

  it('rejects JSON nested past the parser bound as a whole-file InputError', () => {
    const text = `{"bomFormat":"CycloneDX","components":${'['.repeat(300)}${']'.repeat(300)}}`;
    assert.throws(() => extractMemory(cyclonedxExtractor, 'bom.json', { 'bom.json': text }), InputError);
    assert.throws(
      () => extractMemory(cyclonedxExtractor, 'bom.json', { 'bom.json': '{"bomFormat":' }),
      InputError,
    );
  });

  const junk: [string, unknown, string][] = [
    ['not a purl', { name: 'x', purl: 'not a purl' }, 'invalid-purl,unidentified-component'],
    ['empty name', { name: 'x', purl: 'pkg:npm/' }, 'invalid-purl,unidentified-component'],
    ['escape in purl', { name: 'x', purl: 'pkg:npm/x@1\u001b[31m' }, 'invalid-purl,unidentified-component'],
    ['huge purl', { name: 'x', purl: `pkg:npm/${'a'.repeat(5000)}@1` }, 'unidentified-component'],
    ['unknown type', { name: 'x', purl: 'pkg:generic/openssl@3.0.0' }, 'unsupported-purl-type'],
    ['number purl', { name: 'x', purl: 42 }, 'unidentified-component'],
    ['not an object', 'pkg:npm/a@1', 'invalid-entry'],
    ['null', null, 'invalid-entry'],
  ];
  for (const [what, component, want] of junk) {
    it(`a component with ${what} becomes a diagnostic, and the valid one beside it is kept`, () => {
      const out = cdx([
        component,
        { type: 'library', name: 'ok', version: '1.0.0', purl: 'pkg:npm/ok@1.0.0' },
      ]);
      assert.deepEqual(
        out.packages.map((p) => p.id),
        ['npm:ok@1.0.0'],
      );
      assert.equal(out.diagnostics.map((d) => d.code).join(','), want);
      noRawControls(out);
    });
  }

  it('quotes terminal escapes and bidi controls from names instead of passing them through', () => {
    const evil = '\u001b]0;owned\u0007\u202Eevil\u009b2J';
    const out = cdx([
      { name: evil, version: '1', properties: [{ name: 'sterling:ecosystem', value: 'npm' }] },
      { name: evil },
    ]);
    assert.equal(out.packages.length, 1);
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['no-purl', 'unidentified-component'],
    );
    noRawControls(out);
  });

  it('caps the diagnostics of a flood of broken components', () => {
    const out = cdx(Array.from({ length: 5000 }, (_, i) => ({ name: `x${i}` })));
    assert.equal(out.packages.length, 0);
    assert.equal(out.diagnostics.length, MAX_DIAGNOSTICS_PER_CODE + 1);
    assert.equal(out.diagnostics.at(-1)?.code, 'too-many-diagnostics');
  });

  it('ignores wrongly typed fields, self edges, unknown refs and non-array graph parts', () => {
    const a = { type: 'library', 'bom-ref': 'a', name: 'a', version: ['1'], purl: 'pkg:npm/a@1.0.0' };
    const b = { type: 'library', 'bom-ref': 'a', name: 'b', purl: 'pkg:npm/b@2.0.0', components: 'nope' };
    const out = cdx([a, b], {
      dependencies: [
        { ref: 'a', dependsOn: ['a', 'zzz', 7, null] },
        'x',
        { ref: 5 },
        { ref: 'b', dependsOn: 'a' },
      ],
      metadata: 'garbage',
    });
    assert.deepEqual(
      out.packages.map((p) => `${p.id} ${p.dependencies.join(',')}`),
      ['npm:a@1.0.0 ', 'npm:b@2.0.0 '],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['duplicate-bom-ref'],
    );
  });

  it('skips documents of another kind under an SBOM name, and reads SPDX under bom.json', () => {
    const other = extractMemory(cyclonedxExtractor, 'bom.json', { 'bom.json': '{"name":"not an sbom"}' });
    assert.deepEqual(
      other.diagnostics.map((d) => `${d.level} ${d.code}`),
      ['info not-an-sbom'],
    );
    const spdx = JSON.stringify({
      spdxVersion: 'SPDX-2.3',
      packages: [
        {
          SPDXID: 'SPDXRef-a',
          name: 'a',
          externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:npm/a@1.0.0' }],
        },
      ],
    });
    assert.deepEqual(
      extractMemory(cyclonedxExtractor, 'bom.json', { 'bom.json': spdx }).packages.map((p) => p.id),
      ['npm:a@1.0.0'],
    );
    const arr = extractMemory(spdxExtractor, 'x.spdx.json', { 'x.spdx.json': '[1,2]' });
    assert.deepEqual(
      arr.diagnostics.map((d) => d.code),
      ['not-an-sbom'],
    );
  });

  it("SPDX: Sterling's annotation is read from Sterling only, bounded, and ignored when malformed", () => {
    const note = (annotator: unknown, comment: unknown) => ({
      annotationDate: '2024-01-01T00:00:00Z',
      annotationType: 'OTHER',
      annotator,
      comment,
    });
    const generic = (id: string, annotations: unknown) => ({
      SPDXID: id,
      name: 'node',
      versionInfo: '20.1.0',
      externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:generic/node@20.1.0' }],
      annotations,
    });
    const doc = {
      spdxVersion: 'SPDX-2.3',
      packages: [
        generic('SPDXRef-a', [note('Tool: sterling-1.0.0', '{"sterling:ecosystem":"runtime:node"}')]),
        generic('SPDXRef-b', [note('Person: mallory', '{"sterling:ecosystem":"runtime:b"}')]),
        generic('SPDXRef-c', [note('Tool: sterling-1.0.0', '{"sterling:ecosystem":')]),
        generic('SPDXRef-d', [note('Tool: sterling-1.0.0', `{"sterling:ecosystem":"${'x'.repeat(9000)}"}`)]),
        generic('SPDXRef-e', 'nope'),
        generic('SPDXRef-f', [7, note('Tool: sterling-1.0.0', '{"sterling:ecosystem":["runtime:f"]}')]),
        {
          SPDXID: 'SPDXRef-g',
          name: 'localpkg',
          versionInfo: '0.0.1',
          externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:npm/localpkg@0.0.1' }],
          annotations: [
            note('Tool: sterling-1.0.0', '{"sterling:source":"file","sterling:source-url":"../x"}'),
          ],
        },
      ],
    };
    const out = extractMemory(spdxExtractor, 'x.spdx.json', { 'x.spdx.json': JSON.stringify(doc) });
    assert.deepEqual(
      out.packages.map((p) => `${p.id} ${p.ecosystem} ${p.source.kind}`),
      ['runtime:node:node@20.1.0 runtime:node registry', 'npm:localpkg@0.0.1#file:../x npm file'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      Array(5).fill('unsupported-purl-type'),
    );
  });

  it('SPDX: garbage packages and relationships are skipped, cycles are harmless', () => {
    const doc = {
      spdxVersion: 'SPDX-2.1',
      documentDescribes: ['SPDXRef-a', 7],
      packages: [
        'junk',
        {
          SPDXID: 'SPDXRef-a',
          name: 'a',
          externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:cargo/a@1.0.0' }],
        },
        { SPDXID: 'SPDXRef-b', name: 'b', externalRefs: 'nope' },
        {
          SPDXID: 'SPDXRef-c',
          name: 'c',
          externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:cargo/c@1.0.0' }],
        },
      ],
      relationships: [
        { spdxElementId: 'SPDXRef-a', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-c' },
        { spdxElementId: 'SPDXRef-c', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-a' },
        { spdxElementId: 'SPDXRef-a', relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-a' },
        { spdxElementId: 'SPDXRef-a', relationshipType: 'toString', relatedSpdxElement: 'SPDXRef-c' },
        null,
      ],
    };
    const out = extractMemory(spdxExtractor, 'x.spdx.json', { 'x.spdx.json': JSON.stringify(doc) });
    assert.deepEqual(
      out.packages.map((p) => `${p.id} ${p.dependencies.join(',')}`),
      ['crates.io:a@1.0.0 crates.io:c@1.0.0', 'crates.io:c@1.0.0 crates.io:a@1.0.0'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['unsupported-version', 'invalid-entry', 'unidentified-component'],
    );
  });
});
