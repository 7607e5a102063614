import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { osvJson, osvRecord } from '../../../test/helpers/osv.js';
import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import { InputError } from '../../core/errors/index.js';
import { importRecords } from './import.js';
import { openDatabase, type VulnDb } from './open.js';
import type { ImportReport } from './report.js';

function freshDb(): { db: VulnDb; dir: string } {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'osv.sqlite'));
  return { db, dir };
}

async function importTree(db: VulnDb, dir: string, files: Record<string, string>): Promise<ImportReport> {
  const root = join(dir, `in-${Math.random().toString(36).slice(2)}`);
  writeTree(root, files);
  return importRecords(db, [root]);
}

function ids(db: VulnDb, eco: string, name: string): string[] {
  return db.lookup(eco, name).map((r) => r.id);
}

function assertBalanced(r: ImportReport): void {
  assert.equal(r.read, r.inserted + r.replaced + r.unchanged + r.withdrawn + r.invalid);
}

describe('importRecords: replacement by modified', () => {
  const cases: Array<{ name: string; second: string; outcome: 'replaced' | 'unchanged'; summary: string }> = [
    { name: 'newer replaces', second: '2024-06-01T00:00:00Z', outcome: 'replaced', summary: 'second' },
    { name: 'same is unchanged', second: '2024-01-01T00:00:00Z', outcome: 'unchanged', summary: 'first' },
    { name: 'older is ignored', second: '2023-06-01T00:00:00Z', outcome: 'unchanged', summary: 'first' },
    {
      name: 'microseconds newer replaces',
      second: '2024-01-01T00:00:00.5Z',
      outcome: 'replaced',
      summary: 'second',
    },
    {
      name: 'an unparseable modified never replaces',
      second: 'yesterday-ish',
      outcome: 'unchanged',
      summary: 'first',
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { db, dir } = freshDb();
      const pkgs: Array<[string, string]> = [['npm', 'lodash']];
      await importTree(db, dir, { 'A-1.json': osvJson('A-1', { packages: pkgs, summary: 'first' }) });
      const r = await importTree(db, dir, {
        'A-1.json': osvJson('A-1', { modified: c.second, packages: pkgs, summary: 'second' }),
      });
      assert.equal(r[c.outcome], 1);
      assert.equal(r.read, 1);
      assertBalanced(r);
      const found = db.lookup('npm', 'lodash');
      assert.deepEqual(
        found.map((x) => [x.id, x.summary]),
        [['A-1', c.summary]],
      );
      db.close();
    });
  }

  it('a replacing record moves the index to its new packages', async () => {
    const { db, dir } = freshDb();
    await importTree(db, dir, { 'a.json': osvJson('A-2', { packages: [['npm', 'old-name']] }) });
    await importTree(db, dir, {
      'a.json': osvJson('A-2', { modified: '2025-01-01T00:00:00Z', packages: [['PyPI', 'New_Name']] }),
    });
    assert.deepEqual(ids(db, 'npm', 'old-name'), []);
    assert.deepEqual(ids(db, 'PyPI', 'new-name'), ['A-2']);
    assert.deepEqual(
      db.status().ecosystems.map((e) => [e.ecosystem, e.records]),
      [
        ['PyPI', 1],
        ['npm', 0],
      ],
    );
    db.close();
  });
});

describe('importRecords: withdrawn records', () => {
  it('are never stored and delete the stored copy', async () => {
    const { db, dir } = freshDb();
    await importTree(db, dir, {
      'W-1.json': osvJson('W-1', { packages: [['Go', 'example.com/m']] }),
      'W-2.json': osvJson('W-2', { packages: [['Go', 'example.com/m']] }),
    });
    const r = await importTree(db, dir, {
      'W-1.json': osvJson('W-1', {
        packages: [['Go', 'example.com/m']],
        modified: '2024-02-01T00:00:00Z',
        withdrawn: '2024-02-01T00:00:00Z',
      }),
      'W-3.json': osvJson('W-3', { packages: [['Go', 'example.com/m']], withdrawn: '2024-02-01T00:00:00Z' }),
    });
    assert.deepEqual([r.withdrawn, r.deleted, r.inserted], [2, 1, 0]);
    assertBalanced(r);
    assert.deepEqual(ids(db, 'Go', 'example.com/m'), ['W-2']);
    assert.equal(db.status().records, 1);
    db.close();
  });

  it('keep a stored copy that is newer than the withdrawal', async () => {
    const { db, dir } = freshDb();
    await importTree(db, dir, { 'X.json': osvJson('X-1', { modified: '2025-01-01T00:00:00Z' }) });
    const r = await importTree(db, dir, {
      'X.json': osvJson('X-1', { modified: '2024-01-01T00:00:00Z', withdrawn: '2024-01-01T00:00:00Z' }),
    });
    assert.deepEqual([r.withdrawn, r.deleted], [1, 0]);
    assert.deepEqual(ids(db, 'npm', 'pkg-x-1'), ['X-1']);
    db.close();
  });
});

