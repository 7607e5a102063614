import type { Diagnostic } from '../../../core/model/diagnostic.js';
import { LIMITS } from './limits.js';

/** Quotes a value from the file for a message: escapes control characters, bounds the length. */
export function quote(value: string): string {
  const s = value.length > 120 ? `${value.slice(0, 120)}…` : value;
  return JSON.stringify(s);
}

/** Collects one file's diagnostics, keeping at most LIMITS.maxDiagnostics and counting the rest. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  private dropped = 0;
  constructor(private readonly path: string) {}

  warn(code: string, message: string, line?: number): void {
    this.add({ level: 'warning', code, message, path: this.path, ...(line ? { line } : {}) });
  }

  info(code: string, message: string, line?: number): void {
    this.add({ level: 'info', code, message, path: this.path, ...(line ? { line } : {}) });
  }

  private add(d: Diagnostic): void {
    if (this.list.length < LIMITS.maxDiagnostics) this.list.push(d);
    else this.dropped++;
  }

  /** The diagnostics, with a summary of those over the limit. */
  finish(): Diagnostic[] {
    if (this.dropped > 0) {
      this.list.push({
        level: 'warning',
        code: 'too-many-diagnostics',
        message: `${this.dropped} more problems in this file were not listed; regenerate it with pnpm install.`,
        path: this.path,
      });
    }
    return this.list;
  }
}
