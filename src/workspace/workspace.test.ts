import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import { InputError } from '../core/errors/index.js';
import { parseSize } from './options.js';
import { Workspace } from './workspace.js';

describe('Workspace', () => {
  it('walks files sorted, skipping default excluded folders and reporting them', () => {
    const root = tempDir();
    writeTree(root, {
      'package.json': '{}',
      'b/package-lock.json': '{}',
      'a/x.txt': 'x',
      'node_modules/left-pad/package.json': '{}',
      '.git/config': '',
      'packages/app/node_modules/y/package.json': '{}',
    });
    const { files, skipped } = Workspace.open(root).walk();
    assert.deepEqual(files, ['a/x.txt', 'b/package-lock.json', 'package.json']);
    assert.deepEqual(
      skipped.map((s) => [s.path, s.reason]),
      [
        ['.git', 'excluded-dir'],
        ['node_modules', 'excluded-dir'],
        ['packages/app/node_modules', 'excluded-dir'],
      ],
    );
  });

  it('takes excluded folders from options (names and relative paths)', () => {
    const root = tempDir();
    writeTree(root, {
      'node_modules/a.json': '{}',
      'fixtures/x.json': '{}',
      'deep/fixtures/y.json': '{}',
      'src/z.json': '',
    });
    const ws = Workspace.open(root, { excludeDirs: ['deep/fixtures'] });
    assert.deepEqual(ws.walk().files, ['fixtures/x.json', 'node_modules/a.json', 'src/z.json']);
  });

  it('takes folder patterns too, and walks test and fixture folders by default', () => {
    const root = tempDir();
    writeTree(root, {
      'services/api/go.mod': '',
      'services/legacy/go.mod': '',
      'packages/ui/examples/demo/package.json': '{}',
      'packages/ui/package.json': '{}',
      'src/__fixtures__/yarn.lock': '',
      'internal/testdata/go.mod': '',
    });
    assert.deepEqual(Workspace.open(root).walk().files, [
      'internal/testdata/go.mod',
      'packages/ui/examples/demo/package.json',
      'packages/ui/package.json',
      'services/api/go.mod',
      'services/legacy/go.mod',
      'src/__fixtures__/yarn.lock',
    ]);
    const ws = Workspace.open(root, { excludeDirs: ['services/leg*', '**/examples', '__fix*'] });
    const { files, skipped } = ws.walk();
    assert.deepEqual(files, ['internal/testdata/go.mod', 'packages/ui/package.json', 'services/api/go.mod']);
    assert.deepEqual(
      skipped.map((s) => [s.path, s.reason]),
      [
        ['packages/ui/examples', 'excluded-dir'],
        ['services/legacy', 'excluded-dir'],
        ['src/__fixtures__', 'excluded-dir'],
      ],
    );
  });

  it('never follows symlinks out of the root, nor symlinked folders', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.json'), '{"secret":true}');
    const root = tempDir();
    writeTree(root, { 'real/package.json': '{"name":"real"}' });
    symlinkSync(join(outside, 'secret.json'), join(root, 'package-lock.json'));
    symlinkSync(outside, join(root, 'outdir'));
    symlinkSync(join(root, 'real'), join(root, 'loop'));
    symlinkSync(join(root, 'real', 'package.json'), join(root, 'inside.json'));
    symlinkSync(join(root, 'missing'), join(root, 'broken.json'));
    const ws = Workspace.open(root);
    const { files, skipped } = ws.walk();
    assert.deepEqual(files, ['inside.json', 'real/package.json']);
    const reasons = Object.fromEntries(skipped.map((s) => [s.path, s.reason]));
    assert.equal(reasons['package-lock.json'], 'symlink-outside-root');
    assert.equal(reasons.outdir, 'symlink-outside-root');
    assert.equal(reasons.loop, 'symlink');
    assert.equal(reasons['broken.json'], 'symlink-outside-root');
    const inside = ws.read('inside.json');
    assert.ok(inside.ok && inside.text.includes('real'));
    const escaped = ws.read('package-lock.json');
    assert.equal(escaped.ok, false);
    assert.equal(ws.read('../etc/passwd').ok, false);
    assert.equal(ws.read('outdir/secret.json').ok, false);
  });

  it('skips files over the size cap and reports size and limit', () => {
    const root = tempDir();
    writeTree(root, { 'package-lock.json': 'x'.repeat(2048), 'small.json': '{}' });
    const ws = Workspace.open(root, { maxFileSize: 1024 });
    const big = ws.read('package-lock.json');
    assert.equal(big.ok, false);
    if (!big.ok) {
      assert.equal(big.skip.reason, 'file-too-large');
      assert.match(big.skip.detail ?? '', /2048 bytes, limit 1024/);
    }
    assert.deepEqual(ws.read('small.json'), { ok: true, text: '{}' });
  });

  it('bounds folder depth and file count', () => {
    const root = tempDir();
    let dir = root;
    for (let i = 0; i < 6; i++) {
      dir = join(dir, `d${i}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'f.json'), '{}');
    }
    const { files, skipped } = Workspace.open(root, { maxDepth: 3 }).walk();
    assert.equal(files.length, 3);
    assert.deepEqual(
      skipped.map((s) => s.reason),
      ['too-deep'],
    );
    const capped = Workspace.open(root, { maxFiles: 2 }).walk();
    assert.equal(capped.files.length, 2);
    assert.ok(capped.skipped.some((s) => s.reason === 'too-many-files'));
  });

  it('rejects a missing target or a file with InputError', () => {
    const root = tempDir();
    writeTree(root, { 'f.txt': '' });
    assert.throws(() => Workspace.open(join(root, 'nope')), InputError);
    assert.throws(() => Workspace.open(join(root, 'f.txt')), /not a directory/);
  });
});

describe('parseSize', () => {
  const cases: Array<[string, number | undefined]> = [
    ['1024', 1024],
    ['512KB', 512 * 1024],
    ['64MB', 64 * 1024 * 1024],
    ['1g', 1024 ** 3],
    ['1.5m', 1.5 * 1024 * 1024],
    ['-1', undefined],
    ['0', undefined],
    ['big', undefined],
  ];
  for (const [input, want] of cases) it(`${input} -> ${want}`, () => assert.equal(parseSize(input), want));
});