describe('importRecords: invalid input is reported, never fatal', () => {
  it('names the file (and array index) of each bad record and keeps the good ones', async () => {
    const { db, dir } = freshDb();
    const bad = { ...osvRecord('BAD-2'), affected: [{ ranges: [{ type: 'NOPE', events: [] }] }] };
    const r = await importTree(db, dir, {
      'good.json': osvJson('GOOD-1'),
      'syntax.json': '{\n  "id": "S-1",\n  oops\n}',
      'array.json': JSON.stringify([osvRecord('ARR-1'), bad, 42]),
      'no-id.json': JSON.stringify({ modified: '2024-01-01T00:00:00Z' }),
      'deep.json': `${'['.repeat(300)}${']'.repeat(300)}`,
      'notes.txt': 'not a record',
    });
    assert.equal(r.inserted, 2);
    assert.equal(r.invalid, 5);
    assert.equal(r.ignored, 1);
    assertBalanced(r);
    const byFile = new Map(r.problems.map((p) => [p.file.split('/').pop(), p.reason]));
    assert.match(byFile.get('syntax.json') ?? '', /^line 3: not valid JSON/);
    assert.match(byFile.get('array.json[1]') ?? '', /not an OSV record: affected\.0\.ranges\.0\.type/);
    assert.match(byFile.get('array.json[2]') ?? '', /not an OSV record/);
    assert.match(byFile.get('no-id.json') ?? '', /not an OSV record: id/);
    assert.match(byFile.get('deep.json') ?? '', /nested deeper than/);
    assert.deepEqual(ids(db, 'npm', 'pkg-arr-1'), ['ARR-1']);
    db.close();
  });

  it('lists at most maxProblems problems and counts the rest', async () => {
    const { db, dir } = freshDb();
    const files: Record<string, string> = {};
    for (let i = 0; i < 7; i++) files[`b${i}.json`] = '{';
    const root = join(dir, 'many');
    writeTree(root, files);
    const r = await importRecords(db, [root], { limits: { maxProblems: 3 } });
    assert.deepEqual([r.invalid, r.problems.length, r.problemsOmitted], [7, 3, 4]);
    db.close();
  });

  it('refuses a missing input before writing anything', async () => {
    const { db, dir } = freshDb();
    writeTree(dir, { 'ok.json': osvJson('OK-1') });
    await assert.rejects(importRecords(db, [join(dir, 'ok.json'), join(dir, 'nope.zip')]), InputError);
    assert.equal(db.status().records, 0);
    db.close();
  });
});

