/**
 * Decodes documents (JSON.parse + OSV schema + re-serialisation: most of an import's CPU time) in
 * worker threads while the main thread reads zips and writes SQLite. Results are applied strictly
 * in submission order, so an import gives the same database whatever the timing. Small imports
 * never start a worker: the first batches are decoded inline. Backpressure: add() returns a promise
 * to await when enough batches are in flight, which bounds memory.
 */
import { Worker } from 'node:worker_threads';
import { InternalError } from '../../core/errors/index.js';
import { type Decoded, type DocumentKind, decodeDocument } from './decode.js';

type Doc = [text: string, file: string, kind: DocumentKind];

/**
 * Small batches, few in flight and a small young generation keep a worker's memory low (measured:
 * 64 x 2 adds ~10-50 MB of peak RSS per worker; 256 x 3 added ~90 MB) at no cost in throughput.
 */
const BATCH = 64;
const IN_FLIGHT_PER_WORKER = 2;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };
/** Batches decoded inline before workers are started (imports under ~1,000 documents stay single-threaded). */
const INLINE_BATCHES = 16;

/**
 * Starts the decode worker. Built code runs decode-worker.js; from TypeScript sources (tests, tsx),
 * the worker registers tsx itself, because Node 20 workers do not inherit `--import` hooks.
 */
function startWorker(): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const url = new URL(`./decode-worker.${ts ? 'ts' : 'js'}`, import.meta.url);
  if (!ts) return new Worker(url, { resourceLimits: WORKER_LIMITS });
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits: WORKER_LIMITS });
}

export class DecodePool {
  private batch: Doc[] = [];
  private seq = 0;
  private nextApply = 0;
  private readonly ready = new Map<number, Decoded[][]>();
  private readonly workers: Worker[] = [];
  private inFlight = 0;
  private waiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  private failed: Error | undefined;
  private closing = false;

  constructor(
    private readonly maxWorkers: number,
    private readonly apply: (decoded: Decoded[]) => void,
  ) {}

  /** Queues a document; await the returned promise (when there is one) before adding more. */
  add(text: string, file: string, kind: DocumentKind): Promise<void> | undefined {
    if (this.failed) throw this.failed;
    this.batch.push([text, file, kind]);
    return this.batch.length >= BATCH ? this.dispatch() : undefined;
  }

  /** Decodes and applies everything queued so far. */
  async flush(): Promise<void> {
    if (this.batch.length > 0) await this.dispatch();
    while (this.nextApply < this.seq) await this.wait();
    if (this.failed) throw this.failed;
  }

  /** Stops applying results at once (call before rolling back: a late result must not be written). */
  stop(): void {
    this.closing = true;
    this.fail(new InternalError('the import was stopped'));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): Promise<void> | undefined {
    const docs = this.batch;
    this.batch = [];
    const seq = this.seq++;
    if (this.maxWorkers <= 0 || seq < INLINE_BATCHES) {
      this.deliver(
        seq,
        docs.map(([t, f, k]) => decodeDocument(t, f, k)),
      );
      return undefined;
    }
    if (this.workers.length < this.maxWorkers) this.workers.push(this.spawn());
    this.inFlight++;
    this.workers[seq % this.workers.length]!.postMessage({ seq, docs });
    return this.inFlight >= this.workers.length * IN_FLIGHT_PER_WORKER ? this.wait() : undefined;
  }

  private spawn(): Worker {
    const w = startWorker();
    w.on('message', (m: { seq: number; out: Decoded[][] }) => {
      this.inFlight--;
      this.deliver(m.seq, m.out);
    });
    w.on('error', (err) => this.fail(new InternalError(`decode worker failed: ${err.message}`)));
    w.on('exit', (code) => {
      if (!this.closing) this.fail(new InternalError(`decode worker exited (code ${code})`));
    });
    return w;
  }

  private deliver(seq: number, out: Decoded[][]): void {
    if (this.closing || this.failed) return;
    this.ready.set(seq, out);
    try {
      for (let r = this.ready.get(this.nextApply); r; r = this.ready.get(this.nextApply)) {
        this.ready.delete(this.nextApply++);
        for (const decoded of r) this.apply(decoded);
      }
    } catch (err) {
      this.fail(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.resolve();
  }

  private wait(): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  private fail(err: Error): void {
    this.failed ??= err;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(this.failed);
  }
}
