import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PackageSource } from '../../../core/model/package.js';
import { type KeyFormat, parseKey } from './dep-path.js';
import type { LockResolution } from './schema.js';
import { sourceOf } from './source.js';

const SHA = '590f321b4eb3f692bb211bd74e22947639a6f79d';

describe('sourceOf', () => {
  const cases: Array<[string, KeyFormat, string, LockResolution | undefined, PackageSource, string?]> = [
    ['registry', 'v9', 'a@1.0.0', { integrity: 'sha512-x' }, { kind: 'registry', integrity: 'sha512-x' }],
    ['default registry host', 'v5', 'registry.npmjs.org/a/1.0.0', undefined, { kind: 'registry' }],
    [
      'other registry host',
      'v5',
      'npm.example.com/a/1.0.0',
      undefined,
      { kind: 'registry', url: 'https://npm.example.com/' },
    ],
    [
      'registry key with a tarball (registry pnpm cannot derive URLs for)',
      'v6',
      '/a@1.0.0',
      { integrity: 'sha512-x', tarball: 'https://npm.example.com/a/-/a-1.0.0.tgz' },
      { kind: 'registry', integrity: 'sha512-x' },
    ],
    [
      'git resolution',
      'v6',
      'gitlab.com/o/r/abc',
      { type: 'git', repo: 'https://gitlab.com/o/r.git', commit: 'abc' },
      { kind: 'git', url: 'https://gitlab.com/o/r.git', commit: 'abc' },
    ],
    [
      'codeload tarball',
      'v5',
      `github.com/o/mocks/${SHA}`,
      { tarball: `https://codeload.github.com/o/mocks/tar.gz/${SHA}` },
      { kind: 'git', url: 'https://github.com/o/mocks', commit: SHA },
    ],
    [
      'tarball URL',
      'v5',
      '@example.com/x/-/x-1.0.0.tgz',
      { tarball: 'https://example.com/x/-/x-1.0.0.tgz', integrity: 'sha512-t' },
      { kind: 'tarball', url: 'https://example.com/x/-/x-1.0.0.tgz', integrity: 'sha512-t' },
    ],
    [
      'directory',
      'v6',
      'file:../x',
      { type: 'directory', directory: '../x' },
      { kind: 'file', url: 'x' },
      'sub',
    ],
    [
      'file tarball',
      'v9',
      'x@file:x.tgz',
      { tarball: 'file:x.tgz', integrity: 'i' },
      { kind: 'file', url: 'x.tgz', integrity: 'i' },
    ],
    ['file key without resolution', 'v5', 'file:vendor/x', undefined, { kind: 'file', url: 'vendor/x' }],
    [
      'git ref without resolution',
      'v9',
      `x@git+https://gitlab.com/o/x.git#${SHA}`,
      undefined,
      { kind: 'git', url: 'git+https://gitlab.com/o/x.git', commit: SHA },
    ],
    [
      'tarball ref without resolution',
      'v9',
      'x@https://e.com/x.tgz',
      undefined,
      { kind: 'tarball', url: 'https://e.com/x.tgz' },
    ],
    [
      'credentials in a tarball URL are removed',
      'v9',
      'x@https://e.com/x.tgz',
      { tarball: 'https://tok:secret@e.com/x.tgz' },
      { kind: 'tarball', url: 'https://e.com/x.tgz' },
    ],
    [
      'credentials in a git repository URL are removed',
      'v6',
      'gitlab.com/o/r/abc',
      { type: 'git', repo: 'https://tok@gitlab.com/o/r.git', commit: 'abc' },
      { kind: 'git', url: 'https://gitlab.com/o/r.git', commit: 'abc' },
    ],
    [
      'credentials in a git ref without resolution are removed',
      'v9',
      `x@git+https://u:pw@gitlab.com/o/x.git#${SHA}`,
      undefined,
      { kind: 'git', url: 'git+https://gitlab.com/o/x.git', commit: SHA },
    ],
  ];
  for (const [name, format, key, res, want, dir = '.'] of cases) {
    it(name, () => {
      const parsed = parseKey(key, format);
      assert.ok(parsed);
      assert.deepEqual(sourceOf(res, key, parsed, dir), want);
    });
  }
});