describe('importRecords: files and folders', () => {
  it('reads JSON arrays, YAML records and unknown id prefixes, normalising names for lookup', async () => {
    const { db, dir } = freshDb();
    writeTree(dir, {
      'one.yaml': [
        'id: PYSEC-2099-1',
        'modified: 2024-03-01T10:00:00.123456Z',
        'affected:',
        '- package:',
        '    ecosystem: PyPI',
        '    name: Zope.Interface',
        '  versions:',
        '  - 1.10',
        '',
      ].join('\n'),
      'arr.json': JSON.stringify([
        osvRecord('NSWG-ECO-1', { packages: [['npm', 'JSONStream']] }),
        osvRecord('RUSTSEC-2099-1', { packages: [['crates.io', 'Serde_Json']] }),
        osvRecord('DEB-1', { packages: [['Debian:12', 'openssl']] }),
      ]),
    });
    const r = await importRecords(db, [join(dir, 'one.yaml'), join(dir, 'arr.json')]);
    assert.equal(r.inserted, 4);
    const pysec = db.lookup('PyPI', 'zope_interface');
    assert.deepEqual(
      pysec.map((x) => [x.id, x.affected?.[0]?.versions]),
      [['PYSEC-2099-1', ['1.10']]],
    );
    assert.deepEqual(ids(db, 'npm', 'JSONStream'), ['NSWG-ECO-1']);
    assert.deepEqual(ids(db, 'npm', 'jsonstream'), []);
    assert.deepEqual(ids(db, 'crates.io', 'serde-json'), ['RUSTSEC-2099-1']);
    assert.deepEqual(ids(db, 'Debian:11', 'openssl'), ['DEB-1']);
    assert.deepEqual(Object.keys(r.ecosystems).sort(), ['Debian', 'PyPI', 'crates.io', 'npm']);
    db.close();
  });

  it('walks folders recursively without following links, and caps file size', async () => {
    const { db, dir } = freshDb();
    const outside = join(dir, 'outside');
    writeTree(outside, { 'SECRET-1.json': osvJson('SECRET-1') });
    const root = join(dir, 'root');
    const big = osvJson('BIG-1', { summary: 'x'.repeat(5000) });
    writeTree(root, {
      'a/b/c/DEEP-1.json': osvJson('DEEP-1'),
      'big.json': big,
      '.git/HEAD.json': osvJson('GIT-1'),
    });
    mkdirSync(join(root, 'links'));
    symlinkSync(outside, join(root, 'links', 'dir-link'));
    symlinkSync(join(outside, 'SECRET-1.json'), join(root, 'links', 'file-link.json'));
    const r = await importRecords(db, [root], { limits: { maxEntryBytes: 2000 } });
    assert.deepEqual([r.inserted, r.skipped], [1, 3]);
    assert.deepEqual(ids(db, 'npm', 'pkg-deep-1'), ['DEEP-1']);
    assert.deepEqual(ids(db, 'npm', 'pkg-secret-1'), []);
    const reasons = r.problems.map((p) => `${p.file.slice(root.length + 1)}: ${p.reason}`).sort();
    assert.deepEqual(reasons, [
      `big.json: ${Buffer.byteLength(big)} bytes (limit 2000)`,
      'links/dir-link: symbolic link (not followed)',
      'links/file-link.json: symbolic link (not followed)',
    ]);
    db.close();
  });

  it('records a source per ecosystem and totals for status', async () => {
    const { db, dir } = freshDb();
    await importTree(db, dir, {
      'a.json': osvJson('M-1', {
        packages: [
          ['Maven', 'org.x:y'],
          ['npm', 'y'],
        ],
        modified: '2024-05-05T00:00:00Z',
      }),
      'b.json': osvJson('M-2', { packages: [['Maven', 'org.x:z']] }),
    });
    const s = db.status(new Date(Date.now() + 60_000));
    assert.equal(s.records, 2);
    assert.deepEqual(
      s.ecosystems.map((e) => [e.ecosystem, e.records, e.newestModified, e.sources.length]),
      [
        ['Maven', 2, '2024-05-05T00:00:00Z', 1],
        ['npm', 1, '2024-05-05T00:00:00Z', 1],
      ],
    );
    assert.ok((s.dataAgeMs ?? 0) >= 60_000);
    assert.ok(s.sizeBytes > 0);
    db.close();
  });
});

