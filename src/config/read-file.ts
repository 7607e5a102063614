import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../core/errors/index.js';

export interface ReadLimits {
  maxBytes: number;
  /** What the file is, for messages: `config file`, `VEX file`. */
  what: string;
  /** Hint when the file does not exist (e.g. which flag named it). */
  missingHint?: string;
  /** Hint when it is over the size limit. */
  tooLargeHint: string;
}

/**
 * Reads a regular file given by the user (config, VEX) as UTF-8, refusing folders, devices and FIFOs
 * (checked before opening: opening a FIFO blocks) and anything over `maxBytes`. `shown` names the
 * file in errors.
 */
export function readUserFile(path: string, shown: string, limits: ReadLimits): string {
  let fd: number;
  try {
    if (!statSync(path).isFile()) throw notAFile(shown);
    fd = openSync(path, 'r');
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new InputError(`${shown}: cannot read the ${limits.what} (${code})`, {
      path: shown,
      hint: code === 'ENOENT' ? limits.missingHint : undefined,
    });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw notAFile(shown);
    if (stat.size > limits.maxBytes) {
      throw new InputError(`${shown}: ${limits.what} is ${stat.size} bytes (limit ${limits.maxBytes})`, {
        path: shown,
        hint: limits.tooLargeHint,
      });
    }
    const buf = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buf, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function notAFile(shown: string): InputError {
  return new InputError(`${shown}: not a regular file`, { path: shown });
}
