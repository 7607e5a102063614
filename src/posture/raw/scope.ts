import { isUnder } from '../../workspace/subpath.js';

/**
 * `--subpath`: the folder the file-based checks look at. Repository-level configuration (workflows,
 * update tools, CODEOWNERS, security-insights.yml) is still read at the root, and a folder without
 * its own security policy or license falls back to the root's: what applies to each check is listed
 * in SUBPATH_SCOPE (posture/subpath-scope.ts).
 */
export interface FileScope {
  subpath: string;
  /** The files under the subpath, relative to the root, in file-list order. */
  paths: string[];
  /** The same files relative to the subpath (`packages/a/SECURITY.md` -> `SECURITY.md`). */
  relative: string[];
}

export function fileScope(paths: readonly string[], subpath: string): FileScope {
  const inside = paths.filter((p) => isUnder(p, subpath));
  return { subpath, paths: inside, relative: inside.map((p) => p.slice(subpath.length + 1)) };
}

/**
 * Looks in the subpath first, its files seen from it (so `SECURITY.md` means
 * `<subpath>/SECURITY.md`; `collect` prefixes what it reports with `prefix`), then, when nothing is
 * found there, in the whole repository from the root.
 */
export function subpathThenRoot<T>(
  scope: FileScope | undefined,
  all: readonly string[],
  collect: (paths: readonly string[], prefix: string) => T,
  found: (facts: T) => boolean,
): T {
  if (scope) {
    const local = collect(scope.relative, `${scope.subpath}/`);
    if (found(local)) return local;
  }
  return collect(all, '');
}
