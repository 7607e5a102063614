/**
 * Golden tests: the SBOM renderers' exact bytes, recorded as SHA-256 before their performance work,
 * for the benchmark's large lockfile and for seeded random inventories. A change that is meant to
 * change the output must update these hashes (and say why); any other change must keep them.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  randomInventory,
  randomResult,
  seededRandom,
} from '../../core/model/__fixtures__/random-inventory.js';
import type { ScanResult } from '../../core/model/scan-result.js';
import { mergePackages, mergeProjects } from '../../core/pipeline/merge.js';
import { scan } from '../../core/pipeline/scan.js';
import { renderCycloneDx } from '../formats/cyclonedx/render.js';
import { renderSpdx } from '../formats/spdx/render.js';

const LARGE_APP = fileURLToPath(new URL('../../../bench/fixtures/large-npm-app', import.meta.url));

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('SBOM renderers, golden output', () => {
  it('renders the benchmark fixture (3,329 packages) byte for byte as recorded', async () => {
    const result = await scan(LARGE_APP, { reproducible: true, createdAt: new Date('2024-01-01T00:00:00Z') });
    assert.equal(
      sha256(JSON.stringify(result.inventory)),
      'c67fbd42abb7d7627eeb08f8687307a4970b9efac53801e10d8a8c35c73a3f75',
      'the inventory of bench/fixtures/large-npm-app changed (extractor or merge): the render hashes ' +
        'below were recorded for the old one; check the renders by other means, then update all three',
    );
    const before = JSON.stringify(result);
    assert.equal(
      sha256(renderCycloneDx(result)),
      'e71d3af0ee96bc850f02244e7aec9bfef84ab87d6b6ab4d3b2c91a3c5bfd8936',
    );
    assert.equal(
      sha256(renderSpdx(result)),
      '02cef660d7d7f12796a5edeaa1cf19cef3ca2de3feeb95dfad9fd83551327f01',
    );
    assert.equal(JSON.stringify(result), before, 'rendering modified the ScanResult');
  });

  it('renders 300 seeded random inventories, raw and merged, byte for byte as recorded', () => {
    const r = seededRandom(20240101);
    const cdx = createHash('sha256');
    const spdx = createHash('sha256');
    const both = (result: ScanResult, label: string): void => {
      const before = JSON.stringify(result);
      cdx.update(`${label}\u0000${renderCycloneDx(result)}\u0000`);
      spdx.update(`${label}\u0000${renderSpdx(result)}\u0000`);
      assert.equal(JSON.stringify(result), before, `rendering modified the ScanResult of ${label}`);
    };
    for (let i = 0; i < 300; i++) {
      const raw = randomResult(r, randomInventory(r));
      both(raw, `raw ${i}`);
      const merged = structuredClone(raw);
      merged.inventory.packages = mergePackages(merged.inventory.packages);
      merged.inventory.projects = mergeProjects(merged.inventory.projects);
      both(merged, `merged ${i}`);
    }
    assert.equal(cdx.digest('hex'), 'eb7bd0d32b3e6bb11e1646e9fe43e0e9147eb881e35fef5c292cc5dcff24f977');
    assert.equal(spdx.digest('hex'), 'a390c41221dcddba82273eb60d3dd19ed7fb71993790fea46999a94e5af399e7');
  });
});
