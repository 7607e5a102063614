import { Option } from 'commander';
import { DEFAULT_MAX_AGE_HOURS, FAIL_ON_LEVELS, type FailOn } from '../config/constants.js';
import { UsageError } from '../core/errors/index.js';
import type { ScanResult } from '../core/model/scan-result.js';
import { DEFAULT_OSV_BASE_URL, defaultDatabasePath } from '../vuln/db/paths.js';
import type { VulnStageOptions } from '../vuln/stage.js';

/** Flags of `scan` that steer vulnerability matching. */
export interface VulnFlags {
  vulns: boolean;
  offline?: boolean;
  db?: string;
  maxDbAge?: string;
  osvBaseUrl?: string;
  failOn?: FailOn;
  failOnTagged?: boolean;
  vex?: string[];
  config?: string;
  goStdlib?: boolean;
}

export function vulnOptions(): Option[] {
  return [
    new Option('--no-vulns', 'do not match the inventory against the vulnerability database'),
    new Option(
      '--offline',
      'make no network connection (no database update, no forge requests); also STERLING_OFFLINE=1',
    ),
    new Option('--db <file>', 'vulnerability database file (default: STERLING_DB, or the user cache folder)'),
    new Option(
      '--max-db-age <hours>',
      `update the database first when its data is older than this (default: the config's vulnerabilities.maxAgeHours, else ${DEFAULT_MAX_AGE_HOURS})`,
    ),
    new Option(
      '--osv-base-url <url>',
      `OSV export to update from (default: STERLING_OSV_BASE_URL or ${DEFAULT_OSV_BASE_URL})`,
    ),
    new Option(
      '--fail-on <severity>',
      'exit 1 when a finding at or above this severity is not suppressed',
    ).choices(FAIL_ON_LEVELS),
    new Option(
      '--fail-on-tagged',
      '--fail-on also counts packages found only in test, example or fixture folders',
    ),
    new Option(
      '--go-stdlib',
      "also match the Go standard library and go command named by go.mod's toolchain line (default: the config's vulnerabilities.goStdlib, else off)",
    ),
    new Option('--vex <file...>', 'OpenVEX 0.2.0 documents whose statements suppress findings (repeatable)'),
    new Option('--config <file>', 'project config file (default: sterling.yaml at the target root, if any)'),
  ];
}

function truthy(v: string | undefined): boolean {
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/** The vulnerability stage options, or undefined when matching is switched off. */
export function vulnStageFrom(flags: VulnFlags, env: NodeJS.ProcessEnv): VulnStageOptions | undefined {
  if (flags.vulns === false) return undefined;
  let maxAgeHours = 0;
  if (flags.maxDbAge !== undefined) {
    maxAgeHours = Number(flags.maxDbAge);
    if (!/^\d{1,6}$/.test(flags.maxDbAge)) {
      throw new UsageError(
        `--max-db-age: "${flags.maxDbAge}" is not a whole number of hours`,
        'Use e.g. 24.',
      );
    }
  }
  const baseUrl = flags.osvBaseUrl ?? (env.STERLING_OSV_BASE_URL || undefined);
  return {
    dbPath: flags.db ?? defaultDatabasePath(env),
    offline: flags.offline === true || truthy(env.STERLING_OFFLINE),
    ...(flags.maxDbAge !== undefined ? { maxAgeHours } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(flags.vex ? { vexFiles: flags.vex } : {}),
    ...(flags.goStdlib ? { goStdlib: true } : {}),
  };
}

const ORDER = ['low', 'medium', 'high', 'critical'] as const;

/**
 * Open (not suppressed) findings at or above the `--fail-on` threshold; malicious always counts.
 * Findings in packages declared only in test, example or fixture files are counted apart
 * (`tagged`) and fail the scan only when `countTagged` is set.
 */
export function findingsOverThreshold(
  result: ScanResult,
  failOn: FailOn,
  countTagged = false,
): { count: number; tagged: number } {
  const v = result.vulnerabilities;
  if (v.status !== 'ok') return { count: 0, tagged: 0 };
  const min = failOn === 'any' ? -1 : ORDER.indexOf(failOn);
  const over = v.findings.filter((f) => {
    if (f.suppressed) return false;
    if (f.kind === 'malicious' || failOn === 'any') return true;
    // Unknown severity counts as low: it may be anything, but nothing says it is worse.
    const level = f.severity.level === 'unknown' ? 'low' : f.severity.level;
    return ORDER.indexOf(level as (typeof ORDER)[number]) >= min;
  });
  const tagged = over.filter((f) => f.tags !== undefined).length;
  return countTagged ? { count: over.length, tagged: 0 } : { count: over.length - tagged, tagged };
}
