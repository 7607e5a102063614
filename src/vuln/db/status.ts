import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { baseEcosystem } from '../osv/names.js';
import { schemaVersion } from './schema.js';
import { readSources, type StoredSource } from './totals.js';

export interface EcosystemStatus {
  /** Base ecosystem (`Debian` for `Debian:12` records). */
  ecosystem: string;
  records: number;
  /** The newest `modified` among its records, as written in the record. */
  newestModified?: string;
  /** Oldest import of the sources feeding it. */
  importedAt?: string;
  /** Oldest time its sources were last confirmed current (imported, or answered 304 / same checksum). */
  checkedAt?: string;
  /** now - checkedAt. */
  ageMs?: number;
  /** URL (or imported path) and ETag of the first source feeding it. */
  url?: string;
  etag?: string;
  sources: StoredSource[];
}

export interface DbStatus {
  path: string;
  schemaVersion: number;
  /** Database file plus its write-ahead log, bytes. */
  sizeBytes: number;
  /** Distinct records stored. */
  records: number;
  ecosystems: EcosystemStatus[];
  /** The oldest `imported_at` among the ecosystems. */
  oldestImportedAt?: string;
  /**
   * Age of the data: now minus the oldest time an ecosystem was last known current (its import,
   * or a later check that found the source unchanged). Undefined when nothing was imported.
   */
  dataAgeMs?: number;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function minIso(values: string[]): string | undefined {
  let min: string | undefined;
  for (const v of values) if (min === undefined || v < min) min = v;
  return min;
}

export function readStatus(db: Database.Database, path: string, now: Date): DbStatus {
  const totals = db
    .prepare('SELECT ecosystem_base, record_count, newest_modified FROM ecosystems ORDER BY ecosystem_base')
    .all() as Array<{ ecosystem_base: string; record_count: number; newest_modified: string | null }>;
  const sources = readSources(db);
  const names = new Set([
    ...totals.map((t) => t.ecosystem_base),
    ...sources.map((s) => baseEcosystem(s.ecosystem)),
  ]);
  const ecosystems: EcosystemStatus[] = [];
  for (const name of [...names].sort()) {
    const t = totals.find((x) => x.ecosystem_base === name);
    const feeding = sources.filter((s) => baseEcosystem(s.ecosystem) === name);
    const e: EcosystemStatus = { ecosystem: name, records: t?.record_count ?? 0, sources: feeding };
    if (t?.newest_modified) e.newestModified = t.newest_modified;
    const importedAt = minIso(feeding.map((s) => s.importedAt));
    const checkedAt = minIso(feeding.map((s) => s.checkedAt));
    if (importedAt) e.importedAt = importedAt;
    if (checkedAt) {
      e.checkedAt = checkedAt;
      e.ageMs = Math.max(0, now.getTime() - Date.parse(checkedAt));
    }
    if (feeding[0]) e.url = feeding[0].url;
    if (feeding[0]?.etag) e.etag = feeding[0].etag;
    ecosystems.push(e);
  }
  const records = db.prepare("SELECT value FROM meta WHERE key = 'record_count'").get() as
    | { value: string }
    | undefined;
  const status: DbStatus = {
    path,
    schemaVersion: schemaVersion(db),
    sizeBytes: fileSize(path) + fileSize(`${path}-wal`),
    records: Number(records?.value ?? 0),
    ecosystems,
  };
  const oldestImport = minIso(sources.map((s) => s.importedAt));
  const oldestCheck = minIso(sources.map((s) => s.checkedAt));
  if (oldestImport) status.oldestImportedAt = oldestImport;
  if (oldestCheck) status.dataAgeMs = Math.max(0, now.getTime() - Date.parse(oldestCheck));
  return status;
}
