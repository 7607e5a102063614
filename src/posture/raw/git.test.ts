import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gitIn } from '../../../test/helpers/git.js';
import { tempDir, writeTree } from '../../../test/helpers/tmp.js';
import { Workspace } from '../../workspace/workspace.js';
import { collectFiles } from './files.js';
import { collectGitHistory } from './git.js';

const git = gitIn;

describe('git facts', () => {
  it('a folder that is not a git repository says so', async () => {
    const facts = await collectGitHistory(tempDir());
    assert.deepEqual(facts, {
      available: false,
      reason: 'the target is not the top folder of a git repository',
    });
  });

  it('reads commits (sha, parents, dates, subject, trailers) newest first, bounded', async () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    for (let i = 1; i <= 3; i++) {
      writeTree(dir, { [`f${i}.txt`]: String(i) });
      git(dir, 'add', '.');
      git(dir, 'commit', '-qm', `change ${i}\n\nReviewed-by: Rev <rev@example.org>`);
    }
    const facts = await collectGitHistory(dir, 2);
    assert.ok(facts.available);
    assert.equal(facts.commits.length, 2);
    assert.equal(facts.truncated, true);
    assert.equal(facts.shallow, false);
    const [c] = facts.commits;
    assert.equal(c?.sha, facts.head);
    assert.equal(c?.subject, 'change 3');
    assert.equal(c?.parents.length, 1);
    assert.equal(c?.authorEmail, 't@example.org');
    assert.deepEqual(c?.trailers, ['Reviewed-by: Rev <rev@example.org>']);
  });

  it("a hostile repository's config cannot run a program (fsmonitor, gpg) while its files and history are read", async () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    writeTree(dir, { 'a.txt': 'a' });
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'one');
    const marker = join(tempDir(), 'ran');
    const hook = join(dir, 'hook.sh');
    writeFileSync(hook, `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    git(dir, 'config', 'core.fsmonitor', hook);
    git(dir, 'config', 'log.showSignature', 'true');
    git(dir, 'config', 'gpg.program', hook);
    const facts = await collectGitHistory(dir);
    assert.ok(facts.available);
    const files = await collectFiles(Workspace.open(dir), true);
    assert.deepEqual([files.source, files.paths], ['git-tracked', ['a.txt']]);
    assert.equal(existsSync(marker), false, 'the hook ran');
  });

  it('a subfolder of a repository is walked, not listed through git', async () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    mkdirSync(join(dir, 'sub'));
    writeTree(dir, { 'sub/x.txt': 'x' });
    const facts = await collectGitHistory(join(dir, 'sub'));
    assert.equal(facts.available, false);
    const files = await collectFiles(Workspace.open(join(dir, 'sub')), false);
    assert.deepEqual([files.source, files.paths], ['walk', ['x.txt']]);
  });
});

describe('sortWalkOrder', () => {
  it('sorts folder by folder like Go filepath.Walk', async () => {
    const { sortWalkOrder } = await import('./files.js');
    assert.deepEqual(sortWalkOrder(['a.txt', 'a/b', 'LICENSE.md', 'LICENSE/x', 'B']), [
      'B',
      'LICENSE/x',
      'LICENSE.md',
      'a/b',
      'a.txt',
    ]);
  });
});
