import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PackageSource } from '../../../core/model/package.js';
import { aliasTarget, hasProtocol, splitDescriptor } from './descriptor.js';
import { berryReference, commitFromFragment, v1Source } from './source.js';

const SHA = '0a2d2506c1fe299691fc5db53a2097db3bd615bc';

describe('v1Source', () => {
  const cases: Array<[string, string[], string | undefined, string | undefined, PackageSource]> = [
    [
      'default registry, integrity line',
      ['^1'],
      `https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#${SHA}`,
      'sha512-abc',
      { kind: 'registry', integrity: 'sha512-abc' },
    ],
    [
      'default registry, only the sha1 fragment (old lockfiles)',
      ['^1'],
      'https://registry.npmjs.org/a/-/a-1.0.0.tgz#41ae2eeb65efa62268aebfea83ac7d79299b0887',
      undefined,
      { kind: 'registry', integrity: 'sha1-Qa4u62XvpiJorr/qg6x9eSmbCIc=' },
    ],
    [
      'mirror registry keeps its origin',
      ['^1'],
      'https://npm.example.com/@s/a/-/a-1.0.0.tgz',
      undefined,
      { kind: 'registry', url: 'https://npm.example.com' },
    ],
    [
      'git+ssh with commit fragment',
      ['git+ssh://git@github.com:o/r#v1'],
      `git+ssh://git@github.com:o/r#${SHA}`,
      undefined,
      { kind: 'git', url: 'git+ssh://git@github.com:o/r', commit: SHA },
    ],
    [
      'github shorthand fetched from codeload',
      ['o/r#main'],
      `https://codeload.github.com/o/r/tar.gz/${SHA}`,
      undefined,
      { kind: 'git', url: 'https://github.com/o/r', commit: SHA },
    ],
    [
      'gitlab archive with ?ref=',
      ['gitlab:o/r#master'],
      `https://gitlab.com/o/r/repository/archive.tar.gz?ref=${SHA}`,
      undefined,
      { kind: 'git', url: 'https://gitlab.com/o/r', commit: SHA },
    ],
    [
      'github https URL without .git is git, not a tarball',
      ['https://github.com/o/r'],
      `https://github.com/o/r#${SHA}`,
      undefined,
      { kind: 'git', url: 'https://github.com/o/r', commit: SHA },
    ],
    [
      'git branch without a pinned commit',
      ['git+https://example.com/r.git#main'],
      'git+https://example.com/r.git#main',
      undefined,
      { kind: 'git', url: 'git+https://example.com/r.git' },
    ],
    [
      'tarball URL; credentials removed',
      ['https://u:secret@cdn.example.com/a-1.0.0.tgz'],
      `https://u:secret@cdn.example.com/a-1.0.0.tgz#${SHA}`,
      undefined,
      {
        kind: 'tarball',
        url: 'https://cdn.example.com/a-1.0.0.tgz',
        integrity: 'sha1-Ci0lBsH+KZaR/F21OiCX2zvWFbw=',
      },
    ],
    ['file: folder, no resolved', ['file:./deps/a'], undefined, undefined, { kind: 'file', url: './deps/a' }],
    ['link:', ['link:../a'], undefined, undefined, { kind: 'link', url: '../a' }],
    ['portal:', ['portal:../a'], undefined, undefined, { kind: 'link', url: '../a' }],
    [
      'file: tarball with resolved',
      ['file:a.tgz'],
      `file:a.tgz#${SHA}`,
      undefined,
      { kind: 'file', url: 'a.tgz', integrity: 'sha1-Ci0lBsH+KZaR/F21OiCX2zvWFbw=' },
    ],
    [
      'file range next to a semver one',
      ['^1', 'file:./m'],
      undefined,
      undefined,
      { kind: 'file', url: './m' },
    ],
    ['nothing to go on: registry', ['^1'], undefined, undefined, { kind: 'registry' }],
  ];
  for (const [name, ranges, resolved, integrity, want] of cases) {
    it(name, () => {
      assert.deepEqual(v1Source(ranges, resolved, integrity), want);
    });
  }
});

