/**
 * Writes to the record tables, one record at a time, through prepared statements. Callers hold the
 * transaction (see import.ts); nothing here commits.
 */
import type Database from 'better-sqlite3';
import { baseEcosystem, normalizePackageName } from '../osv/names.js';
import type { OsvRecord } from '../osv/record.js';

export type PutOutcome = 'inserted' | 'replaced' | 'unchanged';
export type WithdrawOutcome = 'deleted' | 'absent' | 'kept-newer';

/** Milliseconds since the epoch of an OSV timestamp, or null when it does not parse. */
export function modifiedMs(text: string): number | null {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** True when `incoming` is strictly newer than `stored`; an unparseable time is older than any real one. */
export function isNewer(incoming: number | null, stored: number | null): boolean {
  if (incoming === null) return false;
  return stored === null || incoming > stored;
}

/** The (base ecosystem, normalised name) keys a record is indexed under, without duplicates. */
export function indexKeys(record: OsvRecord): Array<[string, string]> {
  const seen = new Set<string>();
  const keys: Array<[string, string]> = [];
  for (const a of record.affected ?? []) {
    if (!a.package) continue;
    const key: [string, string] = [
      baseEcosystem(a.package.ecosystem),
      normalizePackageName(a.package.ecosystem, a.package.name),
    ];
    const joined = `${key[0]}\u0000${key[1]}`;
    if (seen.has(joined)) continue;
    seen.add(joined);
    keys.push(key);
  }
  return keys;
}

export class RecordStore {
  private readonly getModified: Database.Statement<[string], { modified_ms: number | null }>;
  private readonly ecosystemsOf: Database.Statement<[string], { ecosystem_base: string }>;
  private readonly upsert: Database.Statement<[string, string, number | null, string | null, string]>;
  private readonly insertKey: Database.Statement<[string, string, string]>;
  private readonly deleteKeys: Database.Statement<[string]>;
  private readonly deleteRecord: Database.Statement<[string]>;
  /** Base ecosystems whose totals changed; refreshed once at the end of an import. */
  readonly touched = new Set<string>();

  constructor(db: Database.Database) {
    this.getModified = db.prepare('SELECT modified_ms FROM records WHERE id = ?');
    this.ecosystemsOf = db.prepare('SELECT DISTINCT ecosystem_base FROM affected WHERE record_id = ?');
    this.upsert = db.prepare(
      'INSERT INTO records (id, modified, modified_ms, published, json) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (id) DO UPDATE SET modified = excluded.modified, modified_ms = excluded.modified_ms, ' +
        'published = excluded.published, json = excluded.json',
    );
    this.insertKey = db.prepare(
      'INSERT OR IGNORE INTO affected (ecosystem_base, name_normalized, record_id) VALUES (?, ?, ?)',
    );
    this.deleteKeys = db.prepare('DELETE FROM affected WHERE record_id = ?');
    this.deleteRecord = db.prepare('DELETE FROM records WHERE id = ?');
  }

  /** Stores a record unless the stored copy is as new or newer. */
  put(record: OsvRecord): PutOutcome {
    const ms = modifiedMs(record.modified);
    const stored = this.getModified.get(record.id);
    if (stored && !isNewer(ms, stored.modified_ms)) return 'unchanged';
    if (stored) this.dropKeys(record.id);
    this.upsert.run(record.id, record.modified, ms, record.published ?? null, JSON.stringify(record));
    for (const [eco, name] of indexKeys(record)) {
      this.insertKey.run(eco, name, record.id);
      this.touched.add(eco);
    }
    return stored ? 'replaced' : 'inserted';
  }

  /** Removes the stored copy of a withdrawn record, unless the stored copy is newer than the withdrawal. */
  withdraw(record: OsvRecord): WithdrawOutcome {
    const stored = this.getModified.get(record.id);
    if (!stored) return 'absent';
    if (isNewer(stored.modified_ms, modifiedMs(record.modified))) return 'kept-newer';
    this.dropKeys(record.id);
    this.deleteRecord.run(record.id);
    return 'deleted';
  }

  private dropKeys(id: string): void {
    for (const row of this.ecosystemsOf.all(id)) this.touched.add(row.ecosystem_base);
    this.deleteKeys.run(id);
  }
}
