import type { Timing } from './measure.js';

export interface Row {
  label: string;
  timing?: Timing;
  /** Shown instead of numbers when the row did not run, or after them as a remark. */
  note?: string;
}

function ms(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return '-';
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

/** A plain-text table of timings, right-aligned numbers, for terminals and copy-paste into reports. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['', 'median ms', 'min ms', 'cpu ms', 'runs', ''];
  const cells = rows.map((r) =>
    r.timing
      ? [
          r.label,
          ms(r.timing.medianMs),
          ms(r.timing.minMs),
          ms(r.timing.cpuMedianMs),
          String(r.timing.runs),
          r.note ?? '',
        ]
      : [r.label, '-', '-', '-', '0', r.note ?? 'skipped'],
  );
  const all = [header, ...cells];
  const widths = header.map((_, i) => Math.max(...all.map((c) => c[i]!.length)));
  const line = (c: string[]): string =>
    c
      .map((v, i) => (i === 0 || i === c.length - 1 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...cells.map(line)].join('\n');
}

export function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !(b > 0)) return 'n/a';
  return `${(a / b).toFixed(2)}x`;
}

export function mib(kib: number | undefined): string {
  return kib === undefined ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`;
}
