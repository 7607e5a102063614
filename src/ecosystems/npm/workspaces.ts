import { posix } from 'node:path';
import { matchGlob } from '../../core/parse/glob.js';

function normalizeGlob(g: string): string {
  let s = g.trim().replaceAll('\\', '/');
  while (s.startsWith('./')) s = s.slice(2);
  while (s.endsWith('/')) s = s.slice(0, -1);
  return s;
}

/**
 * Whether a folder (relative to the workspace root, `/`-separated) is a member under the workspace
 * `globs` of a package.json or lockfile: matched by a glob and by no negated one (`!pattern`).
 */
export function workspaceMatcher(globs: readonly string[]): (folder: string) => boolean {
  const include = globs.filter((g) => !g.startsWith('!')).map(normalizeGlob);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => normalizeGlob(g.slice(1)));
  if (include.length === 0) return () => false;
  return (folder) => include.some((g) => matchGlob(g, folder)) && !exclude.some((g) => matchGlob(g, folder));
}

/**
 * Folders (relative to the scanned root) of workspace members declared by `globs` in the
 * package.json at `rootDir`, resolved against the files the walk found (no extra file system access).
 * The result is sorted and never contains rootDir itself.
 */
export function resolveWorkspaceDirs(
  rootDir: string,
  globs: readonly string[],
  files: readonly string[],
): string[] {
  const isMember = workspaceMatcher(globs);
  const prefix = rootDir === '.' || rootDir === '' ? '' : `${rootDir}/`;
  const out = new Set<string>();
  for (const file of files) {
    if (!file.endsWith('package.json') || !file.startsWith(prefix)) continue;
    if (posix.basename(file) !== 'package.json') continue;
    const rel = posix.dirname(file.slice(prefix.length));
    if (rel === '.' || rel.split('/').includes('node_modules')) continue;
    if (isMember(rel)) out.add(prefix + rel);
  }
  return [...out].sort();
}
