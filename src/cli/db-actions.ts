/** The actions of `sterling db`, loaded only when a db command runs (they need SQLite and zip code). */
import { existsSync } from 'node:fs';
import { sanitizeTerminal } from '../report/text/sanitize.js';
import {
  defaultDatabasePath,
  HOW_TO_GET_A_DATABASE,
  importRecords,
  noEcosystemsError,
  OldSchemaError,
  openDatabase,
  osvBaseUrl,
  UpdateError,
  updateDatabase,
  type VulnDb,
} from '../vuln/db/index.js';
import { formatBytes, renderImport, renderProblems, renderStatus, renderUpdate } from './db-render.js';
import { EXIT } from './exit-codes.js';
import { writeStdout } from './output.js';
import type { CliIO } from './run-scan.js';

export interface DbFlags {
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

function dbPath(flags: DbFlags, io: CliIO): string {
  return flags.db ?? defaultDatabasePath(io.env);
}

/** One status line on stderr, redrawn in place, when stderr is a terminal and --quiet is not given. */
function progressLine(io: CliIO, flags: DbFlags): { show(text: string): void; done(): void } {
  const on = !flags.quiet && io.stderr.isTTY === true;
  let last = 0;
  let shown = false;
  return {
    show(text) {
      const now = Date.now();
      if (!on || now - last < 100) return;
      last = now;
      shown = true;
      io.stderr.write(
        `\r\u001b[2K${sanitizeTerminal(text).slice(0, Math.max(20, (io.stderr.columns ?? 80) - 1))}`,
      );
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}

function withDb<T>(path: string, fn: (db: VulnDb) => Promise<T>): Promise<T> {
  const db = openDatabase(path);
  return fn(db).finally(() => db.close());
}

export async function runImport(inputs: string[], flags: DbFlags, io: CliIO): Promise<number> {
  const progress = progressLine(io, flags);
  const report = await withDb(dbPath(flags, io), (db) =>
    importRecords(db, inputs, {
      onProgress: (n) => progress.show(`Importing: ${n.toLocaleString('en-US')} records read`),
    }),
  ).finally(() => progress.done());
  await writeStdout(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderImport(report));
  io.stderr.write(renderProblems(report, 'problem'));
  if (report.invalid + report.skipped === 0) return EXIT.ok;
  io.stderr.write('Some records or files were not imported (listed above); the rest was imported.\n');
  return EXIT.input;
}

export interface UpdateFlags extends DbFlags {
  ecosystem?: string[];
  baseUrl?: string;
}

export async function runUpdate(flags: UpdateFlags, io: CliIO): Promise<number> {
  const progress = progressLine(io, flags);
  const baseUrl = osvBaseUrl(io.env, flags.baseUrl);
  const print = async (text: string) => writeStdout(text);
  const path = dbPath(flags, io);
  if (!flags.ecosystem?.length && !existsSync(path)) throw noEcosystemsError();
  try {
    const report = await withDb(path, (db) =>
      updateDatabase(db, {
        baseUrl,
        ecosystems: flags.ecosystem ?? [],
        onProgress: (e) => {
          if (e.stage === 'download') {
            const of = e.total ? ` of ${formatBytes(e.total)}` : '';
            progress.show(`${e.ecosystem}: downloading ${formatBytes(e.bytes)}${of}`);
          } else if (e.stage === 'import')
            progress.show(`${e.ecosystem}: importing, ${e.records} records read`);
        },
      }),
    ).finally(() => progress.done());
    await print(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderUpdate(report));
    for (const e of report.ecosystems) if (e.import) io.stderr.write(renderProblems(e.import, 'warning'));
    return EXIT.ok;
  } catch (err) {
    // What did succeed is still reported; main prints the error with its hint and exits 4.
    if (err instanceof UpdateError && err.report.ecosystems.length > 0) {
      await print(flags.json ? `${JSON.stringify(err.report, null, 2)}\n` : renderUpdate(err.report));
    }
    throw err;
  }
}

export async function runStatus(flags: DbFlags, io: CliIO): Promise<number> {
  const path = dbPath(flags, io);
  if (!existsSync(path)) {
    const text = flags.json
      ? `${JSON.stringify({ path, exists: false }, null, 2)}\n`
      : `No vulnerability database yet at ${sanitizeTerminal(path)}.\n${HOW_TO_GET_A_DATABASE}\n`;
    await writeStdout(text);
    return EXIT.ok;
  }
  let db: VulnDb;
  try {
    db = openDatabase(path, { readonly: true });
  } catch (err) {
    if (!(err instanceof OldSchemaError)) throw err;
    db = openDatabase(path); // migrates
  }
  try {
    const status = db.status();
    await writeStdout(
      flags.json ? `${JSON.stringify({ ...status, exists: true }, null, 2)}\n` : renderStatus(status),
    );
  } finally {
    db.close();
  }
  return EXIT.ok;
}
