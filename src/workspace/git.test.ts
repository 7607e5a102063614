import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import { UsageError } from '../core/errors/index.js';
import { checkTargetUrl, cloneShallow, isGitUrl } from './git.js';

describe('git targets', () => {
  const allowed = ['https://github.com/o/r', 'ssh://git@host/o/r.git', 'git@github.com:o/r.git'];
  for (const url of allowed)
    it(`accepts ${url}`, () => {
      assert.ok(isGitUrl(url));
      checkTargetUrl(url);
    });
  const rejected = [
    'http://github.com/o/r',
    'git://host/r',
    'file:///etc',
    'ext::sh -c touch% /tmp/pwned',
    'ftp://x/y',
  ];
  for (const url of rejected)
    it(`rejects ${url}`, () => assert.throws(() => checkTargetUrl(url), UsageError));
  it('treats plain paths as local folders', () => {
    assert.equal(isGitUrl('./repo'), false);
    checkTargetUrl('./repo');
    checkTargetUrl('/abs/path');
  });

  it('clones a real repository shallowly, reports the commit, and cleans up', async () => {
    const src = tempDir();
    writeTree(src, { 'package.json': '{"name":"demo"}', 'sub/file.txt': 'hello' });
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', `safe.directory=${src}`, ...args],
        {
          cwd: src,
          encoding: 'utf8',
        },
      );
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    git('commit', '-q', '--allow-empty', '-m', 'two');
    const head = git('rev-parse', 'HEAD').trim();
    const repo = await cloneShallow(`file://${src}`, { allowFileProtocol: true });
    try {
      assert.equal(repo.commit, head);
      assert.equal(readFileSync(join(repo.dir, 'sub/file.txt'), 'utf8'), 'hello');
      const depth = execFileSync('git', ['-c', `safe.directory=${repo.dir}`, 'rev-list', '--count', 'HEAD'], {
        cwd: repo.dir,
        encoding: 'utf8',
      });
      assert.equal(depth.trim(), '1');
    } finally {
      await repo.cleanup();
    }
    assert.equal(existsSync(repo.dir), false);
  });

  it("fails with git's own reason when the repository does not exist", async () => {
    await assert.rejects(
      cloneShallow('file:///nonexistent/repo', { allowFileProtocol: true }),
      /git clone failed/,
    );
  });
});
