import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory, memoryContext } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { packageJsonExtractor } from './index.js';
import { commitOf, parseAlias, parseGitSpec } from './spec.js';

function run(path: string, files: Record<string, string>): ExtractionOutput {
  return extractMemory(packageJsonExtractor, path, files);
}

const APP = `{
  "name": "app",
  "version": "1.0.0",
  "dependencies": {
    "express": "^4.21.0",
    "@scope/pkg": "~2.1.0",
    "old": "npm:lodash@^3.10.0"
  },
  "devDependencies": {
    "typescript": "5.6.3",
    "express": "^4.21.0"
  },
  "optionalDependencies": { "fsevents": "*" },
  "peerDependencies": { "react": ">=17 <19" }
}`;

describe('npm/package-json without a lockfile', () => {
  it('makes a project and one unresolved package per declared dependency', () => {
    const out = run('web/package.json', { 'web/package.json': APP });
    assert.deepEqual(out.projects, [
      {
        id: 'npm:web',
        ecosystem: 'npm',
        name: 'app',
        version: '1.0.0',
        path: 'web',
        location: { path: 'web/package.json', line: 1 },
        dependencies: [
          { id: 'npm:@scope/pkg@~2.1.0', scope: 'prod' },
          { id: 'npm:express@^4.21.0', scope: 'dev' },
          { id: 'npm:express@^4.21.0', scope: 'prod' },
          { id: 'npm:fsevents@*', scope: 'optional' },
          { id: 'npm:lodash@^3.10.0', scope: 'prod' },
          { id: 'npm:react@>=17 <19', scope: 'peer' },
          { id: 'npm:typescript@5.6.3', scope: 'dev' },
        ],
      },
    ]);
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.version, p.purl, p.scopes.join('+'), p.locations.map((l) => l.line)]),
      [
        ['npm:@scope/pkg@~2.1.0', '~2.1.0', 'pkg:npm/%40scope/pkg', 'prod', [6]],
        ['npm:express@^4.21.0', '^4.21.0', 'pkg:npm/express', 'prod+dev', [5, 11]],
        ['npm:fsevents@*', '*', 'pkg:npm/fsevents', 'optional', [13]],
        ['npm:lodash@^3.10.0', '^3.10.0', 'pkg:npm/lodash', 'prod', [7]],
        ['npm:react@>=17 <19', '>=17 <19', 'pkg:npm/react', 'peer', [14]],
        ['npm:typescript@5.6.3', '5.6.3', 'pkg:npm/typescript', 'dev', [10]],
      ],
    );
    assert.ok(
      out.packages.every((p) => p.resolution === 'unresolved' && p.direct && p.source.kind === 'registry'),
    );
    assert.deepEqual(out.packages.find((p) => p.name === 'lodash')?.aliases, ['old']);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.path]),
      [['info', 'no-lockfile', 'web/package.json']],
    );
  });

  it('keeps git and tarball dependencies with their source; skips local ones with a reason', () => {
    const sha = 'a'.repeat(40);
    const text = JSON.stringify(
      {
        name: 'x',
        dependencies: {
          gh: 'user/gh#v1.2.0',
          gl: 'gitlab:grp/gl',
          full: `git+ssh://git@host.example/full.git#${sha}`,
          tar: 'https://cdn.example/tar-1.0.0.tgz',
          dir: 'file:../dir',
          lnk: 'link:../lnk',
          ws: 'workspace:*',
          home: '~/src/home',
        },
      },
      null,
      2,
    );
    const out = run('package.json', { 'package.json': text });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.version, p.source, p.purl]),
      [
        [
          `npm:full@${sha}#git:${sha}`,
          sha,
          { kind: 'git', url: 'git+ssh://git@host.example/full.git', commit: sha },
          `pkg:npm/full?vcs_url=git%2Bssh:%2F%2Fgit%40host.example%2Ffull.git%40${sha}`,
        ],
        [
          'npm:gh@v1.2.0#git:git+https://github.com/user/gh.git',
          'v1.2.0',
          { kind: 'git', url: 'git+https://github.com/user/gh.git' },
          'pkg:npm/gh?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fuser%2Fgh.git',
        ],
        [
          'npm:gl@#git:git+https://gitlab.com/grp/gl.git',
          '',
          { kind: 'git', url: 'git+https://gitlab.com/grp/gl.git' },
          'pkg:npm/gl?vcs_url=git%2Bhttps:%2F%2Fgitlab.com%2Fgrp%2Fgl.git',
        ],
        [
          'npm:tar@#tarball:https://cdn.example/tar-1.0.0.tgz',
          '',
          { kind: 'tarball', url: 'https://cdn.example/tar-1.0.0.tgz' },
          'pkg:npm/tar?download_url=https:%2F%2Fcdn.example%2Ftar-1.0.0.tgz',
        ],
      ],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line, d.message.slice(0, 30)]),
      [
        ['no-lockfile', undefined, 'No lockfile next to this packa'],
        ['local-dependency', 8, '"dir": "file:../dir" is a loca'],
        ['local-dependency', 9, '"lnk": "link:../lnk" links a l'],
        ['local-dependency', 10, '"ws": "workspace:*" is a packa'],
        ['local-dependency', 11, '"home": "~/src/home" is a loca'],
      ],
    );
  });

  it('treats dependencies on packages of the same npm/yarn workspace as first-party', () => {
    const files = {
      'package.json': JSON.stringify({
        name: 'root',
        workspaces: ['packages/*'],
        devDependencies: { jest: '^29' },
      }),
      'packages/a/package.json': JSON.stringify({
        name: '@x/a',
        dependencies: { '@x/b': '^1.0.0', ms: '^2' },
      }),
      'packages/b/package.json': JSON.stringify({ name: '@x/b', version: '1.0.0' }),
      'other/package.json': JSON.stringify({ name: 'other', dependencies: { '@x/b': '^1.0.0' } }),
    };
    const a = run('packages/a/package.json', files);
    assert.deepEqual(
      a.packages.map((p) => p.id),
      ['npm:ms@^2'],
    );
    assert.deepEqual(
      a.diagnostics.map((d) => d.code),
      ['no-lockfile', 'local-dependency'],
    );
    const b = run('packages/b/package.json', files);
    assert.deepEqual([b.packages, b.diagnostics], [[], []], 'no dependencies: nothing to warn about');
    assert.deepEqual(
      b.projects.map((p) => [p.id, p.name, p.version]),
      [['npm:packages/b', '@x/b', '1.0.0']],
    );
    const other = run('other/package.json', files);
    assert.deepEqual(
      other.packages.map((p) => p.id),
      ['npm:@x/b@^1.0.0'],
      'outside the workspace it is a registry package',
    );
    assert.deepEqual(
      run('package.json', files).packages.map((p) => p.id),
      ['npm:jest@^29'],
    );
  });

  const lockfiles = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'];
  for (const lock of lockfiles) {
    it(`yields nothing when ${lock} covers the folder or an ancestor`, () => {
      for (const at of ['packages/a/', 'packages/', '']) {
        const out = run('packages/a/package.json', { 'packages/a/package.json': APP, [`${at}${lock}`]: '' });
        assert.deepEqual(out, { packages: [], projects: [], diagnostics: [] }, `${at}${lock}`);
      }
    });
  }

  it('still reads a package.json whose lockfile is only in a sibling folder, or is bun.lockb', () => {
    for (const lock of ['other/yarn.lock', 'packages/a/sub/pnpm-lock.yaml', 'packages/a/bun.lockb']) {
      const out = run('packages/a/package.json', { 'packages/a/package.json': APP, [lock]: '' });
      assert.equal(out.projects.length, 1, lock);
    }
  });

  it('ignores manifests of installed packages', () => {
    const out = run('node_modules/x/package.json', { 'node_modules/x/package.json': APP });
    assert.deepEqual(out, { packages: [], projects: [], diagnostics: [] });
  });

  it('names a root project without a name after its folder', () => {
    assert.equal(run('tools/cli/package.json', { 'tools/cli/package.json': '{}' }).projects[0]?.name, 'cli');
    assert.equal(run('package.json', { 'package.json': '{}' }).projects[0]?.id, 'npm:.');
  });

  const broken: Array<[string, string, number | undefined]> = [
    ['not JSON', '{ "name": "x", ', 1],
    ['an array', '[]', undefined],
    ['syntax error on line 3', '{\n"name": "x",\n"version" "1"\n}', 3],
  ];
  for (const [name, text, line] of broken) {
    it(`throws InputError with file and line: ${name}`, () => {
      assert.throws(
        () => run('a/package.json', { 'a/package.json': text }),
        (e: unknown) => e instanceof InputError && e.path === 'a/package.json' && e.line === line,
      );
    });
  }

  it('keeps hostile names as data and survives deep nesting elsewhere in the file', () => {
    const text = `{"dependencies": {"__proto__": "1.0.0", "a\\u0000b": "^1", "x": "npm:"}, "deep": ${'['.repeat(100)}${']'.repeat(100)}}`;
    const out = run('package.json', { 'package.json': text });
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['npm:__proto__@1.0.0', 'npm:a\u0000b@^1'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['no-lockfile', 'unsupported-dependency'],
    );
    assert.throws(
      () => run('package.json', { 'package.json': `{"x": ${'['.repeat(1000)}${']'.repeat(1000)}}` }),
      InputError,
    );
  });

  it('handles many dependencies', () => {
    const deps = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`p${i}`, `^${i}.0.0`]));
    const text = JSON.stringify({ name: 'big', dependencies: deps }, null, 2);
    const out = run('package.json', { 'package.json': text });
    assert.equal(out.packages.length, 50_000);
    assert.equal(out.packages.find((p) => p.name === 'p49999')?.locations[0]?.line, 50_003);
  });

  it('reuses workspace lookups across files of one scan', () => {
    const files: Record<string, string> = { 'package.json': JSON.stringify({ workspaces: ['p/*'] }) };
    for (let i = 0; i < 300; i++)
      files[`p/m${i}/package.json`] = JSON.stringify({ name: `m${i}`, dependencies: { [`m${i + 1}`]: '1' } });
    const ctx = memoryContext(files);
    let listed = 0;
    for (let i = 0; i < 300; i++) {
      const path = `p/m${i}/package.json`;
      listed += packageJsonExtractor.extract({ path, text: files[path]! }, ctx).packages.length;
    }
    assert.equal(listed, 1, 'only m300, which is not a member, is a registry package');
  });
});

