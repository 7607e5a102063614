import { closeSync, fstatSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError } from '../core/errors/index.js';
import type { SkippedPath } from '../core/model/diagnostic.js';
import { openInside } from './open-inside.js';
import {
  DEFAULT_EXCLUDED_DIRS,
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_MAX_FILES,
  type WorkspaceOptions,
} from './options.js';
import { matchesExactly, type PathPattern, pathPattern } from './path-filter.js';

export type ReadResult = { ok: true; text: string } | { ok: false; skip: SkippedPath };

/**
 * A bounded, read-only view of a directory tree. Paths are relative to the root with POSIX
 * separators. Symlinked folders are never followed; symlinked files are read only when they resolve
 * inside the root. Files over the size cap are not read. Everything not read is reported.
 */
export class Workspace {
  readonly root: string;
  private readonly excludeNames: Set<string>;
  private readonly excludePatterns: PathPattern[];
  private readonly maxFileSize: number;
  private readonly maxFiles: number;
  private readonly maxDepth: number;
  private readonly symlinks = new Set<string>();

  private constructor(root: string, options: WorkspaceOptions) {
    this.root = root;
    const excludes = (options.excludeDirs ?? DEFAULT_EXCLUDED_DIRS).flatMap((d) => pathPattern(d) ?? []);
    // Plain names are the common case: a set lookup; anything else is matched as a pattern.
    const plain = (p: PathPattern) => !p.anchored && !/[*?]/.test(p.glob);
    this.excludeNames = new Set(excludes.filter(plain).map((p) => p.glob));
    this.excludePatterns = excludes.filter((p) => !plain(p));
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    this.maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  }

  /** Opens a local directory. Throws InputError when it does not exist or is not a directory. */
  static open(path: string, options: WorkspaceOptions = {}): Workspace {
    let root: string;
    try {
      root = realpathSync(path);
    } catch {
      throw new InputError(`${path}: no such file or directory`, {
        path,
        hint: 'Give a folder or a git URL to scan.',
      });
    }
    if (!statSync(root).isDirectory()) {
      throw new InputError(`${path}: not a directory`, {
        path,
        hint: 'Give the folder that holds the lockfile.',
      });
    }
    return new Workspace(root, options);
  }

  /**
   * Walks the tree once, iteratively: all of it, or only the folder `from` (a checked subpath,
   * see subpath.ts; paths stay relative to the root). Returns sorted file paths and what was skipped.
   */
  walk(from?: string): { files: string[]; skipped: SkippedPath[] } {
    const files: string[] = [];
    const skipped: SkippedPath[] = [];
    const start = from === undefined ? { rel: '', depth: 0 } : { rel: from, depth: from.split('/').length };
    const stack: Array<{ rel: string; depth: number }> = [start];
    let truncated = false;
    while (stack.length > 0) {
      const { rel, depth } = stack.pop()!;
      let entries: import('node:fs').Dirent[];
      try {
        entries = readdirSync(join(this.root, rel), { withFileTypes: true });
      } catch (err) {
        skipped.push({ path: rel || '.', reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code });
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
      for (const e of entries) {
        const childRel = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (
            this.excludeNames.has(e.name) ||
            this.excludePatterns.some((p) => matchesExactly(p, childRel))
          ) {
            skipped.push({ path: childRel, reason: 'excluded-dir' });
          } else if (depth + 1 > this.maxDepth) {
            skipped.push({
              path: childRel,
              reason: 'too-deep',
              detail: `deeper than ${this.maxDepth} folders`,
            });
          } else {
            stack.push({ rel: childRel, depth: depth + 1 });
          }
        } else if (e.isSymbolicLink()) {
          const target = this.resolveInside(childRel);
          if (target === undefined) skipped.push({ path: childRel, reason: 'symlink-outside-root' });
          else if (target === 'dir')
            skipped.push({ path: childRel, reason: 'symlink', detail: 'folder links are not followed' });
          else if (files.length < this.maxFiles) {
            this.symlinks.add(childRel);
            files.push(childRel);
          } else truncated = true;
        } else if (e.isFile()) {
          if (files.length < this.maxFiles) files.push(childRel);
          else truncated = true;
        }
      }
    }
    if (truncated) {
      skipped.push({
        path: from ?? '.',
        reason: 'too-many-files',
        detail: `stopped after ${this.maxFiles} files`,
      });
    }
    files.sort();
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, skipped };
  }

  /** 'file' or 'dir' when the symlink resolves inside the root, undefined when outside or broken. */
  private resolveInside(rel: string): 'file' | 'dir' | undefined {
    try {
      const real = realpathSync(join(this.root, rel));
      const r = relative(this.root, real);
      if (r === '' || r.startsWith(`..${sep}`) || r === '..' || r.startsWith(sep)) return undefined;
      return statSync(real).isDirectory() ? 'dir' : 'file';
    } catch {
      return undefined;
    }
  }

  /** Reads a workspace file as UTF-8 within the size cap, never through a link that leaves the root. */
  read(rel: string): ReadResult {
    const opened = openInside(this.root, rel, this.symlinks.has(rel) || rel.includes('/'));
    if (!opened.ok) return opened;
    const fd = opened.fd;
    try {
      const st = fstatSync(fd);
      if (!st.isFile())
        return { ok: false, skip: { path: rel, reason: 'unreadable', detail: 'not a regular file' } };
      if (st.size > this.maxFileSize) {
        return {
          ok: false,
          skip: {
            path: rel,
            reason: 'file-too-large',
            detail: `${st.size} bytes, limit ${this.maxFileSize}`,
          },
        };
      }
      return readBounded(fd, rel, this.maxFileSize);
    } catch (err) {
      return {
        ok: false,
        skip: { path: rel, reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code },
      };
    } finally {
      closeSync(fd);
    }
  }
}

/** Reads at most `max` bytes; a file that grew past the cap after it was measured is skipped, not truncated. */
function readBounded(fd: number, rel: string, max: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, max + 1 - total));
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    total += n;
    if (total > max)
      return { ok: false, skip: { path: rel, reason: 'file-too-large', detail: `over ${max} bytes` } };
    chunks.push(n === buf.length ? buf : buf.subarray(0, n));
  }
  return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
}
