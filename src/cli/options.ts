import { Option } from 'commander';
import { UsageError } from '../core/errors/index.js';
import type { ScanOptions } from '../core/pipeline/scan.js';
import { DEFAULT_EXCLUDED_DIRS, parseSize } from '../workspace/options.js';

/** Flags shared by the commands that scan a target. */
export interface TargetFlags {
  exclude?: string[];
  include?: string[];
  defaultExcludes: boolean;
  maxFileSize?: string;
  quiet?: boolean;
  debug?: boolean;
  output?: string;
  ref?: string;
  subpath?: string;
}

export function targetOptions(): Option[] {
  return [
    new Option('-o, --output <file>', 'write the report to a file instead of standard output'),
    new Option(
      '--exclude <glob...>',
      'skip files and folders: a name at any depth (vendor, *.lock) or a path from the root (services/legacy, **/examples/**)',
    ),
    new Option(
      '--include <glob...>',
      'read only lockfiles and manifests matching these patterns (same forms as --exclude); the others are listed as skipped',
    ),
    new Option(
      '--no-default-excludes',
      `walk the default-skipped folders too (${DEFAULT_EXCLUDED_DIRS.join(', ')})`,
    ),
    new Option('--max-file-size <size>', 'skip files larger than this (e.g. 64MB)').default('64MB'),
    new Option(
      '--ref <ref>',
      'scan a git repository at this branch, tag or commit (HEAD~3 too, for a local repository), from a temporary checkout; the work tree is not touched',
    ),
    new Option(
      '--subpath <dir>',
      'scope the inventory and the file-based posture checks to this folder of the target (monorepos); repository-level configuration still comes from the root',
    ),
    new Option('-q, --quiet', 'print nothing but the report and errors'),
    new Option('--debug', 'show stack traces for internal errors'),
  ];
}

/** Turns parsed flags and the environment into ScanOptions. */
export function scanOptionsFrom(flags: TargetFlags, env: NodeJS.ProcessEnv): ScanOptions {
  const maxFileSize = flags.maxFileSize === undefined ? undefined : parseSize(flags.maxFileSize);
  if (flags.maxFileSize !== undefined && maxFileSize === undefined) {
    throw new UsageError(
      `--max-file-size: "${flags.maxFileSize}" is not a size`,
      'Use a number of bytes or e.g. 512KB, 64MB.',
    );
  }
  const base = flags.defaultExcludes === false ? [] : [...DEFAULT_EXCLUDED_DIRS];
  for (const p of [...(flags.exclude ?? []), ...(flags.include ?? [])]) checkPattern(p);
  const options: ScanOptions = { excludeDirs: [...base, ...(flags.exclude ?? [])] };
  if (flags.exclude?.length) options.exclude = flags.exclude;
  if (flags.include?.length) options.include = flags.include;
  if (maxFileSize !== undefined) options.maxFileSize = maxFileSize;
  if (flags.ref !== undefined) options.ref = flags.ref;
  if (flags.subpath !== undefined) options.subpath = flags.subpath;
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) {
      throw new UsageError(
        `SOURCE_DATE_EPOCH="${epoch}" is not a number of seconds`,
        'Unset it or set it to e.g. 1700000000.',
      );
    }
    options.createdAt = new Date(Number(epoch) * 1000);
    options.reproducible = true;
  }
  return options;
}

/** Rejects patterns that cannot mean anything inside the scanned folder. */
function checkPattern(text: string): void {
  if (text.trim() === '' || /[\0\n\r]/.test(text) || text.length > 1000) {
    throw new UsageError(
      `"${text.slice(0, 80)}" is not a usable path pattern`,
      'Write e.g. --exclude vendor or --include "services/**".',
    );
  }
  if (text.replace(/\\/g, '/').split('/').includes('..')) {
    throw new UsageError(
      `${text}: a pattern cannot leave the scanned folder`,
      'Patterns are matched against paths relative to the target; drop the "..".',
    );
  }
}
