import type { Diagnostic, DiagnosticLevel } from '../model/diagnostic.js';

/** Diagnostics of one code an extractor keeps per file; the rest are counted in one summary. */
export const MAX_DIAGNOSTICS_PER_CODE = 50;

/** Code of the summary that says how many diagnostics of another code were left out. */
export const TOO_MANY_DIAGNOSTICS = 'too-many-diagnostics';

const SEVERITY: Record<DiagnosticLevel, number> = { info: 0, warning: 1, error: 2 };

/**
 * Collects the Diagnostics of the file an extractor reads (part of the extractor contract: every
 * extractor reports through one). Bounded, so that a hostile or badly broken file (thousands of
 * malformed entries) cannot turn into thousands of results, while one flood of a kind does not hide
 * the other kinds. The policy:
 *
 * - at most `limit` (MAX_DIAGNOSTICS_PER_CODE) diagnostics are kept per code, in the order added;
 * - for each code over the cap, `finish()` appends one `too-many-diagnostics` summary naming the code
 *   and the number left out, at the most severe level among them, without a line;
 * - a file therefore yields at most (codes used) x (limit + 1) diagnostics.
 *
 * Messages are the caller's: quote values taken from the file with `quote` (core/util/quote.ts).
 */
export class DiagnosticSink {
  /** The file, relative to the scanned root; the `path` of every diagnostic `add` makes. */
  readonly path: string;
  readonly #limit: number;
  readonly #kept: Diagnostic[] = [];
  readonly #counts = new Map<string, number>();
  readonly #dropped = new Map<string, { level: DiagnosticLevel; count: number }>();

  constructor(path: string, limit = MAX_DIAGNOSTICS_PER_CODE) {
    this.path = path;
    this.#limit = limit;
  }

  /** A diagnostic about this file; `line` is 1-based (none, or 0, when unknown). */
  add(level: DiagnosticLevel, code: string, message: string, line?: number): void {
    const d: Diagnostic = { level, code, message, path: this.path };
    if (line !== undefined && line > 0) d.line = line;
    this.push(d);
  }

  warn(code: string, message: string, line?: number): void {
    this.add('warning', code, message, line);
  }

  info(code: string, message: string, line?: number): void {
    this.add('info', code, message, line);
  }

  /**
   * A ready-made diagnostic, for one about another file the extractor read (e.g. an unreadable
   * package.json beside a lockfile). Counted under the same per-code cap.
   */
  push(d: Diagnostic): void {
    const count = this.#counts.get(d.code) ?? 0;
    this.#counts.set(d.code, count + 1);
    if (count < this.#limit) {
      this.#kept.push(d);
      return;
    }
    const dropped = this.#dropped.get(d.code);
    if (!dropped) this.#dropped.set(d.code, { level: d.level, count: 1 });
    else {
      dropped.count++;
      if (SEVERITY[d.level] > SEVERITY[dropped.level]) dropped.level = d.level;
    }
  }

  /** The kept diagnostics in the order added, then one summary per capped code. */
  finish(): Diagnostic[] {
    const out = [...this.#kept];
    for (const [code, { level, count }] of this.#dropped) {
      out.push({
        level,
        code: TOO_MANY_DIAGNOSTICS,
        message: `${count} more "${code}" ${count === 1 ? 'diagnostic is' : 'diagnostics are'} not listed: only the first ${this.#limit} of each code are kept per file.`,
        path: this.path,
      });
    }
    return out;
  }
}
