/**
 * Sterling's benchmark: prints timings, never asserts them (machines differ; CI would flake).
 *
 *   npm run bench                          # the large npm fixture (builds dist/ first)
 *   node --import tsx bench/run.ts <dir>   # any other folder (build first for the CLI rows)
 *
 * Environment: BENCH_WARMUP (3), BENCH_RUNS (15) for in-process rows, BENCH_CLI_RUNS (5),
 * BENCH_CDXGEN_RUNS (3; 0 skips cdxgen), CDXGEN_BIN (path to a cdxgen executable).
 * The only correctness check is the component count: a mismatch is printed loudly and exits 1.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CDXGEN_FLAGS, CDXGEN_INSTALL_HINT, copyTarget, findCdxgen, runCdxgen } from './lib/cdxgen.js';
import { ChildRunner, type ChildSample, peakRss } from './lib/child.js';
import { countCycloneDxComponents, countLockfile, countSpdxPackages } from './lib/counts.js';
import { type LockfileInput, runInProcess } from './lib/in-process.js';
import { summarize, type Timing } from './lib/measure.js';
import { formatTable, mib, type Row, ratio } from './lib/table.js';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_DIR = join(BENCH_DIR, '..');
const CLI = join(REPO_DIR, 'dist', 'cli', 'bin.js');
const DEFAULT_TARGET = join(BENCH_DIR, 'fixtures', 'large-npm-app');
const CREATED_AT = new Date('2024-01-01T00:00:00Z');

function intEnv(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return process.env[name] !== undefined && Number.isInteger(v) && v >= 0 ? v : fallback;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function findLockfile(dir: string): LockfileInput | undefined {
  for (const rel of ['npm-shrinkwrap.json', 'package-lock.json']) {
    const p = join(dir, rel);
    if (existsSync(p)) return { rel, text: readFileSync(p, 'utf8') };
  }
  return undefined;
}

function childRow(label: string, samples: ChildSample[], note?: string): Row {
  const failed = samples.find((s) => s.status !== 0);
  if (failed) {
    console.error(`! ${label} failed (exit ${failed.status}):\n${failed.stderr.slice(-2000)}`);
    return { label, note: `failed (exit ${failed.status})` };
  }
  return note === undefined
    ? { label, timing: summarize(samples) }
    : { label, timing: summarize(samples), note };
}

const problems: string[] = [];
function expectEqual(what: string, actual: number | undefined, expected: number): void {
  if (actual !== undefined && actual !== expected) problems.push(`${what}: ${actual}, expected ${expected}`);
}

async function main(): Promise<number> {
  const target = resolve(process.argv[2] ?? DEFAULT_TARGET);
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    console.error(`error: ${target} is not a folder\nusage: node --import tsx bench/run.ts [folder]`);
    return 2;
  }
  const cfg = { warmup: intEnv('BENCH_WARMUP', 3), runs: Math.max(1, intEnv('BENCH_RUNS', 15)) };
  const cliRuns = Math.max(1, intEnv('BENCH_CLI_RUNS', 5));
  const cdxgenRuns = intEnv('BENCH_CDXGEN_RUNS', 3);
  const cpu = cpus();
  console.log(`Sterling benchmark — ${target}`);
  console.log(
    `node ${process.version} ${process.platform}/${process.arch}, ${cpu.length} x ${cpu[0]?.model ?? '?'}, ` +
      `load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(`in-process: ${cfg.warmup} warm-up + ${cfg.runs} runs; CLI: 1 warm-up + ${cliRuns} runs\n`);

  const lock = findLockfile(target);
  const lockCount = lock ? countLockfile(JSON.parse(lock.text)) : undefined;
  const options = { reproducible: true, createdAt: CREATED_AT };
  const inProc = await runInProcess(target, lock, options, cfg);
  const rows = [...inProc.rows];
  const inProcessRss = process.resourceUsage().maxRSS;

  const tmp = mkdtempSync(join(tmpdir(), 'sterling-bench-'));
  try {
    const runner = new ChildRunner(tmp);
    const times = (n: number, f: () => ChildSample): ChildSample[] => Array.from({ length: n }, f);
    runner.run({ args: ['-e', '0'], cwd: tmp });
    const baseline = times(cliRuns, () => runner.run({ args: ['-e', '0'], cwd: tmp }));
    rows.push(childRow('node -e 0 (start-up baseline)', baseline));
    let cliTiming: Timing | undefined;
    let cliComponents: number | undefined;
    let cliRss: number | undefined;
    if (!existsSync(CLI)) {
      rows.push({
        label: 'CLI: sterling sbom -f cyclonedx',
        note: `skipped: ${CLI} missing (npm run build)`,
      });
    } else {
      if (newestMtime(join(REPO_DIR, 'src')) > statSync(CLI).mtimeMs) {
        console.warn('! dist/ is older than src/: the CLI rows measure a stale build (npm run build)');
      }
      const version = times(cliRuns, () => runner.run({ args: [CLI, '--version'], cwd: tmp }));
      rows.push(childRow('CLI: sterling --version (start-up + imports)', version));
      const out = join(tmp, 'sterling.cdx.json');
      const cli = { args: [CLI, 'sbom', target, '--format', 'cyclonedx', '-o', out, '-q'], cwd: tmp };
      const env = { SOURCE_DATE_EPOCH: String(CREATED_AT.getTime() / 1000) };
      runner.run({ ...cli, env });
      const samples = times(cliRuns, () => runner.run({ ...cli, env }));
      const row = childRow('CLI: sterling sbom -f cyclonedx', samples);
      rows.push(row);
      cliTiming = row.timing;
      cliRss = peakRss(samples);
      if (row.timing) cliComponents = countCycloneDxComponents(readFileSync(out, 'utf8'));
    }

    const cdxgen = cdxgenRuns > 0 ? findCdxgen() : undefined;
    let cdxgenTiming: Timing | undefined;
    let cdxgenNote = '';
    if (cdxgen) {
      const copy = copyTarget(target, tmp);
      const run = runCdxgen(runner, cdxgen, copy, cdxgenRuns);
      const row = childRow(`cdxgen ${cdxgen.version}`, run.samples, `${run.components ?? '?'} components`);
      rows.push(row);
      cdxgenTiming = row.timing;
      cdxgenNote = `cdxgen ${cdxgen.version} (${cdxgen.script}), flags: ${CDXGEN_FLAGS.join(' ')}; peak RSS ${mib(peakRss(run.samples))}`;
    } else if (cdxgenRuns > 0) {
      rows.push({ label: 'cdxgen', note: 'skipped: not installed' });
      cdxgenNote = `cdxgen not found. To compare, install it outside the project:\n  ${CDXGEN_INSTALL_HINT}\n  (or set CDXGEN_BIN to a cdxgen executable)`;
    }

    console.log(formatTable(rows));
    console.log('');
    const inv = inProc.result.inventory;
    const components = countCycloneDxComponents(inProc.cyclonedx);
    const members = inv.projects.filter((p) => p.path !== '.').length;
    if (lock && lockCount) {
      console.log(
        `lockfile ${lock.rel} (v${lockCount.lockfileVersion ?? '?'}, ${(lock.text.length / 1024 / 1024).toFixed(2)} MB): ` +
          `${lockCount.entries} installed entries, ${lockCount.unique} distinct name@version ` +
          `(${lockCount.uniqueOnlyBundled} only as bundled dependencies)`,
      );
      console.log(`extractor output: ${inProc.extractorPackages} packages before merge`);
    }
    console.log(
      `package count (inventory): ${inv.packages.length} packages, ${inv.projects.length} projects`,
    );
    console.log(`CycloneDX components: ${components} (in-process), ${cliComponents ?? 'n/a'} (CLI)`);
    console.log(`SPDX packages: ${countSpdxPackages(inProc.spdx)}`);
    const lockfilesWithPackages = inv.files.filter((f) => f.packageCount > 0);
    if (lock && lockCount && lockfilesWithPackages.length <= 1) {
      expectEqual(
        'inventory packages vs. distinct name@version in the lockfile',
        inv.packages.length,
        lockCount.unique,
      );
    }
    expectEqual(
      'CycloneDX components vs. inventory packages + workspace projects',
      components,
      inv.packages.length + members,
    );
    expectEqual('CLI CycloneDX components vs. in-process render', cliComponents, components);
    if (cdxgenTiming) console.log(cdxgenNote);

    console.log('');
    const { floor, pipelineCdx } = inProc.timings;
    console.log(
      `(pipeline + CycloneDX) / floor: ${ratio(pipelineCdx?.medianMs, floor?.medianMs)} median wall (goal <= 3x); ` +
        `${ratio(pipelineCdx?.minMs, floor?.minMs)} min wall, ${ratio(pipelineCdx?.cpuMedianMs, floor?.cpuMedianMs)} cpu`,
    );
    console.log(
      `cdxgen / Sterling CLI:          ${ratio(cdxgenTiming?.medianMs, cliTiming?.medianMs)} median wall (goal >= 10x); ` +
        `${ratio(cdxgenTiming?.minMs, cliTiming?.minMs)} min wall, ${ratio(cdxgenTiming?.cpuMedianMs, cliTiming?.cpuMedianMs)} cpu`,
    );
    console.log(`peak RSS: benchmark process ${mib(inProcessRss)}, CLI ${mib(cliRss)}`);
    if (!cdxgenTiming && cdxgenNote) console.log(`\n${cdxgenNote}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  if (problems.length > 0) {
    const bar = '!'.repeat(78);
    console.error(`\n${bar}\n!!! COUNT MISMATCH — the SBOM does not list every package:`);
    for (const p of problems) console.error(`!!!   ${p}`);
    console.error(bar);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
