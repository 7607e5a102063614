import { lstatSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { InputError, UsageError } from '../core/errors/index.js';

const EXAMPLE = 'Give a folder relative to the target, e.g. --subpath packages/api.';

/**
 * Checks `--subpath` against the target's root and returns it normalised (POSIX separators, no
 * `./`, no trailing `/`), or undefined when it names the root itself. The folder must exist inside
 * the root and be reached without `..`, an absolute path or a symbolic link: files under a linked
 * folder are not the repository's files at that path (git does not track them there, and the walk
 * does not follow folder links).
 */
export function resolveSubpath(root: string, text: string): string | undefined {
  const shown = JSON.stringify(text);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is rejected
  if (text.trim() === '' || /[\u0000-\u001f\u007f]/.test(text) || text.length > 4096) {
    throw new UsageError(`--subpath ${shown}: not a usable folder path`, EXAMPLE);
  }
  const posix = text.replace(/\\/g, '/');
  if (posix.startsWith('/') || /^[A-Za-z]:/.test(posix)) {
    throw new UsageError(`--subpath ${text}: must be relative to the target's root, not absolute`, EXAMPLE);
  }
  const segments = posix.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) {
    throw new UsageError(`--subpath ${text}: must stay inside the target (no "..")`, EXAMPLE);
  }
  if (segments.some((s) => s.toLowerCase() === '.git')) {
    throw new UsageError(`--subpath ${text}: git's own folder is not part of the project`, EXAMPLE);
  }
  if (segments.length === 0) return undefined;
  const sub = segments.join('/');
  for (let i = 1; i <= segments.length; i++) {
    const part = segments.slice(0, i).join('/');
    const abs = join(root, ...segments.slice(0, i));
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (st === undefined) {
      throw new InputError(`--subpath ${sub}: no such folder in the target (${part} does not exist)`, {
        path: sub,
        hint: `${EXAMPLE} Paths are relative to the target's root, not to the current folder.`,
      });
    }
    if (st.isSymbolicLink()) throw linkError(root, sub, part, abs);
    if (!st.isDirectory()) {
      throw new InputError(`--subpath ${sub}: ${part} is not a folder`, { path: sub, hint: EXAMPLE });
    }
  }
  return sub;
}

function linkError(root: string, sub: string, part: string, abs: string): UsageError {
  let inside: string | undefined;
  try {
    const r = relative(root, realpathSync(abs));
    if (r !== '' && r !== '..' && !r.startsWith(`..${sep}`) && !r.startsWith(sep))
      inside = r.split(sep).join('/');
  } catch {
    // A broken link: nothing to point to.
  }
  return new UsageError(
    inside === undefined
      ? `--subpath ${sub}: ${part} is a symbolic link that leads out of the target`
      : `--subpath ${sub}: ${part} is a symbolic link (to ${inside})`,
    inside === undefined ? EXAMPLE : `Give the folder itself: --subpath ${inside}${sub.slice(part.length)}`,
  );
}

/** True when `path` (POSIX, relative to the root) is `subpath` or below it. */
export function isUnder(path: string, subpath: string): boolean {
  return path.startsWith(`${subpath}/`) || path === subpath;
}
