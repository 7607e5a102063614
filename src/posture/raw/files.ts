import type { SkippedPath } from '../../core/model/diagnostic.js';
import type { Workspace } from '../../workspace/workspace.js';
import { gitRead } from './git.js';
import { type FileScope, fileScope } from './scope.js';

export interface FileFacts {
  /** Relative POSIX paths in the order Scorecard visits them (folder by folder, names sorted). */
  paths: string[];
  source: 'git-tracked' | 'walk';
  skipped: SkippedPath[];
  /** `--subpath`: the folder the file-based checks are scoped to, and its files. */
  scope?: FileScope;
}

/** Paths listed at most from `git ls-files` (the walk has its own cap). */
const MAX_TRACKED = 500_000;

/**
 * The files posture looks at. In a git work tree: the files git tracks (what Scorecard sees through
 * the forge: no build output, no installed dependencies). Elsewhere: the workspace walk (bounded,
 * default exclusions apply). With a subpath, all of them still (repository-level configuration is
 * read at the root), plus the scope: the files under the subpath.
 */
export async function collectFiles(ws: Workspace, gitRoot: boolean, subpath?: string): Promise<FileFacts> {
  const facts = await listFiles(ws, gitRoot);
  if (subpath === undefined) return facts;
  // A walked folder: the subpath is walked from itself, as for the inventory (a subpath inside a
  // folder the walk skips by default, e.g. vendor/x, is still what the user asked for).
  const inScope = facts.source === 'walk' ? sortWalkOrder(ws.walk(subpath).files) : facts.paths;
  return { ...facts, scope: fileScope(inScope, subpath) };
}

async function listFiles(ws: Workspace, gitRoot: boolean): Promise<FileFacts> {
  if (gitRoot) {
    try {
      const out = await gitRead(ws.root, ['ls-files', '-z', '--cached'], 256 * 1024 * 1024);
      const paths = out.split('\0').filter((p) => p.length > 0);
      if (paths.length > 0) {
        const skipped: SkippedPath[] = [];
        if (paths.length > MAX_TRACKED) {
          skipped.push({ path: '.', reason: 'too-many-files', detail: `stopped after ${MAX_TRACKED} files` });
        }
        return { paths: sortWalkOrder(paths.slice(0, MAX_TRACKED)), source: 'git-tracked', skipped };
      }
    } catch {
      // Fall through to the walk: the folder is still readable.
    }
  }
  const walked = ws.walk();
  return { paths: sortWalkOrder(walked.files), source: 'walk', skipped: walked.skipped };
}

/**
 * Sorts like Go's filepath.Walk (Scorecard's local client): segment by segment, so `a/b` comes
 * before `a.txt` (the folder `a` sorts before the name `a.txt`).
 */
export function sortWalkOrder(paths: string[]): string[] {
  const split = paths.map((p) => ({ p, s: p.split('/') }));
  split.sort((x, y) => {
    const n = Math.min(x.s.length, y.s.length);
    for (let i = 0; i < n; i++) {
      const a = x.s[i]!;
      const b = y.s[i]!;
      if (a !== b) return a < b ? -1 : 1;
    }
    return x.s.length - y.s.length;
  });
  return split.map((e) => e.p);
}

/** Scorecard leaves test data out of content checks (binary artifacts, fuzzing). */
export function isTestdataPath(path: string): boolean {
  return (
    path.startsWith('testdata/') ||
    path.includes('/testdata/') ||
    path.startsWith('src/test/') ||
    path.includes('/src/test/')
  );
}
