import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { randomInventory, seededRandom } from '../model/__fixtures__/random-inventory.js';
import { mergePackages, mergeProjects } from './merge.js';

describe('merge, golden output', () => {
  it('merges 300 seeded random inventories as recorded, without modifying its input', () => {
    const r = seededRandom(7);
    const hash = createHash('sha256');
    for (let i = 0; i < 300; i++) {
      const inventory = randomInventory(r, 60);
      const before = JSON.stringify(inventory);
      hash.update(JSON.stringify([mergePackages(inventory.packages), mergeProjects(inventory.projects)]));
      assert.equal(JSON.stringify(inventory), before, `case ${i}: the input was modified`);
    }
    assert.equal(hash.digest('hex'), '9d4ff35172917c0db9bda9fc4815f7fe839308381a1fa5fea6074ccedacbad21');
  });
});
