/**
 * `sterling badge [target]`: an SVG badge for a README, the aggregate posture score or the OSPS
 * Baseline level, from a scan or (`--from`) from a result written by `scan --format json`.
 * Loads the pipeline only when it scans.
 */
import { Command, Option } from 'commander';
import type { ScanResult } from '../core/model/scan-result.js';
import type { ReportFormat } from '../core/plugin/format.js';
import { BADGE_KINDS, type BadgeKind, badgeFor } from '../report/badge/from-result.js';
import { badgeSvg } from '../report/badge/svg.js';
import { sanitizeTerminal } from '../report/text/sanitize.js';
import { EXIT } from './exit-codes.js';
import { forgeOfflineOption, forgeOptions } from './forge-options.js';
import { targetOptions } from './options.js';
import { writeFileAtomic, writeStdout } from './output.js';
import type { CliIO, RunScanFlags } from './run-scan.js';

interface BadgeFlags extends RunScanFlags {
  kind: BadgeKind;
  from?: string;
}

function badgeFormat(kind: BadgeKind): ReportFormat {
  return {
    id: 'badge',
    description: 'SVG badge',
    requirements: { network: false },
    mediaType: 'image/svg+xml',
    extension: '.svg',
    sbom: false,
    render: (result: ScanResult) => badgeSvg(badgeFor(result, kind)),
  };
}

export function badgeCommand(io: CliIO, setCode: (code: number) => void): Command {
  const cmd = new Command('badge')
    .description(
      'Write an SVG badge for a README: the posture score (0-10) or the OSPS Baseline level reached',
    )
    .argument('[target]', 'folder or git URL (https://, ssh://, git@host:path)', '.')
    .addOption(new Option('--kind <kind>', 'what the badge shows').choices(BADGE_KINDS).default('score'))
    .addOption(
      new Option('--from <file>', 'build it from a `sterling scan --format json` result instead of scanning'),
    )
    .addOption(forgeOfflineOption())
    .exitOverride();
  for (const o of forgeOptions()) cmd.addOption(o);
  for (const o of targetOptions()) if (o.long !== '--include') cmd.addOption(o);
  cmd.action(async (target: string, flags: BadgeFlags) => {
    if (flags.from !== undefined) {
      const { readResultFile } = await import('./result-file.js');
      const svg = badgeSvg(badgeFor(readResultFile(flags.from), flags.kind));
      if (flags.output === undefined) await writeStdout(svg);
      else {
        writeFileAtomic(flags.output, svg);
        if (!flags.quiet) io.stderr.write(`Wrote badge to ${sanitizeTerminal(flags.output)}.\n`);
      }
      setCode(EXIT.ok);
      return;
    }
    const { runScan } = await import('./run-scan.js');
    // The score needs the posture checks alone; the Baseline also reads the inventory (manifests are evidence).
    const baseline = flags.kind === 'baseline';
    setCode(
      await runScan(
        target,
        { ...flags, format: 'badge', posture: !baseline, baseline },
        badgeFormat(flags.kind),
        io,
        baseline ? {} : { extractors: [] },
      ),
    );
  });
  return cmd;
}
