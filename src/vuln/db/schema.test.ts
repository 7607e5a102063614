import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../../../test/helpers/tmp.js';
import { InputError } from '../../core/errors/index.js';
import { NoDatabaseError } from './errors.js';
import { openDatabase } from './open.js';
import { APPLICATION_ID, MIGRATIONS, migrate, SCHEMA_VERSION, schemaVersion } from './schema.js';

function tables(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
        name: string;
      }>
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('database schema and migrations', () => {
  it('creates a new database at the latest schema, WAL, marked as Sterling', () => {
    const path = join(tempDir(), 'sub', 'dir', 'osv.sqlite');
    openDatabase(path).close();
    const raw = new Database(path, { readonly: true });
    assert.equal(schemaVersion(raw), SCHEMA_VERSION);
    assert.equal(raw.pragma('application_id', { simple: true }), APPLICATION_ID);
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    raw.close();
    assert.deepEqual(tables(path), ['affected', 'ecosystems', 'meta', 'records', 'sources']);
  });

  it('numbers migrations 1..N without gaps', () => {
    assert.deepEqual(
      MIGRATIONS.map((m) => m.version),
      MIGRATIONS.map((_, i) => i + 1),
    );
  });

  it('migrates a database written at schema 1, keeping its records', () => {
    const path = join(tempDir(), 'old.sqlite');
    const raw = new Database(path);
    migrate(raw, 1);
    raw
      .prepare('INSERT INTO records (id, modified, modified_ms, published, json) VALUES (?, ?, ?, ?, ?)')
      .run(
        'OLD-1',
        '2020-01-01T00:00:00Z',
        Date.parse('2020-01-01T00:00:00Z'),
        null,
        '{"id":"OLD-1","modified":"2020-01-01T00:00:00Z"}',
      );
    raw
      .prepare(
        'INSERT INTO affected (ecosystem_base, name_normalized, record_id, modified_ms) VALUES (?, ?, ?, ?)',
      )
      .run('npm', 'left-pad', 'OLD-1', Date.parse('2020-01-01T00:00:00Z'));
    assert.equal(schemaVersion(raw), 1);
    raw.close();
    assert.deepEqual(tables(path), ['affected', 'meta', 'records']);

    const db = openDatabase(path);
    const status = db.status();
    assert.equal(status.schemaVersion, SCHEMA_VERSION);
    assert.equal(status.records, 1);
    assert.deepEqual(
      status.ecosystems.map((e) => [e.ecosystem, e.records, e.newestModified]),
      [['npm', 1, '2020-01-01T00:00:00Z']],
    );
    assert.deepEqual(
      db.lookup('npm', 'left-pad').map((r) => r.id),
      ['OLD-1'],
    );
    db.close();
    assert.deepEqual(tables(path), ['affected', 'ecosystems', 'meta', 'records', 'sources']);
  });

  it('refuses a database from a newer Sterling, read-only or not', () => {
    const path = join(tempDir(), 'new.sqlite');
    openDatabase(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    for (const readonly of [false, true]) {
      assert.throws(
        () => openDatabase(path, { readonly }),
        (err: unknown) =>
          err instanceof InputError &&
          /newer Sterling/.test(err.message) &&
          /Upgrade Sterling/.test(err.hint ?? ''),
      );
    }
  });

  it('refuses an SQLite file of another application', () => {
    const path = join(tempDir(), 'other.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    assert.throws(() => openDatabase(path), /not a Sterling vulnerability database/);
  });

  it('refuses a file that is not SQLite', () => {
    const path = join(tempDir(), 'junk.sqlite');
    writeFileSync(
      path,
      'this is not a database, just text that is long enough to have a header. '.repeat(20),
    );
    assert.throws(
      () => openDatabase(path),
      (err: unknown) => err instanceof InputError && /SQLITE_NOTADB/.test(err.message),
    );
  });

  it('read-only open of a missing file is a NoDatabaseError and creates nothing', () => {
    const path = join(tempDir(), 'missing.sqlite');
    assert.throws(
      () => openDatabase(path, { readonly: true }),
      (err: unknown) => err instanceof NoDatabaseError && /sterling db update/.test(err.hint ?? ''),
    );
    assert.equal(existsSync(path), false);
  });

  it('read-only open of an older schema asks for an upgrade instead of migrating', () => {
    const path = join(tempDir(), 'v1.sqlite');
    const raw = new Database(path);
    migrate(raw, 1);
    raw.close();
    assert.throws(() => openDatabase(path, { readonly: true }), /older database schema \(1; current/);
    const again = new Database(path, { readonly: true });
    assert.equal(schemaVersion(again), 1);
    again.close();
  });
});
