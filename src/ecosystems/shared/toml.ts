/**
 * TOML input for every reader (Python lockfiles and pyproject.toml, Cargo.lock / Cargo.toml, Gradle's
 * libs.versions.toml): smol-toml behind a size cap and a nesting cap, unsafe keys (`__proto__`)
 * dropped, its errors turned into an InputError naming the file and line (`path:line: not valid TOML
 * (...)`, the parser's first line only, control characters escaped).
 */
import { parse, TomlError } from 'smol-toml';
import { InputError } from '../../core/errors/index.js';
import { escapeControls } from '../../core/util/quote.js';

/** Largest TOML text read by default (characters); lockfiles of very large projects stay far below. */
export const MAX_TOML_LENGTH = 32 * 1024 * 1024;
/** Deepest inline array/table nesting accepted by default; package managers write a few levels. */
export const MAX_TOML_DEPTH = 32;

export type TomlTable = Record<string, unknown>;

export interface TomlLimits {
  /** Largest text read, in characters (default MAX_TOML_LENGTH). */
  maxLength?: number;
  /** Deepest nesting accepted (default MAX_TOML_DEPTH). */
  maxDepth?: number;
}

/** Parses a TOML file (a leading BOM skipped); throws InputError naming the file (and line). */
export function parseTomlFile(text: string, path: string, limits: TomlLimits = {}): TomlTable {
  const maxLength = limits.maxLength ?? MAX_TOML_LENGTH;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > maxLength) {
    throw new InputError(`${path}: TOML file larger than ${maxLength} characters`, {
      path,
      hint: 'The file is not one a package manager writes; exclude it with --exclude.',
    });
  }
  try {
    const maxDepth = limits.maxDepth ?? MAX_TOML_DEPTH;
    return parse(body, { maxDepth, unsafeKeyBehaviour: 'drop' }) as TomlTable;
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
