/**
 * Writes to the record tables, one record at a time, through prepared statements. Callers hold the
 * transaction (see import.ts); nothing here commits.
 *
 * The index rows of a replaced or deleted record are found by recomputing its keys from its stored
 * JSON (no secondary index on record_id: one B-tree fewer to update per key). A change to the
 * normalisation rules (osv/names.ts) therefore needs a migration that rebuilds `affected`.
 */
import type Database from 'better-sqlite3';
import type { OsvRecord } from '../osv/record.js';
import type { DecodedRecord } from './decode.js';
import { indexKeys, isNewer } from './keys.js';

export type PutOutcome = 'inserted' | 'replaced' | 'unchanged';
export type WithdrawOutcome = 'deleted' | 'absent' | 'kept-newer';

export class RecordStore {
  private readonly getModified: Database.Statement<[string], { modified_ms: number | null }>;
  private readonly getJson: Database.Statement<[string], { json: string }>;
  private readonly upsert: Database.Statement<[string, string, number | null, string | null, string]>;
  private readonly insertKey: Database.Statement<[string, string, string, number | null]>;
  private readonly deleteKey: Database.Statement<[string, string, string]>;
  private readonly deleteKeys: Database.Statement<[string]>;
  private readonly deleteRecord: Database.Statement<[string]>;
  /** Base ecosystems whose totals changed; refreshed once at the end of an import. */
  readonly touched = new Set<string>();

  constructor(db: Database.Database) {
    this.getModified = db.prepare('SELECT modified_ms FROM records WHERE id = ?');
    this.getJson = db.prepare('SELECT json FROM records WHERE id = ?');
    this.upsert = db.prepare(
      'INSERT INTO records (id, modified, modified_ms, published, json) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (id) DO UPDATE SET modified = excluded.modified, modified_ms = excluded.modified_ms, ' +
        'published = excluded.published, json = excluded.json',
    );
    this.insertKey = db.prepare(
      'INSERT OR IGNORE INTO affected (ecosystem_base, name_normalized, record_id, modified_ms) VALUES (?, ?, ?, ?)',
    );
    this.deleteKey = db.prepare(
      'DELETE FROM affected WHERE ecosystem_base = ? AND name_normalized = ? AND record_id = ?',
    );
    // Only for a stored record whose JSON does not parse (a full scan).
    this.deleteKeys = db.prepare('DELETE FROM affected WHERE record_id = ?');
    this.deleteRecord = db.prepare('DELETE FROM records WHERE id = ?');
  }

  /** Stores a record unless the stored copy is as new or newer. */
  put(r: DecodedRecord): PutOutcome {
    const stored = this.getModified.get(r.id);
    if (stored && !isNewer(r.modifiedMs, stored.modified_ms)) return 'unchanged';
    if (stored) this.dropKeys(r.id);
    this.upsert.run(r.id, r.modified, r.modifiedMs, r.published, r.json);
    for (const [eco, name] of r.keys) {
      this.insertKey.run(eco, name, r.id, r.modifiedMs);
      this.touched.add(eco);
    }
    return stored ? 'replaced' : 'inserted';
  }

  /** Removes the stored copy of a withdrawn record, unless the stored copy is newer than the withdrawal. */
  withdraw(r: DecodedRecord): WithdrawOutcome {
    const stored = this.getModified.get(r.id);
    if (!stored) return 'absent';
    if (isNewer(stored.modified_ms, r.modifiedMs)) return 'kept-newer';
    this.dropKeys(r.id);
    this.deleteRecord.run(r.id);
    return 'deleted';
  }

  private dropKeys(id: string): void {
    const row = this.getJson.get(id);
    let keys: Array<[string, string]>;
    try {
      keys = indexKeys(JSON.parse(row?.json ?? 'null') as OsvRecord);
    } catch {
      this.deleteKeys.run(id);
      return;
    }
    for (const [eco, name] of keys) {
      this.deleteKey.run(eco, name, id);
      this.touched.add(eco);
    }
  }
}
