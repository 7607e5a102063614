/**
 * Walks an import folder: iterative, sorted, bounded (file count, depth, file size). Symbolic links
 * are never followed — neither folders nor files — so nothing outside the given root is read; each
 * one is reported. Files are opened with O_NOFOLLOW and read up to their size cap.
 */
import { closeSync, constants, type Dirent, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';

export type WalkItem =
  | { kind: 'file'; rel: string; abs: string }
  | { kind: 'skipped'; rel: string; reason: string };

const MAX_DEPTH = 64;

export function walkFolder(root: string, maxFiles: number): WalkItem[] {
  const out: WalkItem[] = [];
  let files = 0;
  const stack: Array<{ rel: string; depth: number }> = [{ rel: '', depth: 0 }];
  while (stack.length > 0) {
    const { rel, depth } = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch (err) {
      out.push({
        kind: 'skipped',
        rel: rel || '.',
        reason: `unreadable (${(err as NodeJS.ErrnoException).code})`,
      });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink())
        out.push({ kind: 'skipped', rel: childRel, reason: 'symbolic link (not followed)' });
      else if (e.isDirectory()) {
        if (e.name === '.git') continue;
        if (depth + 1 > MAX_DEPTH) {
          out.push({ kind: 'skipped', rel: childRel, reason: `deeper than ${MAX_DEPTH} folders` });
        } else subdirs.push(childRel);
      } else if (e.isFile()) {
        if (++files > maxFiles) {
          out.push({
            kind: 'skipped',
            rel: childRel,
            reason: `more than ${maxFiles} files in the folder; stopped`,
          });
          return out;
        }
        out.push({ kind: 'file', rel: childRel, abs: join(root, childRel) });
      }
    }
    // Files of a folder first, then its sub-folders in name order (a stack pops the last pushed first).
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push({ rel: subdirs[i]!, depth: depth + 1 });
  }
  return out;
}

/**
 * Reads a regular file as UTF-8 if it is at most `max` bytes; else the reason. Found in a folder,
 * it is opened with O_NOFOLLOW (never through a link); named by the user (`follow`), links are fine.
 */
export function readFileCapped(
  path: string,
  max: number,
  follow = false,
): { text: string } | { reason: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (follow ? 0 : constants.O_NOFOLLOW));
  } catch (err) {
    return { reason: `unreadable (${(err as NodeJS.ErrnoException).code})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { reason: 'not a regular file' };
    if (st.size > max) return { reason: `${st.size} bytes (limit ${max})` };
    // One byte more than expected detects a file that grew since it was measured.
    const buf = Buffer.allocUnsafe(st.size + 1);
    let done = 0;
    for (;;) {
      const n = readSync(fd, buf, done, buf.length - done, done);
      if (n === 0) break;
      done += n;
      if (done > max) return { reason: `over ${max} bytes (limit)` };
      if (done === buf.length) return { reason: 'the file changed while it was read' };
    }
    return { text: buf.toString('utf8', 0, done) };
  } catch (err) {
    return { reason: `unreadable (${(err as NodeJS.ErrnoException).code})` };
  } finally {
    closeSync(fd);
  }
}
