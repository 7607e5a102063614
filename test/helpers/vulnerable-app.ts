import { cpSync } from 'node:fs';
import { importRecords, openDatabase } from '../../src/vuln/db/index.js';
import { repoPath, sharedPath } from './shared.js';

/** The Node.js security WG advisories in ../shared (pass to `needsShared` to skip without them). */
export const NSWG = ['osv-sample', 'npm-nodejs-security-wg-osv'] as const;

/** Copies test/fixtures/vulnerable-npm-app to `app` and imports the NSWG advisories into the database `db`. */
export async function vulnerableApp(app: string, db: string): Promise<void> {
  cpSync(repoPath('test', 'fixtures', 'vulnerable-npm-app'), app, { recursive: true });
  const handle = openDatabase(db);
  try {
    await importRecords(handle, [sharedPath(...NSWG)]);
  } finally {
    handle.close();
  }
}
