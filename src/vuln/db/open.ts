/**
 * Opening the vulnerability database and looking records up. The lookup is one prepared statement
 * on the (ecosystem_base, name_normalized) primary key; the stored JSON was validated on import.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { InputError, UserError } from '../../core/errors/index.js';
import { STERLING_VERSION } from '../../core/version.js';
import { baseEcosystem, normalizePackageName } from '../osv/names.js';
import type { OsvRecord } from '../osv/record.js';
import { NoDatabaseError, OldSchemaError } from './errors.js';
import { checkSchema, migrate, SCHEMA_VERSION } from './schema.js';
import { type DbStatus, readStatus } from './status.js';

export interface VulnDb {
  readonly path: string;
  readonly readonly: boolean;
  /** Records with an affected package in this (base) ecosystem whose normalised name equals `name`'s, by id. */
  lookup(ecosystem: string, name: string): OsvRecord[];
  status(now?: Date): DbStatus;
  close(): void;
}

export interface OpenOptions {
  readonly?: boolean;
}

/** How long a writer waits for another process's write transaction before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

const handles = new WeakMap<VulnDb, Database.Database>();

/** The SQLite connection behind a VulnDb, for the importer; refuses read-only databases. */
export function writableHandle(db: VulnDb): Database.Database {
  const handle = handles.get(db);
  if (!handle?.open) throw new UserError('the vulnerability database is closed');
  if (db.readonly) throw new UserError(`${db.path} was opened read-only; it cannot be changed`);
  return handle;
}

/**
 * Opens (writable: creates and migrates) the database at `path`. A read-only open of a missing file
 * throws NoDatabaseError; a file that is not a Sterling database, or one from a newer Sterling, InputError.
 */
export function openDatabase(path: string, opts: OpenOptions = {}): VulnDb {
  const readonly = opts.readonly === true;
  if (readonly && !existsSync(path)) throw new NoDatabaseError(path);
  let sqlite: Database.Database | undefined;
  try {
    if (!readonly) mkdirSync(dirname(path), { recursive: true });
    sqlite = new Database(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
    const version = checkSchema(sqlite, path);
    if (readonly && version < SCHEMA_VERSION) throw new OldSchemaError(path, version, SCHEMA_VERSION);
    if (!readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
      if (version === 0) {
        migrate(sqlite);
        sqlite
          .prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?), (?, ?)')
          .run('created_by', `sterling ${STERLING_VERSION}`, 'created_at', new Date().toISOString());
      } else migrate(sqlite);
    }
    return wrap(sqlite, path, readonly);
  } catch (err) {
    sqlite?.close();
    if (err instanceof UserError) throw err;
    const code = (err as { code?: string }).code ?? String(err);
    throw new InputError(`cannot open the vulnerability database ${path}: ${code}`, {
      path,
      hint:
        code === 'SQLITE_NOTADB'
          ? 'The file is not an SQLite database; point --db (or STERLING_DB) at another file.'
          : 'Check that the folder is writable, or choose another file with --db (or STERLING_DB).',
    });
  }
}

function wrap(sqlite: Database.Database, path: string, readonly: boolean): VulnDb {
  // Index order is record_id order: no sort step. pluck(): one string per row, no row objects.
  const byKey = sqlite
    .prepare<[string, string], string>(
      `SELECT r.json FROM affected a JOIN records r ON r.id = a.record_id
        WHERE a.ecosystem_base = ? AND a.name_normalized = ? ORDER BY a.record_id`,
    )
    .pluck();
  const db: VulnDb = {
    path,
    readonly,
    lookup(ecosystem, name) {
      const rows = byKey.all(baseEcosystem(ecosystem), normalizePackageName(ecosystem, name));
      return rows.map((json) => parseStored(json, path));
    },
    status(now = new Date()) {
      return readStatus(sqlite, path, now);
    },
    close() {
      if (sqlite.open) sqlite.close();
    },
  };
  handles.set(db, sqlite);
  return db;
}

function parseStored(json: string, path: string): OsvRecord {
  try {
    return JSON.parse(json) as OsvRecord;
  } catch {
    throw new InputError(`${path}: a stored record is corrupt`, {
      path,
      hint: 'Delete the database file and run `sterling db update` again.',
    });
  }
}
