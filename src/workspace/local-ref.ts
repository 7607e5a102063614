import { realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError, UsageError } from '../core/errors/index.js';
import { type ClonedRepo, GitError, runGit } from './git.js';
import { readOnlyGitEnv } from './git-env.js';
import { checkRef, unknownLocalRef } from './ref-check.js';
import { makeTempDir } from './temp-dir.js';

/** No global config either: no user filters, hooks or credential helpers run on the ref's files. */
function localEnv(): NodeJS.ProcessEnv {
  return readOnlyGitEnv({ GIT_CONFIG_GLOBAL: '/dev/null' });
}

/** Repository config that could run a program on a read (fsmonitor, gpg); the command line wins. */
function readConfig(dir: string): string[] {
  return [
    '-c',
    'core.fsmonitor=false',
    '-c',
    'gpg.program=false',
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'advice.detachedHead=false',
    '-c',
    `safe.directory=${dir}`,
  ];
}

const CHECKOUT_HINT =
  'git could not make a temporary checkout of the repository: check that it is readable and that the temporary folder has room.';

const NOT_A_REPO_HINT =
  'Give the top folder of a git work tree, or drop --ref to scan the files as they are.';

/** The top of the git work tree at `root`; a UsageError when it is none, or `root` is below the top. */
async function workTreeTop(root: string, target: string): Promise<void> {
  const env = localEnv();
  let prefix: string;
  let top: string;
  try {
    const out = await runGit([...readConfig(root), 'rev-parse', '--show-prefix', '--show-toplevel'], {
      cwd: root,
      env,
    });
    [prefix = '', top = ''] = out.split('\n');
  } catch {
    throw new UsageError(`--ref: ${target} is not a git repository`, NOT_A_REPO_HINT);
  }
  if (prefix !== '') {
    const sub = relative(realpathSync(top), root).split('\\').join('/');
    throw new UsageError(
      `--ref: ${target} is a folder inside the git repository ${top}`,
      `Scan the repository with --ref and the folder with --subpath: sterling scan ${top} --ref <ref> --subpath ${sub}`,
    );
  }
}

/** The commit a ref names in the repository at `root` (branch, tag, sha, `HEAD~3`, ...). */
export async function resolveLocalRef(root: string, ref: string, target: string): Promise<string> {
  checkRef(ref);
  await workTreeTop(root, target);
  try {
    const out = await runGit(
      [...readConfig(root), 'rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
      { cwd: root, env: localEnv() },
    );
    const sha = out.trim();
    if (/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) return sha;
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
  }
  throw unknownLocalRef(ref, target);
}

/** The repository's `origin` URL, if it has one. */
async function originUrl(root: string): Promise<string | undefined> {
  try {
    const out = await runGit([...readConfig(root), 'config', '--get', 'remote.origin.url'], {
      cwd: root,
      env: localEnv(),
    });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The tree and history of a local repository at `ref`, in a temporary folder, without touching the
 * repository's work tree, index or refs: a `--shared` clone (it borrows the objects, copies
 * nothing) checked out detached at the resolved commit. Removed by `cleanup`, on an error, or when
 * the process is interrupted.
 */
export async function checkoutLocalRef(root: string, ref: string, target = root): Promise<ClonedRepo> {
  let real: string;
  try {
    real = realpathSync(root);
  } catch {
    throw new InputError(`${target}: no such file or directory`, {
      path: target,
      hint: 'Give a folder or a git URL to scan.',
    });
  }
  const commit = await resolveLocalRef(real, ref, target);
  const origin = await originUrl(real);
  const tmp = await makeTempDir('sterling-ref-');
  const dir = join(tmp.path, 'repo');
  const env = localEnv();
  const inDir = { cwd: dir, env, hint: CHECKOUT_HINT };
  try {
    await runGit(
      [
        ...readConfig(real),
        '-c',
        'protocol.file.allow=always',
        'clone',
        '--quiet',
        '--no-checkout',
        '--shared',
        '--',
        real,
        dir,
      ],
      { env, hint: CHECKOUT_HINT },
    );
    await runGit([...readConfig(dir), 'checkout', '--quiet', '--detach', commit], inDir);
    // The forge checks find the repository through `origin`: the user's, not the temporary clone's source path.
    if (origin === undefined) await runGit([...readConfig(dir), 'remote', 'remove', 'origin'], inDir);
    else await runGit([...readConfig(dir), 'remote', 'set-url', '--', 'origin', origin], inDir);
    return { dir, commit, cleanup: tmp.remove };
  } catch (err) {
    await tmp.remove();
    throw err;
  }
}
