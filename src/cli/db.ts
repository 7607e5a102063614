/**
 * `sterling db import | update | status`: the offline OSV vulnerability database. Progress goes to
 * stderr only when it is a terminal (and not --quiet); results go to stdout (text or --json). The
 * actions live in db-actions.ts and are loaded only when one runs, so `sterling --help` stays fast.
 */
import { Command, Option } from 'commander';
import { DEFAULT_OSV_BASE_URL } from '../vuln/db/paths.js';
import type { DbFlags, UpdateFlags } from './db-actions.js';
import type { CliIO } from './run-scan.js';

function common(cmd: Command): Command {
  return cmd
    .addOption(new Option('--db <path>', 'database file (default: $STERLING_DB, else the user cache folder)'))
    .addOption(new Option('--json', 'print the result as JSON'))
    .addOption(new Option('-q, --quiet', 'no progress output'))
    .addOption(new Option('--debug', 'show stack traces for internal errors'))
    .exitOverride();
}

/** The `db` command with its sub-commands; `setCode` receives each action's exit code. */
export function dbCommand(io: CliIO, setCode: (code: number) => void): Command {
  const db = new Command('db').description('Manage the offline OSV vulnerability database').exitOverride();
  common(
    db
      .command('import')
      .description(
        'Import OSV records: all.zip files from osv.dev, folders of .json/.yaml records, .json files',
      )
      .argument('<inputs...>', 'zip files, folders or .json/.yaml files'),
  ).action(async (inputs: string[], flags: DbFlags) =>
    setCode(await (await import('./db-actions.js')).runImport(inputs, flags, io)),
  );
  common(
    db
      .command('update')
      .description('Download <base>/<ECOSYSTEM>/all.zip for each ecosystem when it changed, and import it')
      .addOption(
        new Option(
          '--ecosystem <name...>',
          'OSV ecosystems, e.g. npm PyPI Go (default: those in the database)',
        ),
      )
      .addOption(
        new Option(
          '--base-url <url>',
          `export bucket or mirror (default: $STERLING_OSV_BASE_URL, else ${DEFAULT_OSV_BASE_URL})`,
        ),
      ),
  ).action(async (flags: UpdateFlags) =>
    setCode(await (await import('./db-actions.js')).runUpdate(flags, io)),
  );
  common(
    db.command('status').description('Show records per ecosystem, the newest record and the age of the data'),
  ).action(async (flags: DbFlags) => setCode(await (await import('./db-actions.js')).runStatus(flags, io)));
  return db;
}
