import pc from 'picocolors';
import { UsageError } from '../core/errors/index.js';
import type { Diagnostic } from '../core/model/diagnostic.js';
import type { ScanResult } from '../core/model/scan-result.js';
import { type ScanOptions, scan } from '../core/pipeline/scan.js';
import type { RenderOptions, ReportFormat } from '../core/plugin/format.js';
import { FORMATS, formatById } from '../report/registry.js';
import { sanitizeTerminal } from '../report/text/sanitize.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { type ForgeFlags, forgeSettingsFrom } from './forge-options.js';
import { scanOptionsFrom, type TargetFlags } from './options.js';
import { writeFileAtomic, writeStdout } from './output.js';
import { terminalProgress } from './progress.js';
import { readPreviousScan } from './result-file.js';
import { colorEnabled, outputWidth } from './terminal.js';
import { findingsOverThreshold, type VulnFlags, vulnStageFrom } from './vuln-options.js';

export interface RunScanFlags extends TargetFlags, Partial<VulnFlags>, ForgeFlags {
  format: string;
  /** `scan --compare`: an earlier ScanResult JSON file to mark findings new, changed or fixed against. */
  compare?: string;
  /** `scan` runs the posture checks unless --no-posture; `sbom` has no such flag (undefined). */
  posture?: boolean;
  /** Evaluate the OSPS Baseline: `baseline`, and `scan` unless --no-posture. */
  baseline?: boolean;
  /** false: findings never decide the exit code (`tasks`: the list is the output), whatever failOn says. */
  gate?: boolean;
}

export interface CliIO {
  env: NodeJS.ProcessEnv;
  stderr: NodeJS.WriteStream;
  stdoutIsTTY: boolean;
  /** The terminal's width when stdout is one. */
  stdoutColumns?: number;
}

export function pickFormat(id: string, sbomOnly: boolean): ReportFormat {
  const format = formatById(id);
  const allowed = FORMATS.filter((f) => !sbomOnly || f.sbom).map((f) => f.id);
  if (!format || !allowed.includes(format.id)) {
    throw new UsageError(`unknown format "${id}"`, `Use one of: ${allowed.join(', ')}.`);
  }
  return format;
}

/** Scans, renders, writes; returns the exit code. Shared by `scan`, `sbom` and `posture` (which passes `extra`). */
export async function runScan(
  target: string,
  flags: RunScanFlags,
  format: ReportFormat,
  io: CliIO,
  extra: Partial<ScanOptions> = {},
): Promise<ExitCode> {
  const options: ScanOptions = { ...scanOptionsFrom(flags, io.env), ...extra };
  if (flags.posture === true) options.posture = { forge: forgeSettingsFrom(flags, io.env) };
  if (flags.baseline === true) options.baseline = { forgeSettings: forgeSettingsFrom(flags, io.env) };
  // `sbom` has no vulnerability flags (flags.vulns is undefined): an SBOM is the inventory only.
  const vulnerabilities = flags.vulns === undefined ? undefined : vulnStageFrom(flags as VulnFlags, io.env);
  if (vulnerabilities) options.vulnerabilities = vulnerabilities;
  if (flags.config !== undefined) options.configPath = flags.config;
  // Read before scanning: a bad file fails at once, not after a long scan.
  const previous = flags.compare === undefined ? undefined : readPreviousScan(flags.compare);
  const progress = !flags.quiet && io.stderr.isTTY ? terminalProgress(io.stderr) : undefined;
  let result: ScanResult;
  try {
    result = await scan(target, { ...options, onProgress: progress?.onProgress });
  } finally {
    progress?.done();
  }
  const toFile = flags.output !== undefined;
  const render: RenderOptions = {
    color: !toFile && colorEnabled(io.env, io.stdoutIsTTY),
    width: outputWidth(io.env, toFile ? undefined : io.stdoutColumns),
  };
  if (previous) render.previous = previous;
  const text = format.render(result, render);
  if (toFile) writeFileAtomic(flags.output!, text);
  else await writeStdout(text);

  const errors = [...result.diagnostics, ...result.inventory.diagnostics].filter((d) => d.level === 'error');
  const color = colorEnabled(io.env, io.stderr.isTTY === true);
  const paint = pc.createColors(color);
  // The table already lists diagnostics; other formats get them on stderr so they are never silent.
  if (format.id !== 'table' || toFile)
    for (const d of errors) io.stderr.write(`${paint.red('error')} ${describe(d)}\n`);
  if (!flags.quiet && toFile && options.extractors?.length !== 0) {
    io.stderr.write(
      `Wrote ${format.id} report for ${sanitizeTerminal(result.target.name)} to ${sanitizeTerminal(flags.output!)}: ` +
        `${result.inventory.packages.length} packages from ${result.inventory.files.length} files.\n`,
    );
  }
  const v = result.vulnerabilities;
  if (vulnerabilities && v.status === 'not-run') {
    if (notCheckedOnStderr(format.id, toFile, io.stdoutIsTTY))
      io.stderr.write(`${paint.yellow('Vulnerabilities not checked:')} ${sanitizeTerminal(v.reason)}\n`);
  } else if (v.status === 'ok' && v.database.updateError) {
    io.stderr.write(
      `${paint.yellow('Warning:')} the vulnerability database could not be updated; results use data ` +
        `${v.database.ageHours ?? '?'} hours old. ${sanitizeTerminal(v.database.updateError)}\n`,
    );
  }
  // --fail-on wins over the project config's vulnerabilities.failOn.
  const failOn = flags.gate === false ? undefined : (flags.failOn ?? result.config?.failOn);
  const countTagged = flags.failOnTagged === true || result.config?.failOnTagged === true;
  const { count: over, tagged } = failOn
    ? findingsOverThreshold(result, failOn, countTagged)
    : { count: 0, tagged: 0 };
  if (tagged > 0 && !flags.quiet) {
    io.stderr.write(
      `${paint.yellow('Not counted for --fail-on:')} ${tagged} finding(s) in packages declared only in ` +
        'test, example or fixture folders (count them with --fail-on-tagged).\n',
    );
  }
  if (over > 0) {
    const from = flags.failOn ? '--fail-on' : `failOn in ${result.config?.path}`;
    io.stderr.write(
      `${paint.red('Failed:')} ${over} vulnerability finding(s) at or above ${sanitizeTerminal(from)} ${failOn}.\n`,
    );
  }
  if (errors.length > 0) {
    io.stderr.write(
      `${paint.yellow('Incomplete:')} ${errors.length} file(s) could not be read; their packages are missing. ` +
        'Fix or regenerate them, or skip them with --exclude.\n',
    );
    return over > 0 ? EXIT.findings : EXIT.input;
  }
  return over > 0 ? EXIT.findings : EXIT.ok;
}

function describe(d: Diagnostic): string {
  const where = d.path ? `${d.path}${d.line ? `:${d.line}` : ''}: ` : '';
  const msg = d.path && d.message.startsWith(d.path) ? d.message : `${where}${d.message}`;
  return sanitizeTerminal(msg);
}

/**
 * Whether "Vulnerabilities not checked" also goes to stderr: a table on the terminal already says it
 * under "Not checked"; a file, a pipe or another format could hide it, so stderr says it too.
 */
export function notCheckedOnStderr(formatId: string, toFile: boolean, stdoutIsTTY: boolean): boolean {
  return !(formatId === 'table' && !toFile && stdoutIsTTY);
}
