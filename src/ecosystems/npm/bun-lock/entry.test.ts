import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEntry, splitNameAndResolution, versionFromTarballUrl } from './entry.js';
import { findResolution, installedName, keySegments } from './resolve.js';

const SHA = 'sha512-AAAA';

describe('parseEntry', () => {
  const ok: Array<{ name: string; tuple: unknown; want: Record<string, unknown> }> = [
    {
      name: 'npm, default registry',
      tuple: ['wrappy@1.0.2', '', {}, SHA],
      want: { name: 'wrappy', kind: 'npm', version: '1.0.2', source: { kind: 'registry', integrity: SHA } },
    },
    {
      name: 'npm, scoped, custom registry',
      tuple: [
        '@a/b@2.0.0-rc.1',
        'https://npm.example/@a/b/-/b-2.0.0-rc.1.tgz',
        { dependencies: { c: '^1' } },
        SHA,
      ],
      want: {
        name: '@a/b',
        version: '2.0.0-rc.1',
        source: { kind: 'registry', url: 'https://npm.example/@a/b/-/b-2.0.0-rc.1.tgz', integrity: SHA },
      },
    },
    {
      name: 'github with short commit and tag',
      tuple: ['is-number@github:jonschlinkert/is-number#98e8ff1', {}, 'jonschlinkert-is-number-98e8ff1'],
      want: {
        kind: 'github',
        version: '',
        source: { kind: 'git', url: 'git+https://github.com/jonschlinkert/is-number.git', commit: '98e8ff1' },
      },
    },
    {
      name: 'git+ssh with full commit',
      tuple: [
        'p@git+ssh://git@host.example/p.git#1ae6dc1267500360b411ec711b8aeac8c68b2246',
        {},
        '1ae6dc1267500360b411ec711b8aeac8c68b2246',
      ],
      want: {
        kind: 'git',
        source: {
          kind: 'git',
          url: 'git+ssh://git@host.example/p.git',
          commit: '1ae6dc1267500360b411ec711b8aeac8c68b2246',
        },
      },
    },
    {
      name: 'git whose fragment is not a commit takes it from the bun tag',
      tuple: ['p@git+https://host.example/p.git#main', {}, 'p-abcdef1'],
      want: { source: { kind: 'git', url: 'git+https://host.example/p.git', commit: 'abcdef1' } },
    },
    {
      name: 'git with integrity (lockfileVersion 2)',
      tuple: ['p@github:u/p#abcdef1', {}, 'u-p-abcdef1', SHA],
      want: {
        source: { kind: 'git', url: 'git+https://github.com/u/p.git', commit: 'abcdef1', integrity: SHA },
      },
    },
    {
      name: 'remote tarball with registry layout gets its version',
      tuple: ['is-number@https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz', {}, SHA],
      want: {
        kind: 'tarball',
        version: '7.0.0',
        source: {
          kind: 'tarball',
          url: 'https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz',
          integrity: SHA,
        },
      },
    },
    {
      name: 'remote tarball elsewhere has no version',
      tuple: ['x@https://cdn.example/builds/x-latest.tgz', {}],
      want: { version: '', source: { kind: 'tarball', url: 'https://cdn.example/builds/x-latest.tgz' } },
    },
    {
      name: 'credentials in a tarball URL are removed',
      tuple: ['x@https://tok:secret@cdn.example/builds/x-latest.tgz', {}],
      want: { version: '', source: { kind: 'tarball', url: 'https://cdn.example/builds/x-latest.tgz' } },
    },
    {
      name: 'credentials in a custom registry URL are removed',
      tuple: ['y@1.0.0', 'https://u:pw@npm.example/y/-/y-1.0.0.tgz', {}, SHA],
      want: { source: { kind: 'registry', url: 'https://npm.example/y/-/y-1.0.0.tgz', integrity: SHA } },
    },
    {
      name: 'credentials in a git URL are removed',
      tuple: ['g@git+https://tok@example.com/g.git#abcdef1', {}, 'abcdef1'],
      want: { source: { kind: 'git', url: 'git+https://example.com/g.git', commit: 'abcdef1' } },
    },
    {
      name: 'local tarball',
      tuple: ['x@vendor/x-1.0.0.tgz', {}],
      want: { kind: 'file', version: '', source: { kind: 'file', url: 'vendor/x-1.0.0.tgz' } },
    },
    {
      name: 'file: folder',
      tuple: ['etag@file:deps/etag', { dependencies: { ms: '1' } }],
      want: { kind: 'file', version: '', source: { kind: 'file', url: 'deps/etag' } },
    },
    { name: 'link:', tuple: ['l@link:l', {}], want: { kind: 'link', source: { kind: 'link', url: 'l' } } },
    {
      name: 'workspace (lockfileVersion 1)',
      tuple: ['@acme/web@workspace:packages/web'],
      want: { kind: 'workspace', workspacePath: 'packages/web' },
    },
    {
      name: 'workspace with INFO (lockfileVersion 0)',
      tuple: ['app@workspace:packages/app', { dependencies: { a: '1' } }],
      want: { kind: 'workspace', info: { dependencies: [['a', '1']] } },
    },
    { name: 'root', tuple: ['me@root:', { bin: 'x' }], want: { kind: 'root' } },
    {
      name: 'name with escapes and odd characters is kept as data',
      tuple: ['we\u0000ird\n"name@1.0.0', '', {}, SHA],
      want: { name: 'we\u0000ird\n"name', version: '1.0.0' },
    },
  ];
  for (const c of ok) {
    it(c.name, () => {
      const r = parseEntry(c.tuple);
      assert.ok(r.ok, r.ok ? '' : r.reason);
      for (const [k, v] of Object.entries(c.want)) assert.deepEqual(r.entry[k as keyof typeof r.entry], v, k);
    });
  }

  const bad: Array<{ name: string; tuple: unknown; reason: RegExp }> = [
    { name: 'not an array', tuple: { a: 1 }, reason: /expected an array/ },
    { name: 'empty array', tuple: [], reason: /first element/ },
    { name: 'number first', tuple: [123, '', {}, SHA], reason: /first element/ },
    { name: 'object first', tuple: [{}, '', {}, SHA], reason: /first element/ },
    { name: 'no @', tuple: ['wrappy', '', {}, SHA], reason: /not "name@version"/ },
    { name: 'empty resolution', tuple: ['wrappy@', '', {}, SHA], reason: /not "name@version"/ },
    { name: 'scope only', tuple: ['@scope', '', {}, SHA], reason: /not "name@version"/ },
    { name: 'npm without registry', tuple: ['a@1.0.0', {}, SHA], reason: /registry/ },
    { name: 'npm with array info', tuple: ['a@1.0.0', '', [], SHA], reason: /dependency object/ },
    { name: 'npm with numeric integrity', tuple: ['a@1.0.0', '', {}, 5], reason: /integrity/ },
    {
      name: 'dependency versions must be strings',
      tuple: ['a@1.0.0', '', { dependencies: { b: 1 } }, SHA],
      reason: /dependencies/,
    },
    { name: 'git without info', tuple: ['a@github:u/a#abcdef1'], reason: /dependency object/ },
    { name: 'git with numeric tag', tuple: ['a@github:u/a#abcdef1', {}, 7], reason: /git tag/ },
    { name: 'file with string info', tuple: ['a@file:x', 'nope'], reason: /dependency object/ },
    { name: 'tarball with object integrity', tuple: ['a@https://x/a.tgz', {}, {}], reason: /integrity/ },
  ];
  for (const c of bad) {
    it(`rejects: ${c.name}`, () => {
      const r = parseEntry(c.tuple);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.reason, c.reason);
    });
  }
});

