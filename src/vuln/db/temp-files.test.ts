import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../../test/helpers/tmp.js';
import { removeStaleDownloads, tempDownloadPath } from './temp-files.js';

describe('temporary download files', () => {
  it('are named after the database and this process, beside it', () => {
    const p = tempDownloadPath('/cache/sterling/osv.sqlite');
    assert.ok(p.startsWith(`/cache/sterling/.osv.sqlite.${process.pid}.`), p);
    assert.ok(p.endsWith('.download.zip'));
  });

  it('left by a dead process are removed; a live process keeps its file; other files stay', () => {
    const dir = tempDir();
    const db = join(dir, 'osv.sqlite');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const files = [
      `.osv.sqlite.${dead}.abcd1234.download.zip`,
      `.osv.sqlite.${process.pid}.abcd1234.download.zip`,
      `.osv.sqlite.1.abcd1234.download.zip`, // pid 1 is alive (init)
      '.other.sqlite.99999999.aaaa.download.zip',
      'osv.sqlite',
      '.osv.sqlite.notapid.x.download.zip',
    ];
    for (const f of files) writeFileSync(join(dir, f), 'x');
    assert.equal(removeStaleDownloads(db), 1);
    assert.deepEqual(readdirSync(dir).sort(), files.filter((f) => !f.includes(`.${dead}.`)).sort());
  });
});
