import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { osvJson } from '../../../test/helpers/osv.js';
import type { Decoded } from './decode.js';
import { DecodePool } from './decode-pool.js';

async function feed(pool: DecodePool, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const text = i % 100 === 50 ? '{nope' : osvJson(`D-${i}`);
    const wait = pool.add(text, `f${i}.json`, 'json');
    if (wait) await wait;
  }
  await pool.flush();
}

const label = (d: Decoded) => (d.kind === 'record' ? d.id : `bad:${d.file}`);

describe('DecodePool', () => {
  for (const workers of [0, 1, 3]) {
    it(`applies results in submission order with ${workers} worker(s)`, async () => {
      const seen: string[] = [];
      const pool = new DecodePool(workers, (list) => {
        for (const d of list) seen.push(label(d));
      });
      try {
        await feed(pool, 2500);
      } finally {
        await pool.close();
      }
      assert.equal(seen.length, 2500);
      for (let i = 0; i < 2500; i++) assert.equal(seen[i], i % 100 === 50 ? `bad:f${i}.json` : `D-${i}`);
    });
  }

  it('stops applying after a failure and reports it from flush', async () => {
    let applied = 0;
    const pool = new DecodePool(1, (list) => {
      for (const _ of list) {
        if (++applied === 1500) throw new Error('disk full');
      }
    });
    try {
      await assert.rejects(feed(pool, 3000), /disk full/);
    } finally {
      await pool.close();
    }
    assert.equal(applied, 1500);
  });
});
