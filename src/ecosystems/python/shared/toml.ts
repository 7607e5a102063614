/**
 * TOML input for the Python readers (poetry.lock, uv.lock, pdm.lock, pylock.toml, pyproject.toml):
 * smol-toml behind a size cap and a nesting cap, its errors turned into an InputError naming the file
 * and line.
 */
import { parse, TomlError } from 'smol-toml';
import { InputError } from '../../../core/errors/index.js';
import { escapeControls } from '../../../core/util/quote.js';

/** Largest TOML text read (characters); lockfiles of very large projects stay far below. */
export const MAX_TOML_LENGTH = 32 * 1024 * 1024;
/** Deepest inline array/table nesting accepted; package managers write at most a few levels. */
export const MAX_TOML_DEPTH = 32;

export type TomlTable = Record<string, unknown>;

export function parseTomlFile(text: string, path: string): TomlTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > MAX_TOML_LENGTH) {
    throw new InputError(`${path}: TOML file larger than ${MAX_TOML_LENGTH} characters`, {
      path,
      hint: 'The file is not one a package manager writes; exclude it with --exclude.',
    });
  }
  try {
    return parse(body, { maxDepth: MAX_TOML_DEPTH, unsafeKeyBehaviour: 'drop' }) as TomlTable;
  } catch (err) {
    const line = err instanceof TomlError ? err.line : undefined;
    const raw = err instanceof Error ? err.message : String(err);
    // smol-toml appends a code block of the file to its message; keep the first line only.
    const msg = escapeControls(raw.split('\n', 1)[0] ?? raw);
    throw new InputError(`${path}${line ? `:${line}` : ''}: not valid TOML (${msg})`, {
      path,
      ...(line ? { line } : {}),
      hint: 'Regenerate the file with its tool, or exclude it with --exclude.',
    });
  }
}

export function isTable(v: unknown): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export function tableAt(v: unknown, key: string): TomlTable | undefined {
  if (!isTable(v)) return undefined;
  const t = v[key];
  return isTable(t) ? t : undefined;
}

export function stringAt(v: unknown, key: string): string | undefined {
  if (!isTable(v)) return undefined;
  const s = v[key];
  return typeof s === 'string' ? s : undefined;
}

export function arrayAt(v: unknown, key: string): unknown[] {
  if (!isTable(v)) return [];
  const a = v[key];
  return Array.isArray(a) ? a : [];
}

export function stringsAt(v: unknown, key: string): string[] {
  return arrayAt(v, key).filter((x): x is string => typeof x === 'string');
}