describe('name, key and URL helpers', () => {
  it('splits name@resolution', () => {
    assert.deepEqual(splitNameAndResolution('a@1'), ['a', '1']);
    assert.deepEqual(splitNameAndResolution('@s/a@npm:b@1'), ['@s/a', 'npm:b@1']);
    assert.equal(splitNameAndResolution('@s/a'), undefined);
  });
  it('reads key segments with scopes', () => {
    assert.deepEqual(keySegments('@babel/core/debug/@types/ms'), ['@babel/core', 'debug', '@types/ms']);
    assert.deepEqual(keySegments('@dangling'), ['@dangling']);
    assert.equal(installedName('supports-color-old/has-flag'), 'has-flag');
    assert.equal(installedName('a/@s/b'), '@s/b');
  });
  it('resolves to the nearest key, then the top level', () => {
    const map = new Map([
      ['a', 1],
      ['a/b/c', 1],
      ['c', 1],
      ['@s/x/c', 1],
    ]);
    assert.equal(findResolution(map, ['a', 'b'], 'c'), 'a/b/c');
    assert.equal(findResolution(map, ['a'], 'c'), 'c');
    assert.equal(findResolution(map, ['@s/x'], 'c'), '@s/x/c');
    assert.equal(findResolution(map, ['@s/x', 'y'], 'c'), '@s/x/c');
    assert.equal(findResolution(map, [], 'missing'), undefined);
  });
  it('reads versions from registry-layout tarball URLs only', () => {
    const cases: Array<[string, string, string]> = [
      ['a', 'https://registry.npmjs.org/a/-/a-1.2.3.tgz', '1.2.3'],
      ['@s/a', 'https://registry.npmjs.org/@s/a/-/a-1.0.0-beta.1.tgz', '1.0.0-beta.1'],
      ['a', 'https://example.com/a-1.2.3.tgz', ''],
      ['a', 'https://registry.npmjs.org/a/-/b-1.2.3.tgz', ''],
      ['a', 'https://registry.npmjs.org/a/-/a-latest.tgz', ''],
      ['a', 'not a url', ''],
    ];
    for (const [name, url, want] of cases) assert.equal(versionFromTarballUrl(name, url), want, url);
  });
});
