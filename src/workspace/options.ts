/**
 * Folders not descended into unless the user says otherwise (`--no-default-excludes`): VCS data,
 * installed dependencies and vendored code. Test, example and fixture folders are walked, and what
 * is found there is tagged (see file-tags.ts). Every skipped folder is listed in the result.
 */
export const DEFAULT_EXCLUDED_DIRS: readonly string[] = [
  '.git',
  '.hg',
  '.svn',
  '.yarn',
  'bower_components',
  'jspm_packages',
  'node_modules',
  'third_party',
  'vendor',
];

export interface WorkspaceOptions {
  /**
   * Folders to skip: names (any depth), paths from the root, or patterns (see path-filter.ts).
   * Defaults to DEFAULT_EXCLUDED_DIRS.
   */
  excludeDirs?: readonly string[];
  /** Largest file read, in bytes (default 64 MiB). Larger files are skipped and reported. */
  maxFileSize?: number;
  /** Stop walking after this many files (default 500,000); the rest is reported as skipped. */
  maxFiles?: number;
  /** Deepest folder nesting walked (default 64). */
  maxDepth?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
export const DEFAULT_MAX_FILES = 500_000;
export const DEFAULT_MAX_DEPTH = 64;

/** Parses a size like `64MB`, `512k`, `1048576` into bytes; undefined when malformed. */
export function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * unit);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
