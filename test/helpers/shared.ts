/**
 * The one way tests reach team data in ../shared (third-party conformance fixtures, schemas, OSV
 * samples). That data is never copied into this repository. When the folder is absent (a clone
 * outside the team), tests that need it are skipped with a message naming what is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of the shared folder: $STERLING_SHARED, or ../shared beside the repository root. */
export const SHARED_ROOT = process.env.STERLING_SHARED
  ? resolve(process.env.STERLING_SHARED)
  : resolve(REPO_ROOT, '..', 'shared');

/** Absolute path of a file or folder inside ../shared. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_ROOT, ...parts);
}

/**
 * node:test `skip` option for tests that need shared data: false when present, otherwise a
 * message naming the missing path (so a skipped run says exactly why).
 */
export function needsShared(...parts: string[]): false | string {
  const p = sharedPath(...parts);
  return existsSync(p)
    ? false
    : `shared test data missing: ${p} (set STERLING_SHARED to the team's shared folder)`;
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

export function readSharedJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readShared(...parts)) as T;
}

/** Absolute path of a file in this repository. */
export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}
