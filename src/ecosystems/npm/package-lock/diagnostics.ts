import type { Diagnostic, DiagnosticLevel } from '../../../core/model/diagnostic.js';
import { LIMITS } from './limits.js';

/** Collects a file's diagnostics, keeping at most LIMITS.maxDiagnostics plus one summary. */
export interface DiagnosticSink {
  add(level: DiagnosticLevel, code: string, message: string, line?: number): void;
  /** An `invalid-entry` warning for the entry under `key`. */
  invalidEntry(key: string, reason: string, line?: number): void;
  list(): Diagnostic[];
}

/** Characters that can steer a terminal or reorder text: C1 controls, DEL, bidi overrides. */
const UNSAFE = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Free text (e.g. a parser's message quoting file content) with every control character escaped. */
export function sanitize(text: string): string {
  return text.replace(CONTROL, escapeChar);
}

/** A quoted, escaped name for messages: JSON escapes C0 controls; the rest of UNSAFE is escaped here. */
export function quote(value: string): string {
  return JSON.stringify(value).replace(UNSAFE, escapeChar);
}

export function createSink(path: string): DiagnosticSink {
  const out: Diagnostic[] = [];
  let dropped = 0;
  function add(level: DiagnosticLevel, code: string, message: string, line?: number): void {
    if (out.length >= LIMITS.maxDiagnostics) {
      dropped++;
      return;
    }
    const d: Diagnostic = { level, code, message, path };
    if (line !== undefined) d.line = line;
    out.push(d);
  }
  return {
    add,
    invalidEntry(key, reason, line) {
      // Escaped, so a hostile key cannot reach a terminal raw (the path is the walk's, already safe).
      add('warning', 'invalid-entry', `${path}: skipped entry ${quote(key)}: ${reason}`, line);
    },
    list() {
      if (dropped === 0) return out;
      return [
        ...out,
        {
          level: 'warning',
          code: 'too-many-diagnostics',
          message: `${path}: ${dropped} more problems not listed`,
          path,
        },
      ];
    },
  };
}
