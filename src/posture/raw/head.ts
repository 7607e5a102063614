import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The first `n` bytes of a file in the tree, or undefined when it cannot be read safely (leaves
 * the root through a link, is not a regular file, or is unreadable). Same rules as Workspace.read,
 * which reads whole files as text; binary detection needs only raw bytes of the head.
 */
export function readHead(root: string, rel: string, n: number): Buffer | undefined {
  if (rel.startsWith('/') || rel.split('/').some((s) => s === '..' || s === '')) return undefined;
  let fd: number;
  try {
    const real = realpathSync(join(root, rel));
    const r = relative(root, real);
    if (r === '' || r === '..' || r.startsWith(`..${sep}`) || r.startsWith(sep)) return undefined;
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(n);
    let got = 0;
    while (got < n) {
      const k = readSync(fd, buf, got, n - got, null);
      if (k === 0) break;
      got += k;
    }
    return buf.subarray(0, got);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
