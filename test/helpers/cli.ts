import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from './shared.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI entry point (src/cli/bin.ts through tsx, so it is always the current code) as
 * a child process, with stdout/stderr piped (not a terminal) and NO_COLOR unset unless given;
 * offline, with no vulnerability database and no forge token, unless `env` says otherwise.
 */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      FORCE_COLOR: undefined,
      NO_COLOR: undefined,
      SOURCE_DATE_EPOCH: undefined,
      // Hermetic by default: no network, and a vulnerability database that does not exist.
      STERLING_OFFLINE: '1',
      STERLING_DB: join(tmpdir(), 'sterling-test-no-such-dir', 'osv.sqlite'),
      STERLING_OSV_BASE_URL: undefined,
      // No forge token or endpoint from the caller's environment.
      STERLING_GITHUB_TOKEN: undefined,
      GITHUB_TOKEN: undefined,
      STERLING_GITHUB_API_URL: undefined,
      STERLING_BESTPRACTICES_URL: undefined,
    };
    for (const [k, v] of Object.entries(options.env ?? {})) env[k] = v;
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, ['--import', 'tsx', repoPath('src', 'cli', 'bin.ts'), ...args], {
      cwd: options.cwd ?? repoPath(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
