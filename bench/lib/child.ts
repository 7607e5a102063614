import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Sample } from './measure.js';

/**
 * A module preloaded (`node --import`) into measured child processes: on exit it writes the child's
 * own peak RSS and CPU time to the file named by STERLING_BENCH_USAGE_FILE. Node cannot report a
 * child's resource usage to its parent, so the child reports it. Loading it costs well under 1 ms.
 */
const USAGE_HOOK = `import { writeFileSync } from 'node:fs';
const out = process.env.STERLING_BENCH_USAGE_FILE;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
`;

export interface ChildSample extends Sample {
  /** Peak resident set size of the child's main process, KiB; undefined when it did not report. */
  maxRssKb?: number;
  status: number | null;
  stderr: string;
}

export interface NodeChild {
  /** The script and its arguments, run as `node --import <hook> ...args`. */
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export class ChildRunner {
  private readonly hookUrl: string;
  private readonly usageFile: string;

  constructor(private readonly tmpDir: string) {
    const hook = join(tmpDir, 'usage-hook.mjs');
    writeFileSync(hook, USAGE_HOOK);
    this.hookUrl = pathToFileURL(hook).href;
    this.usageFile = join(tmpDir, 'usage.json');
  }

  /** Runs one Node child and measures its wall time from spawn to exit. */
  run(child: NodeChild): ChildSample {
    rmSync(this.usageFile, { force: true });
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', this.hookUrl, ...child.args], {
      cwd: child.cwd,
      env: { ...process.env, ...child.env, STERLING_BENCH_USAGE_FILE: this.usageFile },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: child.timeoutMs ?? 15 * 60 * 1000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const wallMs = performance.now() - t0;
    const sample: ChildSample = { wallMs, status: r.status, stderr: r.stderr ?? String(r.error ?? '') };
    try {
      const usage = JSON.parse(readFileSync(this.usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
      sample.maxRssKb = usage.maxRssKb;
      sample.cpuMs = usage.cpuMs;
    } catch {
      // The child died before its exit hook ran; wall time is all we have.
    }
    return sample;
  }

  get tmp(): string {
    return this.tmpDir;
  }
}

export function peakRss(samples: readonly ChildSample[]): number | undefined {
  const values = samples.flatMap((s) => (s.maxRssKb === undefined ? [] : [s.maxRssKb]));
  return values.length > 0 ? Math.max(...values) : undefined;
}
