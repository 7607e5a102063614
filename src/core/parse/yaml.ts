import yaml from 'js-yaml';
import { InputError } from '../errors/index.js';

/** Aliases accepted in a YAML lockfile. Package managers write none; a "billion laughs" document needs many. */
export const MAX_YAML_ALIASES = 100;

/**
 * Counts alias references (`*name` in value position) without a backtracking regular expression.
 * Over-counts are possible inside quoted strings, which only makes the guard stricter.
 */
export function countYamlAliases(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 42) continue; // '*'
    const before = i === 0 ? 32 : text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    const valueStart = before === 32 || before === 9 || before === 91 || before === 44 || before === 123;
    const nameChar =
      (after >= 48 && after <= 57) ||
      (after >= 65 && after <= 90) ||
      (after >= 97 && after <= 122) ||
      after === 95;
    if (valueStart && nameChar) count++;
  }
  return count;
}

export interface YamlParseOptions {
  /** `failsafe` keeps every scalar a string (`1.10` stays "1.10"); `core` types booleans and numbers. */
  schema?: 'failsafe' | 'core';
}

/** Parses YAML with js-yaml (fast on large lockfiles), bounding aliases; errors name the file and line. */
export function parseYamlFile(text: string, path: string, options: YamlParseOptions = {}): unknown {
  const aliases = countYamlAliases(text);
  if (aliases > MAX_YAML_ALIASES) {
    throw new InputError(`${path}: YAML uses ${aliases} aliases (limit ${MAX_YAML_ALIASES})`, {
      path,
      hint: 'Lockfiles written by package managers use no aliases; this file may be hostile.',
    });
  }
  try {
    return yaml.load(text, {
      filename: path,
      schema: options.schema === 'core' ? yaml.CORE_SCHEMA : yaml.FAILSAFE_SCHEMA,
      json: true,
    });
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? mark.line + 1 : undefined;
    const reason = (err as { reason?: string }).reason ?? (err instanceof Error ? err.message : String(err));
    throw new InputError(`${path}${line ? `:${line}` : ''}: not valid YAML (${reason})`, {
      path,
      line,
      hint: 'Regenerate the file with its package manager, or exclude it with --exclude.',
    });
  }
}
