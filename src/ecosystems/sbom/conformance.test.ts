/**
 * Parsing breadth: every valid CycloneDX 1.6 document of the CycloneDX specification's tests, and the
 * JSON SBOMs osv-scalibr tests its own SBOM readers with, are read without an extractor failure; every
 * package found carries an ecosystem and a location, and every component with a known purl type is
 * found. Read from ../shared at test time.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../test/helpers/extract.js';
import { needsShared, sharedPath } from '../../../test/helpers/shared.js';
import { InputError } from '../../core/errors/index.js';
import { cyclonedxExtractor } from './cyclonedx/index.js';
import { spdxExtractor } from './spdx/index.js';

const SPEC = ['conformance', 'cyclonedx-spec-tests', '1.6'];
const SCALIBR = ['conformance', 'osv-scalibr', 'extractor', 'filesystem', 'sbom'];

/** Purls in a document (outside metadata), found without the extractor: every `"purl"` / purl `referenceLocator` string. */
function countPurls(raw: string): number {
  // The subject of a CycloneDX BOM (metadata.component) is the product itself, not a package in it.
  const doc = JSON.parse(raw) as { metadata?: unknown };
  delete doc.metadata;
  const text = JSON.stringify(doc);
  return (
    text.match(
      /"(purl|referenceLocator)"\s*:\s*"pkg:(npm|pypi|maven|golang|cargo|gem|composer|nuget|pub|hex)\//g,
    ) ?? []
  ).length;
}

describe('CycloneDX specification test documents (1.6, valid)', { skip: needsShared(...SPEC) }, () => {
  const files = needsShared(...SPEC)
    ? []
    : readdirSync(sharedPath(...SPEC)).filter((f) => f.startsWith('valid-'));
  it('has documents to read', () => assert.ok(files.length > 30));
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(sharedPath(...SPEC, f), 'utf8');
      const out = extractMemory(cyclonedxExtractor, 'bom.json', { 'bom.json': text });
      for (const p of out.packages) {
        assert.ok(p.ecosystem, `${p.id}: no ecosystem`);
        assert.equal(p.locations[0]?.path, 'bom.json');
      }
      assert.ok(
        out.packages.length >= Math.min(1, countPurls(text)),
        'a document with purls gave no package',
      );
    });
  }
});

describe('osv-scalibr SBOM test documents', { skip: needsShared(...SCALIBR) }, () => {
  const cases: [string, string][] = needsShared(...SCALIBR)
    ? []
    : (['cdx', 'spdx'] as const).flatMap((kind) =>
        readdirSync(sharedPath(...SCALIBR, kind, 'testdata'))
          .filter((f) => f.endsWith('.json'))
          .map((f) => [kind, f] as [string, string]),
      );
  for (const [kind, f] of cases) {
    it(`${kind}/${f}`, () => {
      const text = readFileSync(sharedPath(...SCALIBR, kind, 'testdata', f), 'utf8');
      const extractor = kind === 'cdx' ? cyclonedxExtractor : spdxExtractor;
      let out: ReturnType<typeof extractMemory>;
      try {
        out = extractMemory(extractor, f, { [f]: text });
      } catch (err) {
        assert.ok(err instanceof InputError, String(err));
        return;
      }
      assert.ok(
        out.packages.length >= Math.min(1, countPurls(text)),
        'a document with purls gave no package',
      );
      for (const p of out.packages) assert.ok(p.locations[0]?.line, `${p.id}: no line`);
    });
  }
});
