/**
 * Benchmark child: opens the database read-only and looks up the packages listed in a JSON file
 * ([ecosystem, name][]); writes {openMs, lookupMs, records, hits, peakRssKb} to the result file.
 * Usage: query-child.ts <db> <packages.json> <result.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { peakRssKb } from './hwm.js';

// The database module under test: the built one (dist/) when the benchmark found it fresh, else the sources.
type Db = typeof import('../../src/vuln/db/index.js');
const { openDatabase } = (await import(
  process.env.STERLING_BENCH_DB_MODULE ?? '../../src/vuln/db/index.js'
)) as Db;

const [dbPath, packagesPath, resultPath] = process.argv.slice(2);
const packages = JSON.parse(readFileSync(packagesPath!, 'utf8')) as Array<[string, string]>;
const t0 = performance.now();
const db = openDatabase(dbPath!, { readonly: true });
const t1 = performance.now();
let records = 0;
let hits = 0;
for (const [eco, name] of packages) {
  const found = db.lookup(eco, name);
  records += found.length;
  if (found.length > 0) hits++;
}
const t2 = performance.now();
db.close();
writeFileSync(
  resultPath!,
  JSON.stringify({ openMs: t1 - t0, lookupMs: t2 - t1, records, hits, peakRssKb: peakRssKb() }),
);
