/**
 * Names of the temporary download files kept beside the database, and the removal of those a killed
 * process left behind (their process id is in the name; a live process's file is left alone).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const SUFFIX = '.download.zip';

export function tempDownloadPath(dbPath: string): string {
  return join(
    dirname(dbPath),
    `.${basename(dbPath)}.${process.pid}.${randomBytes(4).toString('hex')}${SUFFIX}`,
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes download files of processes that no longer run; returns how many. */
export function removeStaleDownloads(dbPath: string): number {
  const prefix = `.${basename(dbPath)}.`;
  let entries: string[];
  try {
    entries = readdirSync(dirname(dbPath));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of entries) {
    if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length, name.indexOf('.', prefix.length)));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    rmSync(join(dirname(dbPath), name), { force: true });
    removed++;
  }
  return removed;
}
