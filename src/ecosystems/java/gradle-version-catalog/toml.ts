/**
 * TOML input for the version catalog: smol-toml behind a size cap and a nesting cap, its errors turned
 * into an InputError naming the file and line (the parser's message, which quotes the file, keeps its
 * first line only, control characters escaped).
 */
import { parse, TomlError } from 'smol-toml';
import { InputError } from '../../../core/errors/index.js';
import { escapeControls } from '../../../core/util/quote.js';

/** Largest catalog read (characters); real catalogs are a few kilobytes. */
export const MAX_TOML_LENGTH = 4 * 1024 * 1024;
/** Deepest inline array/table nesting accepted; a catalog uses three levels. */
export const MAX_TOML_DEPTH = 16;

export type TomlTable = Record<string, unknown>;

export function parseToml(text: string, path: string): TomlTable {
  if (text.length > MAX_TOML_LENGTH) {
    throw new InputError(`${path}: TOML file larger than ${MAX_TOML_LENGTH} characters`, { path });
  }
  try {
    return parse(text, { maxDepth: MAX_TOML_DEPTH, unsafeKeyBehaviour: 'drop' }) as TomlTable;
  } catch (err) {
    const line = err instanceof TomlError ? err.line : undefined;
    const raw = err instanceof Error ? err.message : String(err);
    const msg = escapeControls(raw.split('\n', 1)[0] ?? raw);
    throw new InputError(`${path}${line ? `:${line}` : ''}: not valid TOML (${msg})`, {
      path,
      ...(line ? { line } : {}),
    });
  }
}

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
