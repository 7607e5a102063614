import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExternalSourceError, UsageError } from '../core/errors/index.js';

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

function git(args: string[], cwd?: string, timeoutMs = 10 * 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...GIT_ENV } },
      (err, stdout, stderr) => {
        if (err)
          reject(
            new ExternalSourceError(
              `git ${subcommand(args)} failed: ${gitReason(stderr, err.message)}`,
              GIT_HINT,
            ),
          );
        else resolve(stdout);
      },
    );
  });
}

/**
 * Clones a repository shallowly into a fresh temporary folder. Only https/ssh transports, no
 * submodules, no checkout of symlinks as links (they become plain files), no hooks.
 */
export async function cloneShallow(
  url: string,
  options: { allowFileProtocol?: boolean } = {},
): Promise<ClonedRepo> {
  // file:// is for Sterling's own tests (a real local repository); users cannot pass it.
  if (!options.allowFileProtocol) checkTargetUrl(url);
  const parent = await mkdtemp(join(tmpdir(), 'sterling-clone-'));
  const dir = join(parent, 'repo');
  const cleanup = () => rm(parent, { recursive: true, force: true });
  try {
    await git([
      '-c',
      'protocol.allow=never',
      '-c',
      'protocol.https.allow=always',
      '-c',
      'protocol.ssh.allow=always',
      '-c',
      `protocol.file.allow=${options.allowFileProtocol ? 'always' : 'never'}`,
      '-c',
      'core.symlinks=false',
      '-c',
      'core.hooksPath=/dev/null',
      '-c',
      'advice.detachedHead=false',
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
    const commit = (await git(['-c', `safe.directory=${dir}`, 'rev-parse', 'HEAD'], dir)).trim();
    return { dir, commit, cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
