import { constants, openSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SkippedPath } from '../core/model/diagnostic.js';

export type OpenResult = { ok: true; fd: number } | { ok: false; skip: SkippedPath };

/**
 * Opens a file of the tree read-only, never through a link that leaves `root`. `resolve` says
 * whether the path may pass through a link (a linked file, or any file under a folder); a plain
 * root-level file is opened directly, with O_NOFOLLOW. The caller closes the descriptor.
 */
export function openInside(root: string, rel: string, resolve: boolean): OpenResult {
  if (rel.split('/').some((s) => s === '..' || s === '') || rel.startsWith('/')) {
    return { ok: false, skip: { path: rel, reason: 'unreadable', detail: 'path leaves the scanned folder' } };
  }
  const abs = join(root, rel);
  try {
    if (!resolve) return { ok: true, fd: openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW) };
    // A parent folder or the file itself may be a link: check where it really is.
    const real = realpathSync(abs);
    const r = relative(root, real);
    if (r.startsWith(`..${sep}`) || r === '..' || r.startsWith(sep)) {
      return { ok: false, skip: { path: rel, reason: 'symlink-outside-root' } };
    }
    return { ok: true, fd: openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW) };
  } catch (err) {
    return {
      ok: false,
      skip: { path: rel, reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code },
    };
  }
}
