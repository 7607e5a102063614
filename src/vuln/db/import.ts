/**
 * `importRecords`: reads OSV inputs into the database in ONE transaction, so a crash or `kill -9`
 * midway leaves the previous database intact (SQLite's write-ahead log drops the uncommitted
 * frames on the next open). Each input runs in a savepoint: a zip refused whole (zip bomb, too
 * many entries) leaves no trace; a bad record inside an input is counted and reported.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { UserError } from '../../core/errors/index.js';
import { baseEcosystem } from '../osv/names.js';
import { RecordSink } from './documents.js';
import { inputKind, readInput } from './inputs.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, PROGRESS_EVERY } from './limits.js';
import { type VulnDb, writableHandle } from './open.js';
import { emptyReport, type ImportReport, mergeReport } from './report.js';
import { RecordStore } from './store.js';
import { refreshEcosystem, refreshRecordCount, type SourceRow, saveSource } from './totals.js';

export interface ImportOptions {
  /** Called with the number of records read so far, every PROGRESS_EVERY records and at the end. */
  onProgress?(n: number): void;
  limits?: Partial<ImportLimits>;
  /**
   * The download this import comes from (set by updateDatabase): its source row is saved. Without
   * it, every base ecosystem the inputs touched gets a source row naming the input.
   */
  source?: SourceRow;
  /** How inputs are named in problems (default: the path as given); updates name the URL. */
  labels?: readonly string[];
  now?: Date;
  /** Decode worker threads (default: 1 when there is a spare core; 0 decodes on the main thread). */
  workers?: number;
}

export async function importRecords(
  db: VulnDb,
  inputs: string[],
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const sqlite = writableHandle(db);
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...opts.limits };
  const kinds = inputs.map((p) => inputKind(p)); // refuse a missing input before writing anything
  const store = new RecordStore(sqlite);
  let read = 0;
  const sink = new RecordSink(
    store,
    limits.maxProblems,
    () => {
      if (++read % PROGRESS_EVERY === 0) opts.onProgress?.(read);
    },
    opts.workers ?? defaultWorkers(),
  );
  const report = emptyReport();
  /** Base ecosystem -> the first input that brought records of it. */
  const feeds = new Map<string, string>();
  let allKept = true;

  begin(sqlite, db.path);
  try {
    for (let i = 0; i < inputs.length; i++) {
      const label = opts.labels?.[i] ?? inputs[i]!;
      sink.begin();
      sqlite.exec('SAVEPOINT import_input');
      const { refused } = await readInput(inputs[i]!, label, kinds[i]!, sink, limits);
      await sink.flush();
      if (refused !== undefined) {
        // Nothing of a refused input stays: neither its records nor its counts.
        sqlite.exec('ROLLBACK TO import_input');
        sink.begin();
        sink.skipped(label, refused);
        allKept = false;
      }
      sqlite.exec('RELEASE import_input');
      mergeReport(report, sink.report, limits.maxProblems);
      if (refused === undefined) {
        for (const eco of Object.keys(sink.report.ecosystems)) {
          if (!feeds.has(eco)) feeds.set(eco, sourceUrl(inputs[i]!, label, opts));
        }
      }
    }
    const counts = new Map<string, number>();
    for (const eco of new Set([...store.touched, ...feeds.keys()]))
      counts.set(eco, refreshEcosystem(sqlite, eco));
    refreshRecordCount(sqlite);
    const now = opts.now ?? new Date();
    // A refused download must not be recorded as current: the next update retries it.
    if (opts.source && allKept)
      saveSource(sqlite, opts.source, countFor(sqlite, opts.source.ecosystem, counts), now);
    else if (!opts.source)
      for (const [eco, url] of feeds) saveSource(sqlite, { ecosystem: eco, url }, counts.get(eco) ?? 0, now);
    sqlite.exec('COMMIT');
  } catch (err) {
    sink.stop();
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw err;
  } finally {
    await sink.close();
  }
  opts.onProgress?.(read);
  return report;
}

/**
 * One decode worker when there is a spare core: decoding one record costs about what reading and
 * writing it costs on the main thread, so a second worker adds memory more than speed.
 */
function defaultWorkers(): number {
  return Math.max(0, Math.min(1, availableParallelism() - 1));
}

function begin(sqlite: ReturnType<typeof writableHandle>, path: string): void {
  try {
    sqlite.exec('BEGIN IMMEDIATE');
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
    throw new UserError(
      `${path} is busy: another Sterling process is writing to it`,
      'Wait for it to finish, then retry.',
    );
  }
}

function sourceUrl(path: string, label: string, opts: ImportOptions): string {
  return opts.labels ? label : resolve(path);
}

function countFor(
  sqlite: ReturnType<typeof writableHandle>,
  ecosystem: string,
  counts: Map<string, number>,
): number {
  const base = baseEcosystem(ecosystem);
  return counts.get(base) ?? refreshEcosystem(sqlite, base);
}
