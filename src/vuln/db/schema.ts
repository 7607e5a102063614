/**
 * The database schema as an ordered list of migrations. `PRAGMA user_version` holds the number of
 * migrations applied; `PRAGMA application_id` marks the file as Sterling's. A migration is appended,
 * never edited: an existing database is brought forward step by step, each step in its own
 * transaction, and a database written by a newer Sterling (a higher version) is refused.
 */
import type Database from 'better-sqlite3';
import { InputError } from '../../core/errors/index.js';

/** 'STRL': identifies a Sterling vulnerability database among SQLite files. */
export const APPLICATION_ID = 0x5354524c;

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'records and the (ecosystem, package) index',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE records (
        id TEXT PRIMARY KEY,
        modified TEXT NOT NULL,
        modified_ms INTEGER,
        published TEXT,
        json TEXT NOT NULL
      );
      CREATE TABLE affected (
        ecosystem_base TEXT NOT NULL,
        name_normalized TEXT NOT NULL,
        record_id TEXT NOT NULL,
        -- the record's modified_ms, so that an ecosystem's newest record is found without a join
        modified_ms INTEGER,
        PRIMARY KEY (ecosystem_base, name_normalized, record_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    description: 'download sources (ETag, Last-Modified, checksum) and per-ecosystem totals',
    sql: `
      CREATE TABLE sources (
        ecosystem TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        checksum TEXT,
        imported_at TEXT NOT NULL,
        checked_at TEXT NOT NULL,
        record_count INTEGER NOT NULL
      );
      CREATE TABLE ecosystems (
        ecosystem_base TEXT PRIMARY KEY,
        record_count INTEGER NOT NULL,
        newest_modified TEXT
      );
      INSERT INTO ecosystems (ecosystem_base, record_count, newest_modified)
        SELECT a.ecosystem_base, count(DISTINCT a.record_id),
               (SELECT r.modified FROM records r WHERE r.id =
                 (SELECT b.record_id FROM affected b WHERE b.ecosystem_base = a.ecosystem_base
                   ORDER BY b.modified_ms DESC LIMIT 1))
          FROM affected a GROUP BY a.ecosystem_base;
      INSERT OR REPLACE INTO meta (key, value) SELECT 'record_count', count(*) FROM records;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Checks that the file is a Sterling database this version understands (or an empty SQLite file);
 * returns its schema version. Throws InputError naming the path otherwise.
 */
export function checkSchema(db: Database.Database, path: string, latest = SCHEMA_VERSION): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = schemaVersion(db);
  const tables = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
  if (appId !== APPLICATION_ID && (appId !== 0 || version !== 0 || tables.n > 0)) {
    throw new InputError(`${path} is not a Sterling vulnerability database`, {
      path,
      hint: 'Point --db (or STERLING_DB) at another file; Sterling creates it on the first update.',
    });
  }
  if (version > latest) {
    throw new InputError(
      `${path} was written by a newer Sterling (database schema ${version}; this version reads up to ${latest})`,
      { path, hint: 'Upgrade Sterling, or use another database file with --db.' },
    );
  }
  return version;
}

/**
 * Applies the migrations after the database's current version, up to `upTo`; each in one
 * transaction that re-reads the version first, so two processes migrating at once apply each once.
 */
export function migrate(db: Database.Database, upTo = SCHEMA_VERSION, migrations = MIGRATIONS): void {
  for (const m of migrations) {
    if (m.version > upTo) break;
    if (m.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      if (m.version <= schemaVersion(db)) return;
      db.exec(m.sql);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
