import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export const DB_FILE_NAME = 'osv.sqlite';

/** The public OSV export bucket: `<base>/<ECOSYSTEM>/all.zip`. */
export const DEFAULT_OSV_BASE_URL = 'https://osv-vulnerabilities.storage.googleapis.com';

/**
 * Where the vulnerability database lives: $STERLING_DB, else the user cache folder —
 * $XDG_CACHE_HOME/sterling (or ~/.cache/sterling) on Linux and other Unixes,
 * ~/Library/Caches/sterling on macOS, %LOCALAPPDATA%\sterling on Windows.
 */
export function defaultDatabasePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const explicit = env.STERLING_DB;
  if (explicit !== undefined && explicit !== '') return explicit;
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || win32.join(env.USERPROFILE || homedir(), 'AppData', 'Local');
    return win32.join(local, 'sterling', DB_FILE_NAME);
  }
  const home = env.HOME || homedir();
  if (platform === 'darwin') return posix.join(home, 'Library', 'Caches', 'sterling', DB_FILE_NAME);
  // XDG: a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  const cache = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.cache');
  return posix.join(cache, 'sterling', DB_FILE_NAME);
}
