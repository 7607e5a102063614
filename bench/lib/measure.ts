/** Timing of one benchmark row: wall-clock median and minimum, and the median CPU time of the process. */
export interface Timing {
  medianMs: number;
  minMs: number;
  /** User + system CPU time of the measuring process (or of the child), median; undefined when unknown. */
  cpuMedianMs?: number;
  runs: number;
}

export interface Sample {
  wallMs: number;
  cpuMs?: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(samples: readonly Sample[]): Timing {
  const walls = samples.map((s) => s.wallMs);
  const cpus = samples.flatMap((s) => (s.cpuMs === undefined ? [] : [s.cpuMs]));
  const timing: Timing = { medianMs: median(walls), minMs: Math.min(...walls), runs: samples.length };
  if (cpus.length === samples.length && cpus.length > 0) timing.cpuMedianMs = median(cpus);
  return timing;
}

/** Values a benchmarked function returns are kept here so that the engine cannot drop the work. */
let sink: unknown;

export function lastSink(): unknown {
  return sink;
}

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times measured (wall clock and process CPU time).
 * Synchronous and asynchronous functions both work; an await adds well under a millisecond.
 */
export async function measure(
  fn: () => unknown,
  { warmup, runs }: { warmup: number; runs: number },
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) sink = await fn();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    sink = await fn();
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    samples.push({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  return summarize(samples);
}
