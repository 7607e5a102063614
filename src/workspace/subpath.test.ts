import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import { InputError, UsageError } from '../core/errors/index.js';
import { isUnder, resolveSubpath } from './subpath.js';

describe('resolveSubpath', () => {
  const root = tempDir();
  const outside = tempDir();
  writeTree(root, { 'packages/a/package.json': '{}', 'packages/b/x.txt': 'x', 'file.txt': 'x' });
  mkdirSync(join(outside, 'sub'));
  symlinkSync(outside, join(root, 'link-out'));
  symlinkSync(join(root, 'packages', 'a'), join(root, 'link-in'));
  symlinkSync('../../..', join(root, 'packages', 'b', 'up'));

  const ok: Array<[string, string | undefined]> = [
    ['packages/a', 'packages/a'],
    ['./packages/a/', 'packages/a'],
    ['packages//a', 'packages/a'],
    ['packages\\a', 'packages/a'],
    ['packages/./a', 'packages/a'],
    ['.', undefined],
    ['./', undefined],
  ];
  for (const [text, want] of ok) {
    it(`${JSON.stringify(text)} -> ${want ?? 'the root'}`, () =>
      assert.equal(resolveSubpath(root, text), want));
  }

  const bad: Array<[string, typeof UsageError | typeof InputError, RegExp]> = [
    ['../', UsageError, /must stay inside the target \(no ".."\)/],
    ['..', UsageError, /no "\.\."/],
    ['packages/../../etc', UsageError, /no "\.\."/],
    ['packages\\..\\..', UsageError, /no "\.\."/],
    ['/etc', UsageError, /must be relative to the target's root, not absolute/],
    ['C:\\Windows', UsageError, /not absolute/],
    ['link-out', UsageError, /link-out is a symbolic link that leads out of the target/],
    ['link-out/sub', UsageError, /leads out of the target/],
    ['packages/b/up', UsageError, /packages\/b\/up is a symbolic link that leads out/],
    ['link-in', UsageError, /link-in is a symbolic link \(to packages\/a\)/],
    ['nope', InputError, /--subpath nope: no such folder in the target/],
    ['packages/c', InputError, /packages\/c does not exist/],
    ['file.txt', InputError, /file.txt is not a folder/],
    ['packages/a/package.json/x', InputError, /packages\/a\/package.json is not a folder/],
    ['.git', UsageError, /git's own folder is not part of the project/],
    ['packages/.GIT/hooks', UsageError, /git's own folder/],
    ['a\nb', UsageError, /not a usable folder path/],
    ['', UsageError, /not a usable folder path/],
  ];
  for (const [text, type, message] of bad) {
    it(`rejects ${JSON.stringify(text)} (${type.name})`, () => {
      assert.throws(
        () => resolveSubpath(root, text),
        (err: unknown) => err instanceof type && message.test(err.message),
      );
    });
  }

  it('suggests the folder a link inside the target points to', () => {
    assert.throws(
      () => resolveSubpath(root, 'link-in'),
      (err: unknown) =>
        err instanceof UsageError && err.hint === 'Give the folder itself: --subpath packages/a',
    );
  });
});

describe('isUnder', () => {
  const cases: Array<[string, string, boolean]> = [
    ['packages/a/x.json', 'packages/a', true],
    ['packages/a', 'packages/a', true],
    ['packages/ab/x.json', 'packages/a', false],
    ['packages/x.json', 'packages/a', false],
  ];
  for (const [path, sub, want] of cases)
    it(`${path} under ${sub}: ${want}`, () => assert.equal(isUnder(path, sub), want));
});
