/**
 * Finds and reads the project config: `sterling.yaml` (or `.sterling.yaml`, `sterling.yml`) at the
 * scanned root, or the file given with `--config`. The text goes through the bounded YAML guard
 * (size, aliases), then the strict zod schema; every problem is an InputError naming file and line.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../core/errors/index.js';
import { parseYamlFile } from '../core/parse/yaml.js';
import { noProjectConfig } from './defaults.js';
import { CONFIG_DOCS, configError } from './issues.js';
import { yamlPositions } from './positions.js';
import { readUserFile } from './read-file.js';
import {
  type AttestationEntry,
  CONFIG_FILE_NAMES,
  type IgnoreEntry,
  type PostureSuppressEntry,
  PROJECT_CONFIG,
  type ProjectConfig,
} from './schema.js';

/** Largest config file read; a real one is a few kilobytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedProjectConfig {
  /** The validated config, defaults filled in (the defaults alone when there is no file). */
  config: ProjectConfig;
  /** Absolute path of the file read, undefined when none. */
  path: string | undefined;
  /** The file as shown in messages and suppression sources: relative to the root when inside it. */
  displayPath: string | undefined;
  /** `config.ignore` with file and line, ready for applySuppressions. */
  ignores: IgnoreEntry[];
  /** `config.baseline.attest` with file and line. */
  attestations: AttestationEntry[];
  /** `config.posture.suppress` with file and line. */
  suppressions: PostureSuppressEntry[];
}

/**
 * The project config for a scan of `rootDir`. With `explicitPath` (`--config FILE`, relative to the
 * working directory) that file must exist; otherwise the root is searched for one of
 * CONFIG_FILE_NAMES, and the defaults apply when there is none. Throws InputError for an unreadable,
 * oversized or invalid file, or when the root holds more than one config file.
 */
export function loadProjectConfig(rootDir: string, explicitPath?: string): LoadedProjectConfig {
  const root = resolve(rootDir);
  const path = explicitPath === undefined ? findConfig(root) : resolve(explicitPath);
  if (path === undefined) return noProjectConfig();
  const displayPath = explicitPath === undefined ? relative(root, path) : showPath(explicitPath, root, path);
  const text = readUserFile(path, displayPath, {
    maxBytes: MAX_CONFIG_BYTES,
    what: 'config file',
    missingHint: 'Check the path given with --config.',
    tooLargeHint: 'A config file is a few kilobytes; check that this is the right file.',
  });
  const { config, lines, attestLines, suppressLines } = parseProjectConfig(text, displayPath);
  return {
    config,
    path,
    displayPath,
    ignores: located(config.ignore, lines, displayPath),
    attestations: located(config.baseline?.attest ?? [], attestLines, displayPath),
    suppressions: located(config.posture?.suppress ?? [], suppressLines, displayPath),
  };
}

/** Entries of a list in the file, each with the file and its line. */
function located<T extends object>(
  rules: readonly T[],
  lines: ReadonlyArray<number | undefined>,
  source: string,
): Array<T & { source: string; line?: number }> {
  return rules.map((rule, i) => {
    const line = lines[i];
    return line === undefined ? { ...rule, source } : { ...rule, source, line };
  });
}

export interface ParsedProjectConfig {
  config: ProjectConfig;
  /** 1-based line of each `ignore` entry. */
  lines: Array<number | undefined>;
  /** 1-based line of each `baseline.attest` entry. */
  attestLines: Array<number | undefined>;
  /** 1-based line of each `posture.suppress` entry. */
  suppressLines: Array<number | undefined>;
}

/**
 * Parses and validates a config text. `file` names it in errors. Returns the config and the 1-based
 * line of each entry of its lists.
 */
export function parseProjectConfig(text: string, file: string): ParsedProjectConfig {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const data = parseYamlFile(body, file, { schema: 'core' });
  const positions = yamlPositions(body);
  if (positions.problem) {
    const { code, message, line } = positions.problem;
    const what =
      code === 'DUPLICATE_KEY' ? 'a key is written twice in one mapping (YAML would keep only one)' : message;
    throw new InputError(`${file}${line ? `:${line}` : ''}: ${what}`, {
      path: file,
      line,
      hint: `Keep one of them (see ${CONFIG_DOCS}).`,
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(`${file}: expected a YAML mapping that starts with \`version: 1\``, {
      path: file,
      hint: `See ${CONFIG_DOCS} for an example.`,
    });
  }
  const parsed = PROJECT_CONFIG.safeParse(data);
  if (!parsed.success) throw configError(parsed.error, PROJECT_CONFIG, data, positions, file);
  const lines = parsed.data.ignore.map((_, i) => positions.lineOf(['ignore', i]));
  const attestLines = (parsed.data.baseline?.attest ?? []).map((_, i) =>
    positions.lineOf(['baseline', 'attest', i]),
  );
  const suppressLines = (parsed.data.posture?.suppress ?? []).map((_, i) =>
    positions.lineOf(['posture', 'suppress', i]),
  );
  return { config: parsed.data, lines, attestLines, suppressLines };
}

function findConfig(root: string): string | undefined {
  const found: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = join(root, name);
    try {
      lstatSync(candidate);
      found.push(candidate);
    } catch {
      // absent
    }
  }
  if (found.length > 1) {
    const names = found.map((p) => relative(root, p));
    throw new InputError(`${names.join(' and ')} both exist in ${root}; Sterling reads one config file`, {
      path: found[0],
      hint: `Merge them into ${names[0]} and delete the other.`,
    });
  }
  const path = found[0];
  if (path !== undefined) assertInside(root, path, relative(root, path));
  return path;
}

/** A config file at the root that is a symlink must not lead out of the scanned folder. */
function assertInside(root: string, path: string, shown: string): void {
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(path);
    realRoot = realpathSync(root);
  } catch (err) {
    throw unreadable(shown, err);
  }
  if (!isInside(relative(realRoot, real))) {
    throw new InputError(`${shown}: is a symlink to a file outside the scanned folder; not read`, {
      path: shown,
      hint: 'Replace the symlink by the file, or pass the file with --config.',
    });
  }
}

/** Whether a path relative to the root (from `relative`) names something strictly inside it. */
function isInside(rel: string): boolean {
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function showPath(given: string, root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return isInside(rel) ? rel : given;
}

function unreadable(shown: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code ?? String(err);
  return new InputError(`${shown}: cannot read the config file (${code})`, { path: shown });
}
