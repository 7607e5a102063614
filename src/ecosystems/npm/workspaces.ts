import { posix } from 'node:path';
import { matchGlob } from '../../core/parse/glob.js';

/**
 * Folders (relative to the scanned root) of workspace members declared by `globs` in the
 * package.json at `rootDir`, resolved against the files the walk found (no extra file system access).
 * Negated globs (`!pattern`) exclude. The result is sorted and never contains rootDir itself.
 */
export function resolveWorkspaceDirs(
  rootDir: string,
  globs: readonly string[],
  files: readonly string[],
): string[] {
  const include = globs.filter((g) => !g.startsWith('!')).map((g) => normalizeGlob(g));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => normalizeGlob(g.slice(1)));
  const prefix = rootDir === '.' || rootDir === '' ? '' : `${rootDir}/`;
  const out = new Set<string>();
  for (const file of files) {
    if (!file.endsWith('package.json') || !file.startsWith(prefix)) continue;
    if (posix.basename(file) !== 'package.json') continue;
    const rel = posix.dirname(file.slice(prefix.length));
    if (rel === '.' || rel.split('/').includes('node_modules')) continue;
    if (!include.some((g) => matchGlob(g, rel))) continue;
    if (exclude.some((g) => matchGlob(g, rel))) continue;
    out.add(prefix + rel);
  }
  return [...out].sort();
}

function normalizeGlob(g: string): string {
  let s = g.trim().replace(/\\/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  while (s.endsWith('/')) s = s.slice(0, -1);
  return s;
}
