import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import { UserError } from '../core/errors/index.js';
import { STERLING_VERSION } from '../core/version.js';
import { FORMAT_IDS, SBOM_FORMAT_IDS } from '../report/format-ids.js';
import { sanitizeTerminal } from '../report/text/sanitize.js';
import { badgeCommand } from './badge.js';
import { baselineCommand } from './baseline.js';
import { dbCommand } from './db.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { forgeOptions } from './forge-options.js';
import { targetOptions } from './options.js';
import { postureCommand } from './posture.js';
import type { CliIO, RunScanFlags } from './run-scan.js';
import { tasksCommand } from './tasks.js';
import { colorEnabled } from './terminal.js';
import { vulnOptions } from './vuln-options.js';

const EXIT_HELP = `
Exit codes:
  0   success
  1   vulnerability findings at or above --fail-on (or the config's failOn)
  2   usage error (unknown command, flag or value)
  3   the target or a file in it could not be read or parsed (results incomplete)
  4   a network source or external program (git) failed
  70  internal error (a bug in Sterling; rerun with --debug and report it)
`;

function build(io: CliIO, setCode: (code: number) => void): Command {
  const program = new Command('sterling')
    .description('Security toolbelt for open-source software: inventory, SBOMs and more, offline-first.')
    .version(STERLING_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_HELP)
    .exitOverride();

  const scanCmd = program
    .command('scan')
    .description('Inventory the dependencies of a folder or git repository and report them')
    .argument(
      '[target]',
      'folder, git URL (https://, ssh://, git@host:path), or an SBOM file (CycloneDX / SPDX JSON)',
      '.',
    )
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMAT_IDS).default('table'));
  const sbomCmd = program
    .command('sbom')
    .description('Write a software bill of materials (CycloneDX 1.6 or SPDX 2.3 JSON)')
    .argument(
      '[target]',
      'folder, git URL (https://, ssh://, git@host:path), or an SBOM file (CycloneDX / SPDX JSON)',
      '.',
    )
    .addOption(
      new Option('-f, --format <format>', 'SBOM format').choices(SBOM_FORMAT_IDS).default('cyclonedx'),
    );
  for (const o of vulnOptions()) scanCmd.addOption(o);
  scanCmd.addOption(
    new Option('--no-posture', 'skip the posture checks (Scorecard-compatible) and the OSPS Baseline'),
  );
  for (const o of forgeOptions()) scanCmd.addOption(o);
  scanCmd.addOption(
    new Option(
      '--compare <file>',
      'an earlier `scan --format json` result: mark findings new, changed or fixed since then (markdown)',
    ),
  );
  for (const [cmd, sbomOnly] of [
    [scanCmd, false],
    [sbomCmd, true],
  ] as const) {
    for (const o of targetOptions()) cmd.addOption(o);
    cmd.exitOverride();
    cmd.action(async (target: string, flags: RunScanFlags) => {
      // Loaded on use: the pipeline, parsers and renderers are not needed for --help or `db`.
      const { pickFormat, runScan } = await import('./run-scan.js');
      // `scan` evaluates the Baseline with the posture checks; `sbom` does neither (posture undefined).
      const withBaseline = { ...flags, baseline: flags.posture === true };
      setCode(await runScan(target, withBaseline, pickFormat(flags.format, sbomOnly), io));
    });
  }
  program.addCommand(postureCommand(io, setCode));
  program.addCommand(baselineCommand(io, setCode));
  program.addCommand(tasksCommand(io, setCode));
  program.addCommand(dbCommand(io, setCode));
  program.addCommand(badgeCommand(io, setCode));
  return program;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = build(io, (c) => {
    code = c;
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const color = pc.createColors(colorEnabled(io.env, io.stderr.isTTY === true));
    if (err instanceof UserError) {
      io.stderr.write(`${color.red('error:')} ${sanitizeTerminal(err.message)}\n`);
      if (err.hint) io.stderr.write(`${sanitizeTerminal(err.hint)}\n`);
    } else {
      io.stderr.write(
        `${color.red('internal error:')} ${sanitizeTerminal(err instanceof Error ? err.message : String(err))}\n` +
          'This is a bug in Sterling. Rerun with --debug and report the output.\n',
      );
    }
    if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return exitCodeFor(err);
  }
}
