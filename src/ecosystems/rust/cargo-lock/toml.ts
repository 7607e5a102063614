import { parse, TomlError } from 'smol-toml';
import { InputError } from '../../../core/errors/index.js';
import { escapeControls, quote } from '../../../core/util/quote.js';
import { LIMITS } from './limits.js';

export type TomlTable = Record<string, unknown>;

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/**
 * Parses a Cargo TOML file, bounded in size. Throws InputError naming the file and the line of the
 * syntax error; the parser's message, which quotes the file, has its control characters escaped.
 */
export function parseToml(text: string, path: string): TomlTable {
  if (text.length > LIMITS.maxBytes) {
    throw new InputError(
      `${quote(path)} is too large to read (${text.length} characters; at most ${LIMITS.maxBytes})`,
      { path },
    );
  }
  try {
    return parse(text) as TomlTable;
  } catch (err) {
    if (err instanceof TomlError) {
      const first = err.message.split('\n')[0] ?? 'invalid TOML';
      throw new InputError(`${quote(path)} is not valid TOML: ${escapeControls(first)} (line ${err.line})`, {
        path,
        line: err.line,
      });
    }
    throw new InputError(`${quote(path)} is not valid TOML`, { path });
  }
}
