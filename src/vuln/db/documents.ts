/**
 * The import's tally and the step from decoded records to the store. Documents go through the
 * DecodePool (worker threads for large imports); results come back in order and are applied here.
 * Every record passes the OSV schema; a failure is a counted problem naming the file, never a crash
 * and never a silent drop.
 */
import type { Decoded, DocumentKind } from './decode.js';
import { DecodePool } from './decode-pool.js';
import { addProblem, countEcosystem, emptyReport, type ImportReport } from './report.js';
import type { RecordStore } from './store.js';

export class RecordSink {
  /** The tally of the current input (see begin()). */
  report: ImportReport = emptyReport();
  private readonly pool: DecodePool;

  constructor(
    private readonly store: RecordStore,
    private readonly maxProblems: number,
    /** Called once per record met, for progress. */
    private readonly onRecord: () => void,
    workers: number,
  ) {
    this.pool = new DecodePool(workers, (decoded) => this.apply(decoded));
  }

  /** Starts a fresh tally for the next input (call after flush()). */
  begin(): void {
    this.report = emptyReport();
  }

  /** Queues a document; await the result when it is a promise (backpressure). */
  document(text: string, file: string, kind: DocumentKind): Promise<void> | undefined {
    return this.pool.add(text, file, kind);
  }

  /** Applies every document queued so far. */
  flush(): Promise<void> {
    return this.pool.flush();
  }

  /** Applies nothing more (before a rollback). */
  stop(): void {
    this.pool.stop();
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  invalid(file: string, reason: string): void {
    this.report.read++;
    this.onRecord();
    this.report.invalid++;
    addProblem(this.report, this.maxProblems, file, reason);
  }

  skipped(file: string, reason: string): void {
    this.report.skipped++;
    addProblem(this.report, this.maxProblems, file, reason);
  }

  ignored(): void {
    this.report.ignored++;
  }

  private apply(list: Decoded[]): void {
    for (const d of list) {
      if (d.kind === 'invalid') {
        this.invalid(d.file, d.reason);
        continue;
      }
      this.report.read++;
      this.onRecord();
      const ecosystems = new Set(d.keys.map(([eco]) => eco));
      if (d.withdrawn) {
        this.report.withdrawn++;
        if (this.store.withdraw(d) === 'deleted') this.report.deleted++;
        for (const eco of ecosystems) countEcosystem(this.report, eco, 'withdrawn');
        continue;
      }
      const outcome = this.store.put(d);
      this.report[outcome]++;
      for (const eco of ecosystems) countEcosystem(this.report, eco, outcome);
    }
  }
}
