import type { Diagnostic, DiagnosticLevel } from '../../../core/model/diagnostic.js';

/** Diagnostics of one code kept per file before the rest are summed up in one line. */
export const MAX_DIAGNOSTICS_PER_CODE = 50;

/**
 * Collects the Diagnostics of one file, at most MAX_DIAGNOSTICS_PER_CODE per code, so that a hostile or
 * badly broken file cannot turn into millions of results; `finish()` adds one summary per capped code.
 */
export class DiagnosticSink {
  readonly #path: string;
  readonly #items: Diagnostic[] = [];
  readonly #counts = new Map<string, number>();
  readonly #dropped = new Map<string, { level: DiagnosticLevel; count: number }>();

  constructor(path: string) {
    this.#path = path;
  }

  add(level: DiagnosticLevel, code: string, message: string, line?: number): void {
    const count = this.#counts.get(code) ?? 0;
    this.#counts.set(code, count + 1);
    if (count >= MAX_DIAGNOSTICS_PER_CODE) {
      const dropped = this.#dropped.get(code) ?? { level, count: 0 };
      dropped.count++;
      this.#dropped.set(code, dropped);
      return;
    }
    const diagnostic: Diagnostic = { level, code, message, path: this.#path };
    if (line !== undefined) diagnostic.line = line;
    this.#items.push(diagnostic);
  }

  finish(): Diagnostic[] {
    const out = [...this.#items];
    for (const [code, { level, count }] of this.#dropped) {
      out.push({
        level,
        code,
        message: `${count} more "${code}" problems in this file are not listed one by one.`,
        path: this.#path,
      });
    }
    return out;
  }
}
