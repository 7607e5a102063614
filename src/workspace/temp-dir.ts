import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary folder that is removed by `remove()`, or when the process is interrupted. */
export interface TempDir {
  path: string;
  /** Removes the folder. Safe to call twice. */
  remove(): Promise<void>;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const live = new Set<string>();

/**
 * On an interrupt the process would die without running `finally` blocks: remove the live
 * folders synchronously, then let the signal do what it would have done (the default handler).
 */
function onSignal(signal: NodeJS.Signals): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstall(): void {
  for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** Creates a fresh temporary folder (`<tmp>/<prefix>XXXXXX`), removed on `remove()`, SIGINT, SIGTERM or SIGHUP. */
export async function makeTempDir(prefix: string): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  if (live.size === 0) install();
  live.add(path);
  return {
    path,
    async remove() {
      if (live.delete(path) && live.size === 0) uninstall();
      await rm(path, { recursive: true, force: true });
    },
  };
}

/** How many temporary folders are live (for tests). */
export function liveTempDirs(): number {
  return live.size;
}
