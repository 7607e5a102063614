/**
 * Vulnerability-database benchmark: prints numbers, asserts nothing (machines differ).
 *
 *   node --import tsx bench/vuln-db.ts
 *
 * Synthesizes BENCH_VULN_RECORDS (default 500,000) OSV records from the real ones in
 * ../shared/osv-sample (renamed ids and packages, eight ecosystems), writes one all.zip per
 * ecosystem, then in child processes (so peak RSS is each phase's own): imports them into a new
 * database, and opens it read-only to look up 2,000 packages — 1,600 that have records (stress) and
 * 200 that do (typical) — the rest names that no record has.
 * The same is done at BENCH_VULN_SMALL (default 50,000) records to show how RSS and query time
 * scale with database size. BENCH_QUERY_RUNS (default 5) query runs after one warm-up. BENCH_KEEP=1
 * keeps the temporary folder. Peak RSS is each child's own VmHWM (see bench/vuln-db/hwm.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sharedPath } from '../test/helpers/shared.js';
import { ChildRunner, type ChildSample } from './lib/child.js';
import { median } from './lib/measure.js';
import { mib } from './lib/table.js';
import { ECOSYSTEMS, loadTemplates, packageOf, writeAllZips } from './vuln-db/synth.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_DIR = join(BENCH_DIR, '..');
const IMPORT_CHILD = join(BENCH_DIR, 'vuln-db', 'import-child.ts');
const QUERY_CHILD = join(BENCH_DIR, 'vuln-db', 'query-child.ts');

function intEnv(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isInteger(v) && v > 0 ? v : fallback;
}

const num = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The built database module when dist/ is newer than its sources (as after `npm run build`), else undefined. */
function builtModule(): string | undefined {
  const built = join(REPO_DIR, 'dist', 'vuln', 'db', 'index.js');
  if (!existsSync(built)) return undefined;
  const newestSource = Math.max(
    ...['vuln/db', 'vuln/osv'].flatMap((d) =>
      readdirSync(join(REPO_DIR, 'src', d)).map((f) => statSync(join(REPO_DIR, 'src', d, f)).mtimeMs),
    ),
  );
  return statSync(built).mtimeMs >= newestSource ? pathToFileURL(built).href : undefined;
}

const DB_MODULE = process.env.STERLING_BENCH_DB_MODULE || builtModule();

function child(runner: ChildRunner, script: string, args: string[]): ChildSample {
  const env = DB_MODULE ? { STERLING_BENCH_DB_MODULE: DB_MODULE } : {};
  const s = runner.run({ args: ['--import', 'tsx', script, ...args], cwd: REPO_DIR, env });
  if (s.status !== 0) throw new Error(`${script} failed (exit ${s.status}):\n${s.stderr.slice(-3000)}`);
  return s;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** 2,000 packages: `hits` that exist (spread over the records), the rest names no record has. */
function queryPackages(
  templates: Parameters<typeof packageOf>[0],
  count: number,
  hits: number,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let j = 0; j < hits; j++) out.push(packageOf(templates, (j * 7919) % count));
  for (let j = hits; j < 2000; j++) out.push([ECOSYSTEMS[j % ECOSYSTEMS.length]!, `no-such-package-${j}`]);
  return out;
}

interface QueryResult {
  openMs: number;
  lookupMs: number;
  records: number;
  hits: number;
  peakRssKb: number;
}

interface SizeResult {
  records: number;
  genMs: number;
  zipBytes: number;
  importMs: number;
  importCpuMs?: number;
  importRssKb: number;
  dbBytes: number;
  queries: Array<{
    label: string;
    openMs: number;
    lookupMs: number;
    records: number;
    hits: number;
    rssKb: number;
  }>;
}

function runQueries(runner: ChildRunner, db: string, pkgs: string, out: string, runs: number): QueryResult[] {
  const results: QueryResult[] = [];
  for (let i = 0; i <= runs; i++) {
    child(runner, QUERY_CHILD, [db, pkgs, out]);
    if (i > 0) results.push(readJson<QueryResult>(out)); // the first run warms the OS page cache
  }
  return results;
}

