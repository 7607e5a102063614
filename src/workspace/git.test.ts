import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { monorepoWithHistory } from '../../test/helpers/monorepo.js';
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

  describe('at a ref', () => {
    const repo = monorepoWithHistory();
    repo.git({}, 'tag', '-a', 'v1-annotated', '-m', 'annotated', 'v1');
    repo.git({}, 'branch', 'release/1.x', 'v1');
    const url = `file://${repo.dir}`;
    const cases: Array<[string, () => string]> = [
      ['v1', () => repo.v1],
      ['v1-annotated', () => repo.v1],
      ['release/1.x', () => repo.v1],
      ['main', () => repo.head],
      [repo.v1, () => repo.v1],
    ];
    for (const [ref, want] of cases) {
      it(`fetches ${ref.length === 40 ? 'a full commit sha' : ref} shallowly and checks it out`, async () => {
        const cloned = await cloneShallow(url, { allowFileProtocol: true, ref });
        try {
          assert.equal(cloned.commit, want());
          assert.equal(existsSync(join(cloned.dir, 'packages/old/package-lock.json')), want() === repo.v1);
          const origin = execFileSync(
            'git',
            ['-c', `safe.directory=${cloned.dir}`, 'config', '--get', 'remote.origin.url'],
            { cwd: cloned.dir, encoding: 'utf8' },
          );
          assert.equal(origin.trim(), url, 'origin is the URL, as after a clone');
        } finally {
          await cloned.cleanup();
        }
        assert.equal(existsSync(cloned.dir), false);
      });
    }

    it('names a ref the server does not have and says how to list them', async () => {
      await assert.rejects(cloneShallow(url, { allowFileProtocol: true, ref: 'v9' }), (err: unknown) => {
        assert.ok(err instanceof UsageError);
        assert.equal(
          err.message,
          `--ref v9: ${url} has no such branch or tag, or does not serve that commit by its sha`,
        );
        assert.match(err.hint ?? '', /git ls-remote --heads --tags/);
        return true;
      });
    });

    for (const ref of ['HEAD~3', repo.v1.slice(0, 8)]) {
      it(`says why ${ref} cannot be fetched from a URL`, async () => {
        await assert.rejects(
          cloneShallow(url, { allowFileProtocol: true, ref }),
          (err: unknown) =>
            err instanceof UsageError && /clone the repository and scan the folder/.test(err.hint ?? ''),
        );
      });
    }

    for (const ref of ['--upload-pack=touch pwned', '-c', 'main\nx']) {
      it(`rejects the hostile ref ${JSON.stringify(ref)} before git runs`, async () => {
        await assert.rejects(cloneShallow(url, { allowFileProtocol: true, ref }), UsageError);
      });
    }
  });
});
