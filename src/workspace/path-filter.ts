import { matchGlob, matchSegment } from '../core/parse/glob.js';

/**
 * A user's `--include` / `--exclude` pattern, matched against POSIX paths relative to the scanned
 * root. A pattern without `/` matches a file or folder name at any depth (`vendor`, `*.lock`,
 * `Cargo.lock`); a pattern with `/` (also a leading `./` or `/`) matches from the root (`services/api`, `packages/*\/legacy`,
 * `**\/examples/**`). A pattern that matches a folder covers everything under it. Wildcards: `*`, `?`,
 * `**` (no braces or classes); matching uses no regular expressions.
 */
export interface PathPattern {
  /** The pattern as the user wrote it. */
  text: string;
  /** Normalised: no `./` prefix, no trailing `/`, backslashes as `/`. */
  glob: string;
  anchored: boolean;
}

/**
 * Normalises a pattern; undefined when nothing is left (`./`, `/`). A leading `/` or `./` anchors
 * a name at the root (`./package-lock.json` is the root lockfile only).
 */
export function pathPattern(text: string): PathPattern | undefined {
  let glob = text.replace(/\\/g, '/');
  const rooted = glob.startsWith('/') || glob.startsWith('./');
  while (glob.startsWith('./')) glob = glob.slice(2);
  glob = glob.replace(/^\/+/, '').replace(/\/+$/, '');
  if (glob === '' || glob === '.') return undefined;
  return { text, glob, anchored: rooted || glob.includes('/') };
}

/** True when the pattern matches this exact path (a file or a folder), not counting folders above it. */
export function matchesExactly(p: PathPattern, path: string): boolean {
  if (!p.anchored) {
    const slash = path.lastIndexOf('/');
    return matchSegment(p.glob, slash < 0 ? path : path.slice(slash + 1));
  }
  return matchGlob(p.glob, path);
}

/** True when the pattern matches the path or one of the folders above it. */
export function matchesPath(p: PathPattern, path: string): boolean {
  if (matchesExactly(p, path)) return true;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
    if (matchesExactly(p, path.slice(0, i))) return true;
  }
  return false;
}

/** The first pattern that matches the path (or a folder above it), if any. */
export function firstMatch(patterns: readonly PathPattern[], path: string): PathPattern | undefined {
  for (const p of patterns) if (matchesPath(p, path)) return p;
  return undefined;
}
