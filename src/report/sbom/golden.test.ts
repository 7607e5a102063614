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
      '920086df8e2fda8e15d84108591a4e10e60fb1418119459f16d5c2da46372f6c',
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
    assert.equal(cdx.digest('hex'), 'e5ae69e3dd3c285702e37cdeb79a1dadbcbd639c239238ca98cb2d50a1aed3fe');
    assert.equal(spdx.digest('hex'), '63c62b9c2da7cc7bde70cee2bf3254d6a9547761bca35adf3c1b87cb7052e522');
  });
});
