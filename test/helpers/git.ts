import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writeTree } from './tmp.js';

/** Runs git in `dir` as a fixed test identity (commits need one), output discarded. */
export function gitIn(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.org', ...args], {
    cwd: dir,
    stdio: 'ignore',
  });
}

/** A git repository in `dir` with everything in it committed, plus `extra` empty commits. */
export function commitAll(dir: string, message = 'init', extra = 0): void {
  gitIn(dir, 'init', '-q');
  gitIn(dir, 'add', '.');
  gitIn(dir, 'commit', '-qm', message);
  for (let i = 0; i < extra; i++) gitIn(dir, 'commit', '-q', '--allow-empty', '-m', `empty ${i + 1}`);
}

/** `Name <email>` as a pair. */
export type Who = [name: string, email: string];

export const ALICE: Who = ['Alice', 'alice@acme.io'];
export const BOB: Who = ['Bob', 'bob@globex.com'];
export const DEPENDABOT: Who = ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'];
export const GITHUB: Who = ['GitHub', 'noreply@github.com'];

const DAY = 24 * 60 * 60 * 1000;

export interface CommitSpec {
  message?: string;
  author?: Who;
  /** Default: the author. */
  committer?: Who;
  daysAgo?: number;
  /** Files to write (path -> content) instead of the next `f<n>.txt`. */
  files?: Record<string, string | Buffer>;
}

/**
 * A real git repository in a temporary folder, built with the git command line (no shell): dated
 * commits by chosen people, branches and merges. Each call writes a new file so commits differ.
 */
export class TestRepo {
  readonly dir: string;
  private n = 0;

  constructor(dir = tempDir('sterling-history-')) {
    this.dir = dir;
    this.git({}, 'init', '-q', '-b', 'main');
  }

  git(spec: CommitSpec, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: this.env(spec) });
  }

  commit(spec: CommitSpec = {}): this {
    this.n++;
    if (spec.files) writeTree(this.dir, spec.files);
    else writeFileSync(join(this.dir, `f${this.n}.txt`), String(this.n));
    this.git(spec, 'add', '.');
    // -F - : the message through standard input, byte for byte (control characters, megabytes).
    execFileSync('git', ['commit', '-q', '--cleanup=verbatim', '-F', '-'], {
      cwd: this.dir,
      input: spec.message ?? `change ${this.n}`,
      maxBuffer: 64 * 1024 * 1024,
      env: this.env(spec),
    });
    return this;
  }

  /** Commits `count` times, one day apart, starting `daysAgo` days back. */
  commits(count: number, spec: CommitSpec = {}): this {
    const start = spec.daysAgo ?? 0;
    for (let i = count - 1; i >= 0; i--) this.commit({ ...spec, daysAgo: start + i });
    return this;
  }

  /** The commit a ref names. */
  sha(ref = 'HEAD'): string {
    return this.git({}, 'rev-parse', '--verify', `${ref}^{commit}`).trim();
  }

  /** On a new branch from main: commits by `author`, then back on main a --no-ff merge by `merger`. */
  mergeBranch(name: string, author: Who, merger: Who, subject: string, daysAgo = 1): this {
    this.git({}, 'checkout', '-q', '-b', name);
    this.commit({ author, daysAgo });
    this.git({}, 'checkout', '-q', 'main');
    this.git({ author: merger, daysAgo }, 'merge', '-q', '--no-ff', '-m', subject, name);
    return this;
  }

  private env(spec: CommitSpec): NodeJS.ProcessEnv {
    const [an, ae] = spec.author ?? ALICE;
    const [cn, ce] = spec.committer ?? spec.author ?? ALICE;
    const date = new Date(Date.now() - (spec.daysAgo ?? 0) * DAY).toISOString();
    return {
      ...process.env,
      GIT_AUTHOR_NAME: an,
      GIT_AUTHOR_EMAIL: ae,
      GIT_COMMITTER_NAME: cn,
      GIT_COMMITTER_EMAIL: ce,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
    };
  }
}
