/**
 * `sterling baseline [target]`: OSPS Baseline conformance (level reached, requirements not met).
 * Reads the inventory too (dependency manifests are evidence); loads the pipeline only when it runs.
 */
import { Command, Option } from 'commander';
import { forgeOfflineOption, forgeOptions } from './forge-options.js';
import { targetOptions } from './options.js';
import type { CliIO, RunScanFlags } from './run-scan.js';

export const BASELINE_FORMATS = ['table', 'json'] as const;

export function baselineCommand(io: CliIO, setCode: (code: number) => void): Command {
  const cmd = new Command('baseline')
    .description(
      'Evaluate the OSPS Baseline (v2026.02.19): the level reached and, per level, the requirements not met',
    )
    .argument('[target]', 'folder or git URL (https://, ssh://, git@host:path)', '.')
    .addOption(
      new Option('-f, --format <format>', 'report format').choices(BASELINE_FORMATS).default('table'),
    )
    .addOption(forgeOfflineOption())
    .exitOverride();
  for (const o of forgeOptions()) cmd.addOption(o);
  for (const o of targetOptions()) cmd.addOption(o);
  cmd.action(async (target: string, flags: RunScanFlags) => {
    const { runScan } = await import('./run-scan.js');
    const { baselineFormat } = await import('../report/formats/table/baseline-format.js');
    const { formatById } = await import('../report/registry.js');
    const format = flags.format === 'table' ? baselineFormat : formatById(flags.format)!;
    setCode(await runScan(target, { ...flags, baseline: true }, format, io));
  });
  return cmd;
}
