import pc from 'picocolors';
import type { Colors } from 'picocolors/types.js';
import type { Package } from '../../../core/model/package.js';
import { SCOPES } from '../../../core/model/package.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { RenderOptions, ReportFormat } from '../../../core/plugin/format.js';
import { compareStrings } from '../../../core/util/compare.js';
import { buildTasks } from '../../../tasks/index.js';
import { sanitizeTerminal as s } from '../../text/sanitize.js';
import { baselineSummaryLines } from './baseline.js';
import { diagnosticLines } from './diagnostics.js';
import { clipPlain, DEFAULT_TABLE_WIDTH, fitLine, heading, pad } from './layout.js';
import { postureLines } from './posture.js';
import { scopeLine } from './scope-line.js';
import { taskLines } from './tasks.js';
import { vulnerabilityLines } from './vulns.js';

/** Direct dependencies listed before the summary is cut short. */
const MAX_DIRECT_ROWS = 40;
const MAX_DIAGNOSTIC_ROWS = 30;

function counts<T>(items: Iterable<T>, key: (t: T) => string | string[]): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const it of items) for (const k of [key(it)].flat()) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}

function list(pairs: Array<[string, number]>): string {
  return pairs.map(([k, n]) => `${s(k)} ${n}`).join(', ');
}

/** A section: a blank line, its heading, its lines (without their own leading blank line). Empty stays empty. */
function section(c: Colors, title: string, width: number, lines: string[]): string[] {
  if (lines.length === 0) return [];
  return ['', heading(c, title, width), ...(lines[0] === '' ? lines.slice(1) : lines)];
}

/**
 * The version column: the version (or, for an unresolved package, the declared range), else a git
 * commit; an unresolved package declared without any range accepts `(any version)`; otherwise
 * `(no version)`.
 */
export function versionLabel(p: Package): string {
  if (p.version) return p.version;
  if (p.source.commit) return p.source.commit.slice(0, 12);
  return p.resolution === 'unresolved' ? '(any version)' : '(no version)';
}

/**
 * The human summary, in sections: inventory (what was read), vulnerabilities, posture, Baseline, what
 * could not be checked, and the next three tasks. Fits `options.width` where it lays out columns.
 */
export function renderTable(result: ScanResult, options: RenderOptions = {}): string {
  const c = pc.createColors(options.color === true);
  const width = options.width ?? DEFAULT_TABLE_WIDTH;
  const out = [
    c.bold(`Sterling ${result.tool.version} · ${s(result.target.name)}`) +
      c.dim(` (${s(result.target.input)})`),
  ];
  const scope = scopeLine(result.target, c);
  if (scope) out.push(scope);
  out.push(...section(c, 'Inventory', width, inventoryLines(result, c, width)));
  out.push(...section(c, 'Vulnerabilities', width, vulnerabilityLines(result, c, width)));
  out.push(...section(c, 'Posture', width, postureLines(result, c)));
  out.push(...section(c, 'OSPS Baseline', width, baselineSummaryLines(result, c)));
  const notRun = (
    [
      ['vulnerabilities', result.vulnerabilities],
      ['posture', result.posture],
    ] as const
  ).filter(([, part]) => part.status === 'not-run');
  if (notRun.length > 0) out.push('', c.bold('Not checked'));
  for (const [name, part] of notRun) {
    if (part.status === 'not-run') out.push(`  ${name}: ${s(part.reason)}`);
  }
  out.push(...taskLines(buildTasks(result), c, width));
  if (result.timings) out.push('', c.dim(`Done in ${Math.round(result.timings.totalMs)} ms.`));
  return `${out.join('\n')}\n`;
}

