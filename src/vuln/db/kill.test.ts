/**
 * Atomicity: a real child process importing a large set is killed with SIGKILL midway; the
 * database must still hold exactly its previous content, pass SQLite's integrity check, and
 * accept the next import.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { osvJson } from '../../../test/helpers/osv.js';
import { repoPath } from '../../../test/helpers/shared.js';
import { tempDir } from '../../../test/helpers/tmp.js';
import { writeZipFile, type ZipEntrySpec, zipBuffer } from '../../../test/helpers/zip.js';
import { importRecords } from './import.js';
import { openDatabase } from './open.js';

const SYNTHETIC = 30_000;
const KILL_AFTER = 3000;

function* synthetic(): Generator<ZipEntrySpec> {
  for (let i = 0; i < SYNTHETIC; i++) {
    const id = `SYN-${i}`;
    // Every 10th synthetic record would also replace a known record's package index if committed.
    const pkg = i % 10 === 0 ? 'known-a' : `syn-${i % 5000}`;
    yield { name: `${id}.json`, data: osvJson(id, { packages: [['npm', pkg]] }) };
  }
}

function runUntilKilled(dbPath: string, input: string): Promise<{ signal: string | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', repoPath('src', 'vuln', 'db', '__fixtures__', 'import-child.ts'), dbPath, input],
      { cwd: repoPath(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const last = stdout.trimEnd().split('\n').pop() ?? '';
      if (last.startsWith('progress ') && Number(last.slice(9)) >= KILL_AFTER) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === null)
        reject(new Error(`child was not killed (exit ${code}): ${stdout.slice(-200)} ${stderr}`));
      else resolve({ signal, stdout });
    });
  });
}

describe('kill -9 during an import', () => {
  it('leaves the previous database intact and usable', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'osv.sqlite');
    const seed = join(dir, 'seed.zip');
    writeFileSync(
      seed,
      zipBuffer([
        { name: 'KNOWN-1.json', data: osvJson('KNOWN-1', { packages: [['npm', 'known-a']] }) },
        { name: 'KNOWN-2.json', data: osvJson('KNOWN-2', { packages: [['PyPI', 'Known_B']] }) },
        { name: 'KNOWN-3.json', data: osvJson('KNOWN-3', { packages: [['Go', 'example.com/known']] }) },
      ]),
    );
    const before = openDatabase(dbPath);
    await importRecords(before, [seed]);
    before.close();

    const big = join(dir, 'big.zip');
    writeZipFile(big, synthetic());
    const run = await runUntilKilled(dbPath, big);
    assert.equal(run.signal, 'SIGKILL');
    assert.match(run.stdout, /progress \d+/);
    assert.doesNotMatch(run.stdout, /done/);

    const raw = new Database(dbPath);
    assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
    raw.close();

    const db = openDatabase(dbPath, { readonly: true });
    assert.deepEqual(
      db.lookup('npm', 'known-a').map((r) => r.id),
      ['KNOWN-1'],
    );
    assert.deepEqual(
      db.lookup('PyPI', 'known-b').map((r) => r.id),
      ['KNOWN-2'],
    );
    assert.deepEqual(
      db.lookup('Go', 'example.com/known').map((r) => r.id),
      ['KNOWN-3'],
    );
    assert.deepEqual(db.lookup('npm', 'syn-1'), []);
    const status = db.status();
    assert.equal(status.records, 3);
    assert.deepEqual(
      status.ecosystems.map((e) => [e.ecosystem, e.records]),
      [
        ['Go', 1],
        ['PyPI', 1],
        ['npm', 1],
      ],
    );
    db.close();

    const again = openDatabase(dbPath);
    const small = join(dir, 'small.zip');
    writeFileSync(
      small,
      zipBuffer([{ name: 'NEW-1.json', data: osvJson('NEW-1', { packages: [['npm', 'known-a']] }) }]),
    );
    const r = await importRecords(again, [small]);
    assert.equal(r.inserted, 1);
    assert.deepEqual(
      again.lookup('npm', 'known-a').map((x) => x.id),
      ['KNOWN-1', 'NEW-1'],
    );
    again.close();
  });
});
