import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { runCli } from '../helpers/cli.js';
import { osvJson } from '../helpers/osv.js';
import { tempDir, writeTree } from '../helpers/tmp.js';
import { zipBuffer } from '../helpers/zip.js';

const ALL_ZIP = zipBuffer([
  { name: 'GHSA-1.json', data: osvJson('GHSA-1', { packages: [['npm', 'left-pad']] }) },
  { name: 'GHSA-2.json', data: osvJson('GHSA-2', { packages: [['npm', 'left-pad']] }) },
  {
    name: 'GHSA-3.json',
    data: osvJson('GHSA-3', { packages: [['npm', 'x']], withdrawn: '2024-01-01T00:00:00Z' }),
  },
]);

describe('sterling db import / status', () => {
  it('status without a database says how to get one', async () => {
    const db = join(tempDir(), 'osv.sqlite');
    const text = await runCli(['db', 'status', '--db', db]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /No vulnerability database yet at .*osv\.sqlite/);
    assert.match(text.stdout, /sterling db update --ecosystem npm/);
    assert.match(text.stdout, /sterling db import <all\.zip>/);
    const json = await runCli(['db', 'status', '--json'], { env: { STERLING_DB: db } });
    assert.deepEqual(JSON.parse(json.stdout), { path: db, exists: false });
    assert.equal(existsSync(db), false);
  });

  it('imports a zip and a folder, then shows per-ecosystem status (STERLING_DB)', async () => {
    const dir = tempDir();
    const db = join(dir, 'osv.sqlite');
    writeFileSync(join(dir, 'all.zip'), ALL_ZIP);
    writeTree(dir, { 'recs/PYSEC-1.json': osvJson('PYSEC-1', { packages: [['PyPI', 'Django']] }) });
    const r = await runCli(['db', 'import', join(dir, 'all.zip'), join(dir, 'recs')], {
      env: { STERLING_DB: db },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Read 4 records: 3 new, 0 replaced, 0 unchanged, 1 withdrawn \(0 removed\)\./);
    assert.match(r.stdout, /npm: 2 new/);
    assert.equal(r.stderr, '', 'no progress when stderr is not a terminal');

    const s = await runCli(['db', 'status', '--db', db]);
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stdout, /3 records, .* schema 2, data age less than a minute/);
    assert.match(s.stdout, /PyPI +1 +2024-01-01T00:00:00Z/);
    assert.match(s.stdout, /npm +2 +2024-01-01T00:00:00Z/);
    const json = JSON.parse((await runCli(['db', 'status', '--db', db, '--json'])).stdout);
    assert.equal(json.exists, true);
    assert.deepEqual(
      json.ecosystems.map((e: { ecosystem: string; records: number }) => [e.ecosystem, e.records]),
      [
        ['PyPI', 1],
        ['npm', 2],
      ],
    );
  });

  it('exits 3 and lists each problem with its file when records are invalid, importing the rest', async () => {
    const dir = tempDir();
    writeTree(dir, { 'in/ok.json': osvJson('OK-1'), 'in/bad.json': '{"id": 5}' });
    const r = await runCli(['db', 'import', '--db', join(dir, 'osv.sqlite'), '--json', join(dir, 'in')]);
    assert.equal(r.code, 3);
    assert.equal(JSON.parse(r.stdout).inserted, 1);
    assert.match(r.stderr, /problem .*in\/bad\.json: not an OSV record: id/);
  });

  it('exits 3 for a missing input, and for a database from a newer Sterling', async () => {
    const dir = tempDir();
    const db = join(dir, 'osv.sqlite');
    const missing = await runCli(['db', 'import', '--db', db, join(dir, 'nope.zip')]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /nope\.zip: ENOENT/);
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    const newer = await runCli(['db', 'status', '--db', db]);
    assert.equal(newer.code, 3);
    assert.match(newer.stderr, /newer Sterling/);
  });
});

describe('sterling db update', () => {
  let server: Server;
  let port: number;
  let failing = false;
  const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
  before(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      if (failing) return void res.writeHead(500).end();
      if (req.headers['if-none-match'] === '"e1"') return void res.writeHead(304).end();
      res.writeHead(200, { ETag: '"e1"', 'Content-Length': String(ALL_ZIP.length) }).end(ALL_ZIP);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  after(() => server.close());

  it('downloads, then finds the data unchanged (If-None-Match), then fails clearly with exit 4', async () => {
    const db = join(tempDir(), 'osv.sqlite');
    const base = `http://127.0.0.1:${port}`;
    const first = await runCli(['db', 'update', '--db', db, '--ecosystem', 'npm', '--base-url', base]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^npm: updated, .* downloaded; 2 new, 0 replaced, 1 withdrawn/);

    const second = await runCli(['db', 'update', '--db', db], { env: { STERLING_OSV_BASE_URL: base } });
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, 'npm: up to date (not modified)\n');
    assert.deepEqual(
      seen.slice(-2).map((s) => [s.url, s.headers['if-none-match']]),
      [
        ['/npm/all.zip', undefined],
        ['/npm/all.zip', '"e1"'],
      ],
    );

    failing = true;
    const third = await runCli(['db', 'update', '--db', db, '--base-url', base]);
    failing = false;
    assert.equal(third.code, 4);
    assert.match(third.stderr, new RegExp(`error: cannot download ${base}/npm/all.zip: HTTP 500`));
    assert.match(third.stderr, /sterling db import all\.zip/);
  });

  it('exits 2 without creating a database when no ecosystem is named and none is stored', async () => {
    const db = join(tempDir(), 'osv.sqlite');
    const r = await runCli(['db', 'update', '--db', db, '--base-url', `http://127.0.0.1:${port}`]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no ecosystems to update/);
    assert.match(r.stderr, /--ecosystem npm/);
    assert.equal(existsSync(db), false);
  });
});
