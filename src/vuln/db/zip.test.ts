import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { osvJson } from '../../../test/helpers/osv.js';
import { tempDir } from '../../../test/helpers/tmp.js';
import { writeZipFile, type ZipEntrySpec, zipBuffer } from '../../../test/helpers/zip.js';
import { importRecords } from './import.js';
import type { ImportLimits } from './limits.js';
import { openDatabase, type VulnDb } from './open.js';

async function importZip(
  entries: ZipEntrySpec[],
  limits: Partial<ImportLimits> = {},
  seed: ZipEntrySpec[] = [],
) {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'osv.sqlite'));
  if (seed.length > 0) {
    writeFileSync(join(dir, 'seed.zip'), zipBuffer(seed));
    await importRecords(db, [join(dir, 'seed.zip')]);
  }
  const zip = join(dir, 'all.zip');
  writeFileSync(zip, zipBuffer(entries));
  const report = await importRecords(db, [zip], { limits });
  return { db, dir, zip, report };
}

function storedIds(db: VulnDb): string[] {
  return db.lookup('npm', 'shared').map((r) => r.id);
}

const shared = (id: string, modified?: string): ZipEntrySpec => ({
  name: `${id}.json`,
  data: osvJson(id, { packages: [['npm', 'shared']], ...(modified ? { modified } : {}) }),
});

describe('importRecords from zips', () => {
  it('reads the flat all.zip layout, deflated and stored, and counts non-JSON entries as ignored', async () => {
    const { db, report } = await importZip([
      shared('Z-1'),
      { ...shared('Z-2'), method: 'store' },
      { name: 'README.md', data: 'hello' },
      { name: 'folder/', data: '' },
    ]);
    assert.deepEqual([report.inserted, report.ignored, report.invalid], [2, 2, 0]);
    assert.deepEqual(storedIds(db), ['Z-1', 'Z-2']);
    db.close();
  });

  it('treats entry names as data: ../../x.json is imported, nothing is written to disk', async () => {
    const { db, dir, report } = await importZip([
      { name: '../../x.json', data: osvJson('SLIP-1', { packages: [['npm', 'shared']] }) },
      { name: '/etc/passwd.json', data: osvJson('SLIP-2', { packages: [['npm', 'shared']] }) },
    ]);
    assert.equal(report.inserted, 2);
    assert.deepEqual(storedIds(db), ['SLIP-1', 'SLIP-2']);
    assert.equal(existsSync(join(dir, '..', '..', 'x.json')), false);
    assert.equal(existsSync(join(dir, '..', 'x.json')), false);
    assert.deepEqual(readdirSync(dir).sort(), ['all.zip', 'osv.sqlite', 'osv.sqlite-shm', 'osv.sqlite-wal']);
    db.close();
  });

  const entryProblems: Array<{
    name: string;
    entry: ZipEntrySpec;
    limits?: Partial<ImportLimits>;
    reason: RegExp;
  }> = [
    {
      name: 'a zip bomb (huge compression ratio)',
      entry: { name: 'BOMB.json', data: `{"id":"B","modified":"x","summary":"${'0'.repeat(2_000_000)}"}` },
      reason: /compression ratio over 100:1/,
    },
    {
      name: 'an entry over the per-entry size limit',
      entry: { name: 'HUGE-1.json', data: osvJson('HUGE-1', { summary: 'x'.repeat(2000) }) },
      limits: { maxEntryBytes: 1000 },
      reason: /bytes uncompressed \(limit 1000\)/,
    },
    {
      name: 'an entry inflating past its declared size',
      entry: { ...shared('LIE-1'), declaredSize: 20 },
      reason: /compressed size does not match|inflates past its declared size/,
    },
    {
      name: 'an unsupported compression method',
      entry: { ...shared('M-1'), methodNumber: 12 },
      reason: /unsupported compression method 12/,
    },
  ];
  for (const c of entryProblems) {
    it(`reports ${c.name} with the entry name and keeps the other entries`, async () => {
      const { db, zip, report } = await importZip([shared('OK-1'), c.entry], c.limits);
      assert.equal(report.invalid, 1);
      assert.equal(report.problems[0]?.file, `${zip}!${c.entry.name}`);
      assert.match(report.problems[0]?.reason ?? '', c.reason);
      assert.deepEqual(storedIds(db), ['OK-1']);
      db.close();
    });
  }

  it('reports a corrupt entry (CRC mismatch)', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'osv.sqlite'));
    const buf = zipBuffer([{ ...shared('CRC-1'), method: 'store' }]);
    const at = buf.indexOf('"summary"');
    buf[at + 3] = 0x58; // flip one byte of the stored data
    writeFileSync(join(dir, 'c.zip'), buf);
    const report = await importRecords(db, [join(dir, 'c.zip')]);
    assert.match(report.problems[0]?.reason ?? '', /CRC-32 mismatch/);
    assert.equal(report.inserted, 0);
    db.close();
  });

  const refused: Array<{ name: string; limits: Partial<ImportLimits>; reason: RegExp }> = [
    { name: 'too many entries', limits: { maxZipEntries: 2 }, reason: /3 entries \(limit 2\)/ },
    {
      name: 'too much data in total',
      limits: { maxZipTotalBytes: 400 },
      reason: /more than 400 bytes uncompressed/,
    },
  ];
  for (const c of refused) {
    it(`refuses a whole zip with ${c.name}, keeping none of its records`, async () => {
      const seed = [shared('KEEP-1')];
      const { db, zip, report } = await importZip(
        [shared('KEEP-1', '2025-01-01T00:00:00Z'), shared('R-2'), shared('R-3')],
        c.limits,
        seed,
      );
      assert.equal(report.skipped, 1);
      assert.equal(report.inserted + report.replaced, 0);
      assert.equal(report.problems[0]?.file, zip);
      assert.match(report.problems[0]?.reason ?? '', c.reason);
      const kept = db.lookup('npm', 'shared');
      assert.deepEqual(
        kept.map((r) => [r.id, r.modified]),
        [['KEEP-1', '2024-01-01T00:00:00Z']],
      );
      db.close();
    });
  }

  it('refuses a zip whose central directory contradicts itself (stored entry with two sizes)', async () => {
    const { db, report } = await importZip([
      shared('OK-1'),
      { ...shared('LIE-2'), method: 'store', declaredSize: 5000 },
    ]);
    assert.equal(report.skipped, 1);
    assert.match(report.problems[0]?.reason ?? '', /zip refused: broken zip file/);
    assert.deepEqual(storedIds(db), []);
    db.close();
  });

  it('refuses a file that is not a zip', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'osv.sqlite'));
    writeFileSync(join(dir, 'all.zip'), 'PK but not really a zip file');
    const report = await importRecords(db, [join(dir, 'all.zip')]);
    assert.equal(report.skipped, 1);
    assert.match(report.problems[0]?.reason ?? '', /zip refused: not a readable zip file/);
    db.close();
  });

  it('reads zip64 archives with more than 65,535 entries', async () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'osv.sqlite'));
    const zip = join(dir, 'big.zip');
    const n = 70_000;
    function* entries(): Generator<ZipEntrySpec> {
      for (let i = 0; i < n; i++) {
        yield {
          name: `Z-${i}.json`,
          data: `{"id":"Z-${i}","modified":"2024-01-01T00:00:00Z"}`,
          method: 'store',
        };
      }
    }
    writeZipFile(zip, entries());
    let progress = 0;
    const report = await importRecords(db, [zip], { onProgress: (k) => (progress = k) });
    assert.equal(report.inserted, n);
    assert.equal(progress, n);
    assert.equal(db.status().records, n);
    db.close();
  });
});
