import { execFile } from 'node:child_process';
import { readOnlyGitEnv } from '../../workspace/git-env.js';
import { LOOKBACK_DAYS } from './activity.js';
import { type CommitFact, type GitInvocation, readLog } from './git-log.js';

export type { CommitFact } from './git-log.js';

export type GitFacts =
  | {
      available: true;
      head: string;
      shallow: boolean;
      /** The last MAX_COMMITS commits reachable from HEAD (all parents), newest first. */
      commits: CommitFact[];
      /** More commits exist than were read. */
      truncated: boolean;
      /** The last MAX_CHANGESETS commits of the first-parent line (each merge stands for its branch). */
      changesets: CommitFact[];
      /** The second parents of the merges among `changesets` (the merged branches' tips), when present. */
      mergedTips: CommitFact[];
      /**
       * Oldest author or committer date of the whole history, when known: all of it was read (in a
       * shallow clone: all that is present), or a busy repository's root commits were read.
       */
      firstCommitDate?: string;
      /** Oldest author or committer date among `commits`. */
      oldestReadDate?: string;
      /** When the history was read (ISO 8601): the reference time of Scorecard's windows. */
      readAt: string;
    }
  | { available: false; reason: string };

/** Commits read at most; enough for Scorecard's windows (30 changesets, 90 days of activity). */
export const MAX_COMMITS = 500;
/** Changesets Scorecard's Code-Review looks at (its default commit depth). */
export const MAX_CHANGESETS = 30;
/** Root commits whose dates are read at most (a repository may join several histories). */
const MAX_ROOTS = 20;

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

/** The git options and environment for reading an untrusted repository at `root`. */
export function gitInvocation(root: string): GitInvocation {
  return { args: [...SAFE_CONFIG, '-c', `safe.directory=${root}`, '--no-pager'], env: readOnlyGitEnv() };
}

/**
 * Runs git read-only in `root`: fixed argument array (no shell), no pager, no repository config
 * that runs programs, bounded output and time.
 */
export function gitRead(root: string, args: string[], maxBuffer = 16 * 1024 * 1024): Promise<string> {
  const git = gitInvocation(root);
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...git.args, ...args],
      { cwd: root, timeout: 60_000, maxBuffer, env: git.env },
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

/**
 * The history the posture checks read: the last MAX_COMMITS commits, the last MAX_CHANGESETS
 * first-parent commits and the tips they merged, and the date of the first commit; or why there is
 * no history to read. With a subpath, the commits and changesets are those that change a file under
 * it (a merge counts when it changes one against its first parent); the first commit is still the
 * repository's.
 */
export async function collectGitHistory(
  root: string,
  max = MAX_COMMITS,
  subpath?: string,
): Promise<GitFacts> {
  if (!(await isGitRoot(root))) {
    return { available: false, reason: 'the target is not the top folder of a git repository' };
  }
  let head: string;
  try {
    head = (await gitRead(root, ['rev-parse', '--verify', '--quiet', 'HEAD'])).trim();
  } catch {
    return { available: false, reason: 'the git repository has no commits' };
  }
  try {
    const readAt = new Date().toISOString();
    const git = gitInvocation(root);
    const shallow = (await gitRead(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    // `-- <subpath>`: a pathspec, never an option or a revision (the subpath is checked, see workspace/subpath.ts).
    const only = subpath === undefined ? [] : ['--', subpath];
    const log = await readLog(root, git, [`--max-count=${max + 1}`, 'HEAD', ...only]);
    const commits = log.commits.slice(0, max);
    const truncated = log.commits.length > max || log.cut;
    const changesets = (
      await readLog(root, git, ['--first-parent', `--max-count=${MAX_CHANGESETS}`, 'HEAD', ...only])
    ).commits;
    const mergedTips = await readTips(root, git, changesets, commits);
    const oldestReadDate = oldestDate(commits);
    // The whole history was read: its oldest date is the first commit's. Otherwise the roots are
    // read only when every commit read is recent (walking to the roots costs time on big histories).
    // A subpath's commits are not the whole history: its oldest is not the repository's first.
    const recent = Date.parse(readAt) - LOOKBACK_DAYS * 24 * 60 * 60 * 1000;
    const firstCommitDate =
      !truncated && subpath === undefined
        ? oldestReadDate
        : oldestReadDate !== undefined && Date.parse(oldestReadDate) <= recent
          ? undefined
          : await readFirstCommitDate(root, git);
    const facts: GitFacts = {
      available: true,
      head,
      shallow,
      commits,
      truncated,
      changesets,
      mergedTips,
      readAt,
    };
    if (firstCommitDate) facts.firstCommitDate = firstCommitDate;
    if (oldestReadDate) facts.oldestReadDate = oldestReadDate;
    return facts;
  } catch (err) {
    return { available: false, reason: `git history could not be read: ${(err as Error).message}` };
  }
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The second parents of the merges among `changesets` (read when not among `known`); absent in a shallow clone. */
async function readTips(
  root: string,
  git: GitInvocation,
  changesets: readonly CommitFact[],
  known: readonly CommitFact[],
): Promise<CommitFact[]> {
  const bySha = new Map(known.map((c) => [c.sha, c]));
  const wanted = changesets.flatMap((c) => (c.parents.length > 1 ? [c.parents[1]!] : []));
  const found = wanted.flatMap((s) => bySha.get(s) ?? []);
  const missing = wanted.filter((s) => !bySha.has(s) && SHA.test(s));
  if (missing.length === 0) return found;
  // --ignore-missing: in a shallow clone a merged tip may be absent.
  const more = await readLog(root, git, ['--no-walk=unsorted', '--ignore-missing', ...missing]);
  return [...found, ...more.commits];
}

/** The oldest author or committer date of the root commits (at most MAX_ROOTS of them). */
async function readFirstCommitDate(root: string, git: GitInvocation): Promise<string | undefined> {
  const out = await gitRead(root, ['rev-list', '--max-parents=0', `--max-count=${MAX_ROOTS}`, 'HEAD']);
  const roots = out.split('\n').filter((s) => SHA.test(s));
  if (roots.length === 0) return undefined;
  return oldestDate((await readLog(root, git, ['--no-walk=unsorted', ...roots])).commits);
}

/** The oldest author or committer date of these commits (ISO 8601, UTC). */
function oldestDate(commits: readonly CommitFact[]): string | undefined {
  let oldest: number | undefined;
  for (const c of commits) {
    for (const d of [c.authorDate, c.committerDate]) {
      const t = Date.parse(d);
      if (!Number.isNaN(t) && (oldest === undefined || t < oldest)) oldest = t;
    }
  }
  return oldest === undefined ? undefined : new Date(oldest).toISOString();
}