describe('spec helpers', () => {
  it('parses npm: aliases', () => {
    assert.deepEqual(parseAlias('npm:lodash@^3'), { name: 'lodash', range: '^3' });
    assert.deepEqual(parseAlias('npm:@s/p@1.0.0'), { name: '@s/p', range: '1.0.0' });
    assert.deepEqual(parseAlias('npm:lodash'), { name: 'lodash', range: 'latest' });
    assert.deepEqual(parseAlias('npm:@s/p'), { name: '@s/p', range: 'latest' });
    assert.equal(parseAlias('npm:'), undefined);
    assert.equal(parseAlias('npm:@s'), undefined);
  });
  it('normalizes git specs', () => {
    const cases: Array<[string, string, string]> = [
      ['user/repo', 'git+https://github.com/user/repo.git', ''],
      ['github:user/repo.git#semver:^1', 'git+https://github.com/user/repo.git', 'semver:^1'],
      ['bitbucket:u/r#main', 'git+https://bitbucket.org/u/r.git', 'main'],
      ['gist:abc123', 'git+https://gist.github.com/abc123.git', ''],
      ['git://host.example/r.git#v1', 'git://host.example/r.git', 'v1'],
      ['https://host.example/r.git', 'https://host.example/r.git', ''],
    ];
    for (const [spec, url, ref] of cases) assert.deepEqual(parseGitSpec(spec), { url, ref }, spec);
    assert.equal(commitOf('A'.repeat(40)), 'a'.repeat(40));
    assert.equal(commitOf('abc1234'), undefined);
  });
});