describe('berryReference', () => {
  const cases: Array<[string, string, ReturnType<typeof berryReference>]> = [
    ['npm:1.2.3', 'c1', { kind: 'package', source: { kind: 'registry', integrity: 'c1' } }],
    ['workspace:packages/app', 'c1', { kind: 'workspace', path: 'packages/app' }],
    [
      'patch:typescript@npm%3A5.9.3#optional!builtin<compat/typescript>::version=5.9.3&hash=5786d5',
      'c1',
      { kind: 'patch', inner: 'typescript@npm:5.9.3' },
    ],
    [
      `https://github.com/o/r.git#commit=${SHA}`,
      'c1',
      {
        kind: 'package',
        source: { kind: 'git', url: 'https://github.com/o/r.git', commit: SHA, integrity: 'c1' },
      },
    ],
    [
      `https://github.com/o/r.git#commit:${SHA}`,
      '',
      { kind: 'package', source: { kind: 'git', url: 'https://github.com/o/r.git', commit: SHA } },
    ],
    [
      `ssh://git@github.com:o/r.git#commit=${SHA}`,
      '',
      { kind: 'package', source: { kind: 'git', url: 'ssh://git@github.com:o/r.git', commit: SHA } },
    ],
    [
      'file:../deps/a#../deps/a::hash=351be1&locator=p%40workspace%3A.',
      '',
      { kind: 'package', source: { kind: 'file', url: '../deps/a' } },
    ],
    ['link:../a::locator=p%40workspace%3A.', '', { kind: 'package', source: { kind: 'link', url: '../a' } }],
    [
      'portal:../a::locator=p%40workspace%3A.',
      '',
      { kind: 'package', source: { kind: 'link', url: '../a' } },
    ],
    [
      'https://cdn.example.com/a-1.0.0.tgz',
      '',
      { kind: 'package', source: { kind: 'tarball', url: 'https://cdn.example.com/a-1.0.0.tgz' } },
    ],
    ['weird:thing', '', { kind: 'unsupported', protocol: 'weird:' }],
  ];
  for (const [ref, checksum, want] of cases) {
    it(ref, () => assert.deepEqual(berryReference(ref, checksum || undefined), want));
  }
});

describe('descriptor helpers', () => {
  it('splitDescriptor', () => {
    assert.deepEqual(splitDescriptor('@babel/core@^7.0.0'), { name: '@babel/core', range: '^7.0.0' });
    assert.deepEqual(splitDescriptor('x@npm:y@^1'), { name: 'x', range: 'npm:y@^1' });
    assert.deepEqual(splitDescriptor('balanced-match'), { name: 'balanced-match', range: '' });
    assert.equal(splitDescriptor(''), undefined);
    assert.equal(splitDescriptor('@'), undefined);
  });
  it('aliasTarget', () => {
    assert.deepEqual(aliasTarget('npm:@babel/x@^7'), { name: '@babel/x', range: '^7' });
    assert.equal(aliasTarget('npm:^1.2.0'), undefined);
    assert.equal(aliasTarget('^1.2.0'), undefined);
  });
  it('hasProtocol', () => {
    for (const r of ['npm:^1', 'workspace:^', 'patch:a@npm%3A1#x', 'https://x', 'git+ssh://x'])
      assert.ok(hasProtocol(r), r);
    for (const r of ['^1', '1.2.3', '*', '>=1 <2', 'latest', 'a/b#c']) assert.ok(!hasProtocol(r), r);
  });
  it('commitFromFragment', () => {
    assert.equal(commitFromFragment(`commit=${SHA}`), SHA);
    assert.equal(commitFromFragment(`semver=^1&commit=${SHA}`), SHA);
    assert.equal(commitFromFragment(SHA), SHA);
    assert.equal(commitFromFragment('main'), undefined);
    assert.equal(commitFromFragment('commit='), undefined);
  });
});
