/**
 * Where the time of `scan()` + CycloneDX render goes, by function and by source file (self time).
 *
 *   node --import tsx bench/profile.ts [folder] [iterations]
 *
 * Re-runs itself under `node --cpu-prof` on the compiled dist/ (run `npm run build` first), then
 * sums the profile's self time. Use it when `npm run bench` shows the pipeline far above the
 * read + JSON.parse floor.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_DIR = join(BENCH_DIR, '..');
const WORK_FLAG = '--profile-work';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function work(dir: string, iterations: number): Promise<void> {
  // The compiled build, as the CLI runs it (tsx's transpiled modules lose line numbers in profiles).
  const dist = (path: string): string => pathToFileURL(join(REPO_DIR, 'dist', path)).href;
  const { scan } = (await import(
    dist('core/pipeline/scan.js')
  )) as typeof import('../src/core/pipeline/scan.js');
  const { formatById } = (await import(
    dist('report/registry.js')
  )) as typeof import('../src/report/registry.js');
  const cdx = formatById('cyclonedx')!;
  const options = { reproducible: true, createdAt: new Date('2024-01-01T00:00:00Z') };
  let bytes = 0;
  for (let i = 0; i < iterations; i++) bytes += cdx.render(await scan(dir, options)).length;
  if (bytes === 0) console.error('! the CycloneDX output was empty');
}

function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  return path.startsWith(REPO_DIR) ? relative(REPO_DIR, path) : path;
}

function top(map: Map<string, number>, total: number, n: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, us]) =>
        `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`,
    );
}

function summarize(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += dt;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = shortUrl(url);
    const fn = `${functionName || '(anonymous)'}  ${file}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
  });
  console.log(`total sampled: ${(total / 1000).toFixed(0)} ms\n\nself time by function:`);
  for (const l of top(byFunction, total, 30)) console.log(l);
  console.log('\nself time by file:');
  for (const l of top(byFile, total, 20)) console.log(l);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args[0] === WORK_FLAG) {
    await work(args[1]!, Number(args[2]));
    return 0;
  }
  const dir = resolve(args[0] ?? join(BENCH_DIR, 'fixtures', 'large-npm-app'));
  const iterations = Number(args[1] ?? 30);
  if (!existsSync(join(REPO_DIR, 'dist', 'core', 'pipeline', 'scan.js'))) {
    console.error('error: dist/ is missing; run npm run build first');
    return 2;
  }
  const out = mkdtempSync(join(tmpdir(), 'sterling-profile-'));
  try {
    const r = spawnSync(
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-dir',
        out,
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        WORK_FLAG,
        dir,
        String(iterations),
      ],
      { cwd: REPO_DIR, stdio: 'inherit' },
    );
    if (r.status !== 0) return r.status ?? 1;
    const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('node --cpu-prof wrote no profile');
    console.log(`${iterations} x (scan + CycloneDX render) of ${dir}`);
    summarize(JSON.parse(readFileSync(join(out, file), 'utf8')) as CpuProfile);
    return 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

process.exitCode = await main();
