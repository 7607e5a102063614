import { closeSync, fstatSync, readSync } from 'node:fs';
import { openInside } from '../../workspace/open-inside.js';

/**
 * The first `n` bytes of a file in the tree, or undefined when it cannot be read safely (leaves
 * the root through a link, is not a regular file, or is unreadable). Same rules as Workspace.read
 * (one openInside), which reads whole files as text; binary detection needs only the head's bytes.
 */
export function readHead(root: string, rel: string, n: number): Buffer | undefined {
  const opened = openInside(root, rel, true);
  if (!opened.ok) return undefined;
  const fd = opened.fd;
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
