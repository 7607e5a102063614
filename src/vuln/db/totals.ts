/**
 * Per-ecosystem totals and download sources, kept in small tables so that `status()` and the
 * scan's freshness check cost a few rows, not a pass over every record.
 */
import type Database from 'better-sqlite3';

export interface SourceRow {
  /** The ecosystem as the source names it: a bucket folder (`npm`, `Debian:12`) or a base ecosystem. */
  ecosystem: string;
  /** Where the data came from: the download URL, or the imported file or folder. */
  url: string;
  etag?: string;
  lastModified?: string;
  /** `md5:<base64>` or `crc32c:<base64>` from the server's x-goog-hash header. */
  checksum?: string;
}

/** Recomputes the record count and newest `modified` of one base ecosystem. */
export function refreshEcosystem(db: Database.Database, base: string): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n,
              (SELECT r.modified FROM records r WHERE r.id =
                (SELECT record_id FROM affected WHERE ecosystem_base = @base
                  ORDER BY modified_ms DESC LIMIT 1)) AS newest
         FROM (SELECT DISTINCT record_id FROM affected WHERE ecosystem_base = @base)`,
    )
    .get({ base }) as { n: number; newest: string | null };
  if (row.n === 0) {
    db.prepare('DELETE FROM ecosystems WHERE ecosystem_base = ?').run(base);
    return 0;
  }
  db.prepare(
    `INSERT INTO ecosystems (ecosystem_base, record_count, newest_modified) VALUES (?, ?, ?)
     ON CONFLICT (ecosystem_base) DO UPDATE SET record_count = excluded.record_count,
       newest_modified = excluded.newest_modified`,
  ).run(base, row.n, row.newest);
  return row.n;
}

/** Recounts the distinct records stored (kept in `meta` so that status() stays cheap). */
export function refreshRecordCount(db: Database.Database): void {
  const { n } = db.prepare('SELECT count(*) AS n FROM records').get() as { n: number };
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('record_count', ?)").run(String(n));
}

/** Records a completed download or import of `source` at `now`. */
export function saveSource(db: Database.Database, source: SourceRow, recordCount: number, now: Date): void {
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO sources (ecosystem, url, etag, last_modified, checksum, imported_at, checked_at, record_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (ecosystem) DO UPDATE SET url = excluded.url, etag = excluded.etag,
       last_modified = excluded.last_modified, checksum = excluded.checksum,
       imported_at = excluded.imported_at, checked_at = excluded.checked_at,
       record_count = excluded.record_count`,
  ).run(
    source.ecosystem,
    source.url,
    source.etag ?? null,
    source.lastModified ?? null,
    source.checksum ?? null,
    at,
    at,
    recordCount,
  );
}

/** Records that the server confirmed the stored data is current (HTTP 304 or the same checksum). */
export function markChecked(db: Database.Database, ecosystem: string, now: Date, headers: SourceRow): void {
  db.prepare(
    `UPDATE sources SET checked_at = ?, etag = coalesce(?, etag), last_modified = coalesce(?, last_modified)
      WHERE ecosystem = ?`,
  ).run(now.toISOString(), headers.etag ?? null, headers.lastModified ?? null, ecosystem);
}

export interface StoredSource extends SourceRow {
  importedAt: string;
  checkedAt: string;
  recordCount: number;
}

interface SourceDbRow {
  ecosystem: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  checksum: string | null;
  imported_at: string;
  checked_at: string;
  record_count: number;
}

export function readSources(db: Database.Database): StoredSource[] {
  const rows = db.prepare('SELECT * FROM sources ORDER BY ecosystem').all() as SourceDbRow[];
  return rows.map((r) => {
    const s: StoredSource = {
      ecosystem: r.ecosystem,
      url: r.url,
      importedAt: r.imported_at,
      checkedAt: r.checked_at,
      recordCount: r.record_count,
    };
    if (r.etag !== null) s.etag = r.etag;
    if (r.last_modified !== null) s.lastModified = r.last_modified;
    if (r.checksum !== null) s.checksum = r.checksum;
    return s;
  });
}

export function readSource(db: Database.Database, ecosystem: string): StoredSource | undefined {
  return readSources(db).find((s) => s.ecosystem === ecosystem);
}
