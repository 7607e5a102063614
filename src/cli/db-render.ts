/** Plain-text rendering of `sterling db` results. Untrusted text (names, paths from data) is escaped. */
import { sanitizeTerminal } from '../report/text/sanitize.js';
import type { DbStatus, ImportReport, UpdateReport } from '../vuln/db/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatAge(ms: number | undefined): string {
  if (ms === undefined) return '-';
  if (ms < MINUTE) return 'less than a minute';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / DAY)} days`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

const num = (n: number) => n.toLocaleString('en-US');

function when(iso: string | undefined): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '-';
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      `  ${r.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')}`.trimEnd(),
    )
    .join('\n');
}

export function renderStatus(s: DbStatus): string {
  const head =
    `Vulnerability database ${sanitizeTerminal(s.path)}\n` +
    `  ${num(s.records)} records, ${formatBytes(s.sizeBytes)}, schema ${s.schemaVersion}, ` +
    `data age ${formatAge(s.dataAgeMs)}\n`;
  if (s.ecosystems.length === 0) {
    return `${head}\n  No records yet: run \`sterling db update --ecosystem npm\` or \`sterling db import <all.zip>\`.\n`;
  }
  const rows = [['ecosystem', 'records', 'newest modified', 'imported', 'age', 'source']];
  for (const e of s.ecosystems) {
    rows.push([
      sanitizeTerminal(e.ecosystem),
      num(e.records),
      sanitizeTerminal(e.newestModified ?? '-'),
      when(e.importedAt),
      formatAge(e.ageMs),
      sanitizeTerminal(e.sources.map((x) => x.url).join(', ') || '-'),
    ]);
  }
  return `${head}\n${table(rows)}\n`;
}

export function renderImport(r: ImportReport): string {
  const parts = [`${num(r.inserted)} new`, `${num(r.replaced)} replaced`, `${num(r.unchanged)} unchanged`];
  if (r.withdrawn > 0) parts.push(`${num(r.withdrawn)} withdrawn (${num(r.deleted)} removed)`);
  if (r.invalid > 0) parts.push(`${num(r.invalid)} invalid`);
  if (r.skipped > 0) parts.push(`${num(r.skipped)} files skipped`);
  if (r.ignored > 0) parts.push(`${num(r.ignored)} non-OSV files ignored`);
  const ecos = Object.entries(r.ecosystems)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([eco, c]) =>
        `  ${sanitizeTerminal(eco)}: ${num(c.inserted)} new, ${num(c.replaced)} replaced, ${num(c.unchanged)} unchanged`,
    );
  return `Read ${num(r.read)} records: ${parts.join(', ')}.\n${ecos.map((l) => `${l}\n`).join('')}`;
}

export function renderProblems(r: ImportReport, label: string): string {
  let out = '';
  for (const p of r.problems) out += `${label} ${sanitizeTerminal(p.file)}: ${sanitizeTerminal(p.reason)}\n`;
  if (r.problemsOmitted > 0) out += `${label} ... and ${num(r.problemsOmitted)} more\n`;
  return out;
}

export function renderUpdate(r: UpdateReport): string {
  let out = '';
  for (const e of r.ecosystems) {
    const name = sanitizeTerminal(e.ecosystem);
    if (e.status === 'unchanged') {
      out += `${name}: up to date (${e.reason === 'same-checksum' ? 'same checksum' : 'not modified'})\n`;
      continue;
    }
    const i = e.import;
    out += `${name}: updated, ${formatBytes(e.bytes ?? 0)} downloaded`;
    out += i
      ? `; ${num(i.inserted)} new, ${num(i.replaced)} replaced, ${num(i.withdrawn)} withdrawn\n`
      : '\n';
  }
  for (const f of r.failed)
    out += `${sanitizeTerminal(f.ecosystem)}: FAILED (${sanitizeTerminal(f.message)})\n`;
  return out;
}