/** What was read: files, projects, packages, direct dependencies, diagnostics, skipped paths. */
function inventoryLines(result: ScanResult, c: Colors, width: number): string[] {
  const inv = result.inventory;
  const out: string[] = [];
  const pkgs = inv.packages;
  const direct = pkgs.filter((p) => p.direct).length;
  out.push(
    `${c.bold('Files')}        ${inv.files.length} read${inv.files.length ? `: ${list(counts(inv.files, (f) => f.extractor))}` : ''}`,
  );
  const tagged = inv.files.filter((f) => f.tag);
  if (tagged.length > 0) {
    const taggedPkgs = pkgs.filter((p) => p.tags).length;
    out.push(
      c.dim(
        `  tagged     ${tagged.length} in test/example/fixture folders (${list(counts(tagged, (f) => f.tag!))}); ` +
          `${taggedPkgs} package(s) found only there are marked and do not count for --fail-on`,
      ),
    );
  }
  out.push(
    `${c.bold('Projects')}     ${inv.projects.length}${inv.projects.length ? `: ${inv.projects.map((p) => s(p.name || p.path)).join(', ')}` : ''}`,
  );
  out.push(`${c.bold('Packages')}     ${pkgs.length} (direct ${direct}, transitive ${pkgs.length - direct})`);
  if (pkgs.length > 0) {
    out.push(`  ecosystem  ${list(counts(pkgs, (p) => p.ecosystem))}`);
    const scopeCounts = SCOPES.map(
      (sc) => [sc, pkgs.filter((p) => p.scopes.includes(sc)).length] as [string, number],
    );
    out.push(`  scope      ${list(scopeCounts.filter(([, n]) => n > 0))}`);
    const sources = counts(pkgs, (p) => p.source.kind).filter(([k]) => k !== 'registry');
    if (sources.length) out.push(`  not from a registry  ${list(sources)}`);
    // A toolchain minimum (go.mod's `go 1.22`) is not fixed by a lockfile: counted apart.
    const unresolved = pkgs.filter(
      (p) => p.resolution === 'unresolved' && p.source.kind !== 'toolchain',
    ).length;
    const toolchains = pkgs.filter(
      (p) => p.resolution === 'unresolved' && p.source.kind === 'toolchain',
    ).length;
    if (toolchains)
      out.push(
        c.dim(
          `  toolchain minimums ${toolchains} (e.g. go.mod's go line; a toolchain line pins the version)`,
        ),
      );
    if (unresolved)
      out.push(
        c.yellow(`  unresolved ${unresolved} (declared ranges only: commit a lockfile for exact versions)`),
      );
  }
  const directPkgs = pkgs.filter((p) => p.direct).sort(byName);
  if (directPkgs.length > 0) {
    out.push('', c.bold('Direct dependencies'));
    // As wide as the longest name, within what the version (18) and scope (~12) columns leave.
    const nameWidth = Math.min(
      Math.max(12, width - 2 - 18 - 12),
      Math.max(...directPkgs.slice(0, MAX_DIRECT_ROWS).map((p) => s(p.name).length)) + 2,
    );
    for (const p of directPkgs.slice(0, MAX_DIRECT_ROWS)) {
      const name = clipPlain(s(p.name), nameWidth - 1);
      const version = clipPlain(s(versionLabel(p)), 17);
      out.push(fitLine(`  ${pad(name, nameWidth)}${pad(version, 18)}${c.dim(p.scopes.join(','))}`, width));
    }
    if (directPkgs.length > MAX_DIRECT_ROWS) {
      out.push(c.dim(`  … and ${directPkgs.length - MAX_DIRECT_ROWS} more (use --format json for all)`));
    }
  }
  out.push(...diagnosticLines([...result.diagnostics, ...inv.diagnostics], c));
  if (inv.skipped.length > 0) {
    out.push(
      '',
      `${c.bold('Skipped')}      ${inv.skipped.length} paths: ${list(counts(inv.skipped, (k) => k.reason))}`,
    );
    const notable = inv.skipped.filter((k) => k.reason !== 'excluded-dir' && k.reason !== 'not-included');
    for (const k of notable.slice(0, MAX_DIAGNOSTIC_ROWS)) {
      out.push(`  ${pad(k.reason, 22)}${s(k.path)}${k.detail ? c.dim(` (${s(k.detail)})`) : ''}`);
    }
  }
  return out;
}

function byName(a: Package, b: Package): number {
  return compareStrings(a.name, b.name) || compareStrings(a.version, b.version);
}

export const tableFormat: ReportFormat = {
  id: 'table',
  description:
    'Human summary for the terminal: packages by ecosystem, direct/transitive, scopes, diagnostics.',
  requirements: { network: false },
  mediaType: 'text/plain',
  extension: '.txt',
  sbom: false,
  render: renderTable,
};
