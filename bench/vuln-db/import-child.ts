/**
 * Benchmark child: imports all.zip files into a new database and writes {records, importMs,
 * sizeBytes, peakRssKb} as JSON to the result file. Usage: import-child.ts <db> <result.json> <zip>...
 */
import { statSync, writeFileSync } from 'node:fs';
import { peakRssKb } from './hwm.js';

// The database module under test: the built one (dist/) when the benchmark found it fresh, else the sources.
type Db = typeof import('../../src/vuln/db/index.js');
const { importRecords, openDatabase } = (await import(
  process.env.STERLING_BENCH_DB_MODULE ?? '../../src/vuln/db/index.js'
)) as Db;

const [dbPath, resultPath, ...zips] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const t0 = performance.now();
const report = await importRecords(db, zips);
const importMs = performance.now() - t0;
db.close();
writeFileSync(
  resultPath!,
  JSON.stringify({
    records: report.inserted,
    invalid: report.invalid,
    importMs,
    sizeBytes: statSync(dbPath!).size,
    peakRssKb: peakRssKb(),
  }),
);
