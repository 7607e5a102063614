import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ExternalSourceError, UsageError } from '../core/errors/index.js';
import { checkRemoteRef, unknownRemoteRef } from './ref-check.js';
import { makeTempDir } from './temp-dir.js';

/** True when the target names a remote git repository Sterling may clone. */
export function isGitUrl(target: string): boolean {
  return /^(https:\/\/|ssh:\/\/|git@)/.test(target);
}

/** Rejects URL forms that are not allowed as targets (plain http, git://, file://, ext::). */
export function checkTargetUrl(target: string): void {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target) && !isGitUrl(target)) {
    throw new UsageError(
      `${target}: unsupported URL scheme`,
      'Use an https://, ssh:// or git@host:path URL, or a local folder.',
    );
  }
  if (/^[a-z][a-z0-9+.-]*::/i.test(target)) {
    throw new UsageError(
      `${target}: git remote helpers are not allowed`,
      'Use an https://, ssh:// or git@ URL.',
    );
  }
  if (isGitUrl(target) && /[\s\0]/.test(target)) {
    throw new UsageError(`${target}: the URL contains whitespace or NUL`, 'Check the URL.');
  }
}

export interface ClonedRepo {
  dir: string;
  commit: string;
  /** Removes the temporary clone. Safe to call twice. */
  cleanup(): Promise<void>;
}

const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: 'true',
  SSH_ASKPASS: 'true',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_PROTOCOL_FROM_USER: '0',
  // A scanned repository's .gitattributes must not make git download LFS objects at checkout.
  GIT_LFS_SKIP_SMUDGE: '1',
};

const GIT_HINT =
  'Check the URL and your access to the repository (git must be installed), or clone it yourself and scan the folder.';

function subcommand(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c') i++;
    else return args[i]!;
  }
  return '';
}

/** The line of git's stderr that says what went wrong (its `fatal:` line when there is one). */
function gitReason(stderr: string, fallback: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.find((l) => l.startsWith('fatal:')) ?? lines.at(-1) ?? fallback).replace(/^fatal:\s*/, '');
}

/** Why a git command failed: the message of the ExternalSourceError, and git's own stderr. */
export class GitError extends ExternalSourceError {
  readonly stderr: string;
  constructor(message: string, hint: string, stderr: string) {
    super(message, hint);
    this.stderr = stderr;
  }
}

/**
 * Runs git with a fixed argument array (no shell), bounded output and time; a failure becomes a
 * GitError that says which subcommand failed and git's reason. `env` replaces the environment.
 */
export function runGit(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; hint?: string } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 10 * 60_000,
        maxBuffer: 16 * 1024 * 1024,
        env: options.env ?? { ...process.env, ...GIT_ENV },
      },
      (err, stdout, stderr) => {
        if (err)
          reject(
            new GitError(
              `git ${subcommand(args)} failed: ${gitReason(stderr, err.message)}`,
              options.hint ?? GIT_HINT,
              stderr,
            ),
          );
        else resolve(stdout);
      },
    );
  });
}

/** Config for every command that fetches: https and ssh only (file:// for Sterling's tests), no hooks. */
function fetchConfig(allowFile: boolean): string[] {
  return [
    '-c',
    'protocol.allow=never',
    '-c',
    'protocol.https.allow=always',
    '-c',
    'protocol.ssh.allow=always',
    '-c',
    `protocol.file.allow=${allowFile ? 'always' : 'never'}`,
    '-c',
    'core.symlinks=false',
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'advice.detachedHead=false',
  ];
}

/**
 * Clones a repository shallowly into a fresh temporary folder (removed by `cleanup`, on an error,
 * or when the process is interrupted). Only https/ssh transports, no submodules, no checkout of
 * symlinks as links (they become plain files), no hooks. With `ref` (a branch, a tag or a full
 * commit sha), that commit is fetched and checked out instead of the default branch.
 */
export async function cloneShallow(
  url: string,
  options: { allowFileProtocol?: boolean; ref?: string } = {},
): Promise<ClonedRepo> {
  // file:// is for Sterling's own tests (a real local repository); users cannot pass it.
  if (!options.allowFileProtocol) checkTargetUrl(url);
  if (options.ref !== undefined) checkRemoteRef(options.ref);
  const tmp = await makeTempDir('sterling-clone-');
  const dir = join(tmp.path, 'repo');
  const config = fetchConfig(options.allowFileProtocol === true);
  try {
    if (options.ref === undefined) {
      await runGit([
        ...config,
        'clone',
        '--depth',
        '1',
        '--no-tags',
        '--single-branch',
        '--quiet',
        '--',
        url,
        dir,
      ]);
    } else await fetchRef(config, url, options.ref, dir);
    const commit = (await runGit(['-c', `safe.directory=${dir}`, 'rev-parse', 'HEAD'], { cwd: dir })).trim();
    return { dir, commit, cleanup: tmp.remove };
  } catch (err) {
    await tmp.remove();
    throw err;
  }
}

/** A shallow fetch of one ref into an empty repository, checked out detached. */
async function fetchRef(config: string[], url: string, ref: string, dir: string): Promise<void> {
  await runGit(['init', '--quiet', '--', dir]);
  const inDir = { cwd: dir };
  const safe = ['-c', `safe.directory=${dir}`];
  // `origin`, as a clone has it: the forge checks find the repository through it.
  await runGit([...safe, 'remote', 'add', '--', 'origin', url], inDir);
  try {
    await runGit(
      [...config, ...safe, 'fetch', '--depth', '1', '--no-tags', '--quiet', '--', 'origin', ref],
      inDir,
    );
  } catch (err) {
    if (
      err instanceof GitError &&
      /couldn't find remote ref|not our ref|unadvertised object/.test(err.stderr)
    )
      throw unknownRemoteRef(ref, url);
    throw err;
  }
  const sha = (await runGit([...safe, 'rev-parse', '--verify', 'FETCH_HEAD^{commit}'], inDir)).trim();
  await runGit([...safe, ...config, 'checkout', '--quiet', '--detach', sha], inDir);
}