describe('importRecords: damaged or bounded storage', () => {
  it('reports a corrupt stored record on lookup, and replaces it cleanly', async () => {
    const { db, dir } = freshDb();
    await importTree(db, dir, { 'c.json': osvJson('C-1', { packages: [['npm', 'old']] }) });
    const raw = new Database(db.path);
    raw.prepare("UPDATE records SET json = '{broken' WHERE id = 'C-1'").run();
    raw.close();
    assert.throws(
      () => db.lookup('npm', 'old'),
      (err: unknown) => err instanceof InputError && /corrupt/.test(err.message),
    );
    const r = await importTree(db, dir, {
      'c.json': osvJson('C-1', { packages: [['npm', 'new']], modified: '2025-01-01T00:00:00Z' }),
    });
    assert.equal(r.replaced, 1);
    assert.deepEqual(ids(db, 'npm', 'old'), []);
    assert.deepEqual(ids(db, 'npm', 'new'), ['C-1']);
    db.close();
  });

  it('stops walking a folder after maxDirFiles files and says so', async () => {
    const { db, dir } = freshDb();
    const root = join(dir, 'many');
    writeTree(root, { 'a.json': osvJson('A-1'), 'b.json': osvJson('B-1'), 'c/d.json': osvJson('D-1') });
    const r = await importRecords(db, [root], { limits: { maxDirFiles: 2 } });
    assert.equal(r.inserted, 2);
    assert.deepEqual(
      r.problems.map((p) => [p.file.slice(root.length), p.reason]),
      [['/c/d.json', 'more than 2 files in the folder; stopped']],
    );
    db.close();
  });
});

describe('importRecords: failure midway', () => {
  it('rolls back every input when a later input fails, and writes nothing afterwards', async () => {
    const { db, dir } = freshDb();
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`F-${i}.json`] = osvJson(`F-${i}`);
    const root = join(dir, 'in');
    writeTree(root, files);
    const zip = join(dir, 'later.zip');
    writeTree(dir, { 'later.zip': 'PK placeholder' });
    await assert.rejects(
      importRecords(db, [root, zip], {
        workers: 2,
        onProgress: (n) => {
          if (n === 1000) rmSync(zip); // the second input vanishes while the first is being read
        },
      }),
      (err: unknown) =>
        err instanceof InputError && /later\.zip: cannot be read \(ENOENT\)/.test(err.message),
    );
    await new Promise((r) => setTimeout(r, 300));
    const raw = new Database(db.path, { readonly: true });
    assert.deepEqual(
      raw.prepare('SELECT (SELECT count(*) FROM records) AS r, (SELECT count(*) FROM affected) AS a').get(),
      {
        r: 0,
        a: 0,
      },
    );
    raw.close();
    db.close();
  });
});

describe('importRecords: decode workers', () => {
  it('give the same report and database as decoding on the main thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) {
      const id = `P-${String(i).padStart(4, '0')}`;
      const pkg: Array<[string, string]> = [[i % 2 ? 'PyPI' : 'npm', `pkg-${i % 300}`]];
      files[`${id}.json`] =
        i % 997 === 500
          ? '{"id": broken'
          : osvJson(id, { packages: pkg, ...(i % 500 === 7 ? { withdrawn: '2024-01-01T00:00:00Z' } : {}) });
    }
    // The same id twice, newer second: in order, the newer one wins.
    files['P-2999-dup.json'] = osvJson('P-0002', {
      packages: [['npm', 'pkg-2']],
      modified: '2025-01-01T00:00:00Z',
    });
    const results = [];
    for (const workers of [0, 2]) {
      const { db, dir } = freshDb();
      const root = join(dir, 'in');
      writeTree(root, files);
      const progress: number[] = [];
      const report = await importRecords(db, [root], { workers, onProgress: (n) => progress.push(n) });
      results.push({
        report: { ...report, problems: report.problems.map((p) => p.file.slice(root.length)) },
        npm: db.lookup('npm', 'pkg-2').map((r) => `${r.id}@${r.modified}`),
        pypi: db.lookup('PyPI', 'pkg-1').map((r) => r.id),
        status: db.status().ecosystems.map((e) => [e.ecosystem, e.records]),
        progress,
      });
      db.close();
    }
    assert.deepEqual(results[1], results[0]);
    const r = results[0]!;
    assert.deepEqual(
      [r.report.read, r.report.invalid, r.report.withdrawn, r.report.replaced],
      [3001, 3, 6, 1],
    );
    assert.deepEqual(r.report.problems, ['/P-0500.json', '/P-1497.json', '/P-2494.json']);
    assert.ok(r.npm.includes('P-0002@2025-01-01T00:00:00Z'));
    assert.deepEqual(r.progress, [1000, 2000, 3000, 3001]);
  });
});
