import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../core/errors/index.js';

/** Writes a file atomically (temporary file + rename), so a failed run never leaves half a report. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new InputError(`cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      path,
      hint: 'Check that the folder exists and is writable.',
    });
  }
}

/** Writes to stdout and resolves once flushed; a closed pipe (`| head`) is not an error. */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') resolve();
    });
    process.stdout.write(text, () => resolve());
  });
}
