import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../core/errors/index.js';
import { checkRef, checkRemoteRef, MAX_REF_LENGTH } from './ref-check.js';

describe('checkRef', () => {
  const hostile: Array<[string, RegExp]> = [
    [
      '--upload-pack=touch /tmp/pwned',
      /--ref "--upload-pack=touch \/tmp\/pwned": a ref cannot start with "-"/,
    ],
    ['-c', /--ref -c: a ref cannot start with "-"/],
    ['-ccore.sshCommand=touch x', /cannot start with "-"/],
    ['--output=/tmp/x', /cannot start with "-"/],
    ['main\n--upload-pack=x', /--ref "main\\n--upload-pack=x": a ref cannot contain control characters/],
    ['v1\r', /control characters/],
    ['v1\u001b[31mred', /control characters/],
    ['a\u0000b', /control characters/],
    ['', /the ref is empty/],
    ['   ', /the ref is empty/],
    ['a'.repeat(MAX_REF_LENGTH + 1), /longer than 256 characters/],
  ];
  for (const [ref, message] of hostile) {
    it(`rejects ${JSON.stringify(ref.slice(0, 40))} before it reaches git`, () => {
      assert.throws(
        () => checkRef(ref),
        (err: unknown) => err instanceof UsageError && message.test(err.message),
      );
    });
  }
  for (const ref of [
    'main',
    'v1.2.0',
    'HEAD~3',
    'main^2',
    'a1b2c3d',
    'origin/main',
    'refs/tags/v1',
    'main@{1}',
  ]) {
    it(`accepts ${ref}`, () => checkRef(ref));
  }
});

describe('checkRemoteRef (a git URL target)', () => {
  for (const ref of ['HEAD~3', 'main^', 'main^{commit}', 'a:b', '+main', 'v1..v2', 'main@{1}', 'a b', 'x*']) {
    it(`rejects the revision expression or refspec ${ref}`, () => {
      assert.throws(
        () => checkRemoteRef(ref),
        (err: unknown) =>
          err instanceof UsageError &&
          err.message.includes('not a branch, tag or full commit sha') &&
          (err.hint ?? '').includes('clone the repository and scan the folder'),
      );
    });
  }
  it('also rejects what checkRef rejects', () => {
    assert.throws(() => checkRemoteRef('--upload-pack=x'), /cannot start with "-"/);
  });
  for (const ref of ['main', 'v1.2.0', 'release/1.x', 'a'.repeat(40).replace(/a/g, 'f')]) {
    it(`accepts ${ref.slice(0, 12)}`, () => checkRemoteRef(ref));
  }
});
