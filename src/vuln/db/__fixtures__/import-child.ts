/**
 * Child process for the kill -9 test: imports the given inputs into the database, printing
 * `progress <n>` on stdout as it goes and `done` after the commit.
 * Usage: node --import tsx import-child.ts <db> <input>...
 */
import { importRecords, openDatabase } from '../index.js';

const [dbPath, ...inputs] = process.argv.slice(2);
const db = openDatabase(dbPath!);
await importRecords(db, inputs, { onProgress: (n) => process.stdout.write(`progress ${n}\n`) });
db.close();
process.stdout.write('done\n');
