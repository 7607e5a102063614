import { importRecords, openDatabase } from '../../src/vuln/db/index.js';
import { sharedPath } from './shared.js';

/** The Node.js security WG advisories in OSV form (../shared): tests skip when it is absent (needsShared). */
export const NSWG = ['osv-sample', 'npm-nodejs-security-wg-osv'] as const;

/** Imports the NSWG advisories into a new database at `path`. */
export async function nswgDatabase(path: string): Promise<void> {
  const handle = openDatabase(path);
  try {
    await importRecords(handle, [sharedPath(...NSWG)]);
  } finally {
    handle.close();
  }
}
