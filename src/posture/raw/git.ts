import { execFile } from 'node:child_process';

/** One commit of the history, as `git log` reports it. */
export interface CommitFact {
  sha: string;
  parents: string[];
  authorEmail: string;
  authorDate: string;
  committerDate: string;
  subject: string;
  /** Commit-message trailers (`Reviewed-by: ...`), one per line. */
  trailers: string[];
}

export type GitFacts =
  | { available: true; head: string; shallow: boolean; commits: CommitFact[]; truncated: boolean }
  | { available: false; reason: string };

/** Commits read at most; enough for Scorecard's windows (30 changesets, 90 days of activity). */
export const MAX_COMMITS = 500;

const FIELD = '\u001f';
const RECORD = '\u001e';
const FORMAT = ['%H', '%P', '%ae', '%aI', '%cI', '%s', '%(trailers:only,unfold)'].join('%x1f');

/**
 * Config that a scanned repository's own .git/config could use to make a read command run a
 * program (fsmonitor hook, signature verification through gpg.program); the command line wins.
 */
const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'log.showSignature=false',
  '-c',
  'gpg.program=false',
];

/** The environment without GIT_* variables (GIT_DIR and friends would point git at another repository). */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}

/**
 * Runs git read-only in `root`: fixed argument array (no shell), no pager, no repository config
 * that runs programs, bounded output and time.
 */
export function gitRead(root: string, args: string[], maxBuffer = 16 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...SAFE_CONFIG, '-c', `safe.directory=${root}`, '--no-pager', ...args],
      { cwd: root, timeout: 60_000, maxBuffer, env: gitEnv() },
      (err, stdout, stderr) => {
        if (err) reject(new Error((stderr || err.message).trim().split('\n')[0] ?? 'git failed'));
        else resolve(stdout);
      },
    );
  });
}

/** True when `root` is the top of a git work tree (not merely a folder inside someone else's repository). */
export async function isGitRoot(root: string): Promise<boolean> {
  try {
    const prefix = await gitRead(root, ['rev-parse', '--show-prefix']);
    return prefix.trim() === '';
  } catch {
    return false;
  }
}

/** The last MAX_COMMITS commits reachable from HEAD, or why there is no history to read. */
export async function collectGitHistory(root: string, max = MAX_COMMITS): Promise<GitFacts> {
  if (!(await isGitRoot(root))) {
    return { available: false, reason: 'the target is not the top folder of a git repository' };
  }
  try {
    const head = (await gitRead(root, ['rev-parse', 'HEAD'])).trim();
    const shallow = (await gitRead(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    const out = await gitRead(root, ['log', `--max-count=${max + 1}`, `--format=${FORMAT}${RECORD}`]);
    const commits = out
      .split(RECORD)
      .map((r) => r.replace(/^\n/, ''))
      .filter((r) => r.length > 0)
      .map(parseCommit);
    const truncated = commits.length > max;
    return { available: true, head, shallow, commits: commits.slice(0, max), truncated };
  } catch (err) {
    return { available: false, reason: `git history could not be read: ${(err as Error).message}` };
  }
}

function parseCommit(record: string): CommitFact {
  const [
    sha = '',
    parents = '',
    authorEmail = '',
    authorDate = '',
    committerDate = '',
    subject = '',
    trailers = '',
  ] = record.split(FIELD);
  return {
    sha,
    parents: parents.split(' ').filter(Boolean),
    authorEmail,
    authorDate,
    committerDate,
    subject,
    trailers: trailers
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  };
}
