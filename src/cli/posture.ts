/**
 * `sterling posture [target]`: the Scorecard-compatible posture checks alone (no inventory).
 * Loads the pipeline and renderers only when it runs.
 */
import { Command, Option } from 'commander';
import { forgeOfflineOption, forgeOptions } from './forge-options.js';
import { targetOptions } from './options.js';
import type { CliIO, RunScanFlags } from './run-scan.js';

export const POSTURE_FORMATS = ['table', 'json', 'scorecard-json'] as const;

export function postureCommand(io: CliIO, setCode: (code: number) => void): Command {
  const cmd = new Command('posture')
    .description(
      'Score how securely a project is run: OpenSSF Scorecard-compatible checks from the files, git history and the GitHub API',
    )
    .argument('[target]', 'folder or git URL (https://, ssh://, git@host:path)', '.')
    .addOption(new Option('-f, --format <format>', 'report format').choices(POSTURE_FORMATS).default('table'))
    .addOption(forgeOfflineOption())
    .exitOverride();
  for (const o of forgeOptions()) cmd.addOption(o);
  // --include selects lockfiles for the inventory; posture looks at the whole repository, as Scorecard does.
  for (const o of targetOptions()) if (o.long !== '--include') cmd.addOption(o);
  cmd.action(async (target: string, flags: RunScanFlags) => {
    const { runScan } = await import('./run-scan.js');
    const { postureFormat } = await import('../report/formats/table/posture-format.js');
    const { formatById } = await import('../report/registry.js');
    const format = flags.format === 'table' ? postureFormat : formatById(flags.format)!;
    setCode(await runScan(target, { ...flags, posture: true }, format, io, { extractors: [] }));
  });
  return cmd;
}
