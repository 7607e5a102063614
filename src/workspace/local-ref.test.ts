import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { monorepoWithHistory } from '../../test/helpers/monorepo.js';
import { tempDir } from '../../test/helpers/tmp.js';
import { UsageError } from '../core/errors/index.js';
import { checkoutLocalRef } from './local-ref.js';

describe('checkoutLocalRef', () => {
  const repo = monorepoWithHistory();
  // The user's work in progress: a modified file, a staged new file, an untracked file.
  writeFileSync(join(repo.dir, 'packages/b/README.md'), '# b, edited\n');
  writeFileSync(join(repo.dir, 'staged.txt'), 'staged\n');
  repo.git({}, 'add', 'staged.txt');
  writeFileSync(join(repo.dir, 'untracked.txt'), 'mine\n');
  const git = (...args: string[]) => repo.git({}, ...args);
  /** Everything --ref must leave alone: work tree and index state, refs, HEAD, the index file. */
  const state = () => ({
    status: git('status', '--porcelain=v1', '--untracked-files=all'),
    refs: git('for-each-ref', '--format=%(refname) %(objectname)'),
    head: git('symbolic-ref', 'HEAD'),
    index: readFileSync(join(repo.dir, '.git', 'index')).toString('base64'),
    worktrees: existsSync(join(repo.dir, '.git', 'worktrees')),
  });
  const before = state();

  const refs: Array<[string, () => string]> = [
    ['v1', () => repo.v1],
    ['main', () => repo.head],
    ['HEAD~7', () => repo.v1],
    [repo.v1, () => repo.v1],
    [repo.v1.slice(0, 10), () => repo.v1],
  ];
  for (const [ref, want] of refs) {
    it(`checks out ${ref.length > 12 ? 'a full sha' : ref} into a temporary folder and removes it`, async () => {
      const co = await checkoutLocalRef(repo.dir, ref);
      try {
        assert.equal(co.commit, want());
        const head = execFileSync('git', ['-c', `safe.directory=${co.dir}`, 'rev-parse', 'HEAD'], {
          cwd: co.dir,
          encoding: 'utf8',
        });
        assert.equal(head.trim(), want(), 'the history is read from the ref');
        assert.equal(existsSync(join(co.dir, 'packages/old/package-lock.json')), want() === repo.v1);
        assert.equal(
          readFileSync(join(co.dir, 'packages/b/README.md'), 'utf8'),
          '# b\n',
          'committed content',
        );
        assert.equal(existsSync(join(co.dir, 'untracked.txt')), false);
      } finally {
        await co.cleanup();
      }
      assert.equal(existsSync(co.dir), false);
      assert.deepEqual(state(), before, 'work tree, index and refs untouched');
    });
  }

  it("keeps the repository's origin (the forge checks find the repository through it), or none", async () => {
    const originOf = (dir: string) =>
      execFileSync('git', ['-c', `safe.directory=${dir}`, 'remote', '-v'], { cwd: dir, encoding: 'utf8' });
    const none = await checkoutLocalRef(repo.dir, 'v1');
    try {
      assert.equal(originOf(none.dir), '');
    } finally {
      await none.cleanup();
    }
    git('remote', 'add', 'origin', 'https://github.com/acme/mono.git');
    const co = await checkoutLocalRef(repo.dir, 'v1');
    try {
      assert.match(originOf(co.dir), /^origin\thttps:\/\/github\.com\/acme\/mono\.git \(fetch\)/);
    } finally {
      await co.cleanup();
      git('remote', 'remove', 'origin');
    }
  });

  it('names an unknown ref and says how to list the real ones', async () => {
    await assert.rejects(checkoutLocalRef(repo.dir, 'v9'), (err: unknown) => {
      assert.ok(err instanceof UsageError);
      assert.equal(err.message, `--ref v9: no such branch, tag or commit in ${repo.dir}`);
      assert.match(err.hint ?? '', /git branch -a.*git tag/);
      return true;
    });
  });

  for (const ref of ['--upload-pack=touch pwned', '-c', '--output=pwned', 'v1\n--all', '--end-of-options']) {
    it(`rejects the hostile ref ${JSON.stringify(ref)} before git runs`, async () => {
      await assert.rejects(checkoutLocalRef(repo.dir, ref), UsageError);
      assert.equal(existsSync(join(repo.dir, 'pwned')), false);
    });
  }

  it('rejects a tree, not a commit (HEAD:packages)', async () => {
    await assert.rejects(checkoutLocalRef(repo.dir, 'HEAD:packages'), /no such branch, tag or commit/);
  });

  it('wants a git repository, at its top folder', async () => {
    const plain = tempDir();
    await assert.rejects(checkoutLocalRef(plain, 'main'), /--ref: .* is not a git repository/);
    await assert.rejects(checkoutLocalRef(join(repo.dir, 'packages'), 'main'), (err: unknown) => {
      assert.ok(err instanceof UsageError);
      assert.match(err.message, /is a folder inside the git repository/);
      assert.match(err.hint ?? '', /--ref <ref> --subpath packages$/);
      return true;
    });
  });

  it('a subfolder of a plain folder is not a repository either', async () => {
    const plain = tempDir();
    mkdirSync(join(plain, 'x'));
    await assert.rejects(checkoutLocalRef(join(plain, 'x'), 'main'), /not a git repository/);
  });
});