function runSize(
  runner: ChildRunner,
  templates: ReturnType<typeof loadTemplates>,
  count: number,
  tmp: string,
  queryRuns: number,
): SizeResult {
  const dir = join(tmp, `n${count}`);
  const t0 = performance.now();
  const zips = writeAllZips(templates, count, join(dir, 'zips'));
  const genMs = performance.now() - t0;
  const zipBytes = zips.reduce((s, z) => s + statSync(z).size, 0);
  const db = join(dir, 'osv.sqlite');
  const importResult = join(dir, 'import.json');
  const imp = child(runner, IMPORT_CHILD, [db, importResult, ...zips]);
  const ir = readJson<{
    records: number;
    invalid: number;
    importMs: number;
    sizeBytes: number;
    peakRssKb: number;
  }>(importResult);
  if (ir.records !== count || ir.invalid !== 0)
    console.error(`! imported ${ir.records} of ${count} (${ir.invalid} invalid)`);
  for (const z of zips) rmSync(z);
  const res: SizeResult = {
    records: ir.records,
    genMs,
    zipBytes,
    importMs: ir.importMs,
    importRssKb: ir.peakRssKb,
    dbBytes: ir.sizeBytes,
    queries: [],
  };
  if (imp.cpuMs !== undefined) res.importCpuMs = imp.cpuMs;
  for (const [label, hits] of [
    ['2,000 packages, 1,600 with records (stress)', 1600],
    ['2,000 packages, 200 with records (typical)', 200],
  ] as const) {
    const pkgs = join(dir, `packages-${hits}.json`);
    writeFileSync(pkgs, JSON.stringify(queryPackages(templates, count, hits)));
    const q = runQueries(runner, db, pkgs, join(dir, 'query.json'), queryRuns);
    res.queries.push({
      label,
      openMs: median(q.map((x) => x.openMs)),
      lookupMs: median(q.map((x) => x.lookupMs)),
      records: q[0]!.records,
      hits: q[0]!.hits,
      rssKb: Math.max(...q.map((x) => x.peakRssKb)),
    });
  }
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  return res;
}

async function main(): Promise<void> {
  const large = intEnv('BENCH_VULN_RECORDS', 500_000);
  const small = Math.min(intEnv('BENCH_VULN_SMALL', 50_000), large);
  const queryRuns = intEnv('BENCH_QUERY_RUNS', 5);
  const cpu = cpus();
  console.log('Sterling vulnerability database benchmark');
  console.log(
    `node ${process.version} ${process.platform}/${process.arch}, ${cpu.length} x ${cpu[0]?.model ?? '?'}, ` +
      `load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  const templates = loadTemplates(sharedPath());
  console.log(
    `${templates.length} real records from ${sharedPath('osv-sample')} as templates; ${ECOSYSTEMS.length} ecosystems\n`,
  );
  const tmp = mkdtempSync(join(tmpdir(), 'sterling-bench-vulndb-'));
  try {
    const runner = new ChildRunner(tmp);
    const hwm = pathToFileURL(join(BENCH_DIR, 'vuln-db', 'hwm.ts')).href;
    const baseline = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `import(${JSON.stringify(hwm)}).then((m) => console.log(m.peakRssKb()))`],
      { cwd: REPO_DIR, encoding: 'utf8' },
    );
    console.log(
      `database module: ${DB_MODULE ? 'dist/ (built)' : 'src/ through tsx (dist/ missing or older than src/: npm run build)'}`,
    );
    console.log(`baseline: peak RSS of an empty node --import tsx process ${mib(Number(baseline.stdout))}\n`);
    const results = [small, large]
      .filter((n, i, a) => a.indexOf(n) === i)
      .map((n) => runSize(runner, templates, n, tmp, queryRuns));
    for (const r of results) {
      console.log(`${num(r.records)} records`);
      console.log(`  synthesize + write all.zip files   ${num(r.genMs)} ms, ${mb(r.zipBytes)} of zips`);
      console.log(
        `  import (one transaction)            ${num(r.importMs)} ms = ${num((r.records / r.importMs) * 1000)} records/s` +
          '   [goal >= 10,000/s]',
      );
      console.log(
        `  import CPU time (all threads)       ${r.importCpuMs === undefined ? '-' : `${num(r.importCpuMs)} ms`}`,
      );
      console.log(`  import peak RSS (VmHWM)             ${mib(r.importRssKb)}   [goal < 300 MiB, flat]`);
      console.log(
        `  database size                       ${mb(r.dbBytes)} (${num(r.dbBytes / r.records)} bytes/record)`,
      );
      for (const q of r.queries) {
        console.log(`  query: ${q.label}`);
        console.log(`    open (read-only)                  ${q.openMs.toFixed(1)} ms`);
        console.log(
          `    look up all 2,000                 ${q.lookupMs.toFixed(1)} ms (${q.hits} hit, ${num(q.records)} records parsed)` +
            '   [goal < 200 ms]',
        );
        console.log(`    peak RSS (VmHWM)                  ${mib(q.rssKb)}   [goal < 300 MiB, flat]`);
      }
      console.log('');
    }
    console.log(`query times: median of ${queryRuns} runs after one warm-up, each in a new process`);
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
