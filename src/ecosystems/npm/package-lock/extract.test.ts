import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import type { Package } from '../../../core/model/package.js';
import { packageLockExtractor } from './index.js';

/** A v3 lockfile text with these `packages` (and top-level fields). */
function v3(packages: Record<string, unknown>, top: Record<string, unknown> = {}): string {
  return JSON.stringify(
    { name: 'demo', version: '1.0.0', lockfileVersion: 3, requires: true, ...top, packages },
    null,
    2,
  );
}

function v1(dependencies: Record<string, unknown>): string {
  return JSON.stringify(
    { name: 'legacy', version: '0.1.0', lockfileVersion: 1, requires: true, dependencies },
    null,
    2,
  );
}

function run(text: string, path = 'package-lock.json', extra: Record<string, string> = {}) {
  return extractMemory(packageLockExtractor, path, { [path]: text, ...extra });
}

function byName(packages: Package[], name: string, version?: string): Package {
  const p = packages.find((x) => x.name === name && (version === undefined || x.version === version));
  assert.ok(p, `no package ${name}@${version ?? '*'}`);
  return p;
}

const reg = (name: string, version: string, extra: Record<string, unknown> = {}) => ({
  version,
  resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
  integrity: `sha512-${name}`,
  ...extra,
});

describe('workspaces monorepo', () => {
  const text = v3({
    '': { name: 'mono', version: '1.0.0', workspaces: ['packages/*'], devDependencies: { tsc: '^1.0.0' } },
    'node_modules/app': { resolved: 'packages/app', link: true },
    'node_modules/lib': { resolved: 'packages/lib', link: true },
    'node_modules/tsc': reg('tsc', '1.0.0', { dev: true }),
    'node_modules/left': reg('left', '1.0.0', { dependencies: { right: '^1.0.0' } }),
    'node_modules/right': reg('right', '1.0.0'),
    'packages/app': { name: 'app', version: '0.1.0', dependencies: { lib: '*', left: '^1.0.0' } },
    'packages/lib': { name: '@mono/lib', version: '0.2.0', dependencies: { right: '^2.0.0' } },
    'packages/lib/node_modules/right': reg('right', '2.0.0'),
  });
  const cases = [
    { path: 'package-lock.json', root: '.', prefix: '' },
    { path: 'web/package-lock.json', root: 'web', prefix: 'web/' },
  ];
  for (const c of cases) {
    it(`members are projects with their own direct dependencies (${c.path})`, () => {
      const out = run(text, c.path);
      assert.deepEqual(
        out.projects.map((p) => [p.id, p.name, p.version, p.path]),
        [
          [`npm:${c.root}`, 'mono', '1.0.0', c.root],
          [`npm:${c.prefix}packages/app`, 'app', '0.1.0', `${c.prefix}packages/app`],
          [`npm:${c.prefix}packages/lib`, '@mono/lib', '0.2.0', `${c.prefix}packages/lib`],
        ],
      );
      const [root, app, lib] = out.projects;
      assert.deepEqual(root?.dependencies, [{ id: 'npm:tsc@1.0.0', scope: 'dev' }]);
      assert.deepEqual(app?.dependencies, [
        { id: 'npm:left@1.0.0', scope: 'prod' },
        { id: `npm:${c.prefix}packages/lib`, scope: 'prod' },
      ]);
      assert.deepEqual(lib?.dependencies, [{ id: 'npm:right@2.0.0', scope: 'prod' }]);
      assert.deepEqual(
        out.packages.map((p) => [p.id, p.direct]),
        [
          ['npm:left@1.0.0', true],
          ['npm:right@1.0.0', false],
          ['npm:right@2.0.0', true],
          ['npm:tsc@1.0.0', true],
        ],
      );
      assert.equal(out.packages[0]?.locations[0]?.path, c.path);
      assert.deepEqual(out.diagnostics, []);
    });
  }
  it('takes workspace globs from package.json when the root entry has none', () => {
    const noGlobs = text.replace('"workspaces": [\n        "packages/*"\n      ],', '');
    assert.ok(!noGlobs.includes('workspaces'));
    const without = run(noGlobs);
    assert.deepEqual(
      without.projects.map((p) => p.id),
      ['npm:.'],
    );
    assert.equal(byName(without.packages, 'app').source.kind, 'link');
    const withManifest = run(noGlobs, 'package-lock.json', {
      'package.json': '{"workspaces":["packages/*"]}',
    });
    assert.equal(withManifest.projects.length, 3);
  });
});

describe('names, aliases and sources', () => {
  const out = run(
    v3({
      '': {
        dependencies: { cjs: 'npm:string-width@^4', sw: '^5', g: 'github:x/y', t: 'https://e.com/t.tgz' },
      },
      'node_modules/cjs': { name: 'string-width', ...reg('string-width', '4.2.0') },
      'node_modules/sw': reg('sw', '5.1.2', { dependencies: { cjs: '*' } }),
      'node_modules/@s/scoped': reg('@s/scoped', '1.0.0'),
      'node_modules/g': {
        version: '1.1.1',
        resolved: 'git+https://tok:secret@github.com/x/y.git#ABCDEF0123456789abcdef0123456789abcdef01',
      },
      'node_modules/t': { version: '0.0.1', resolved: 'https://user:pw@e.com/t.tgz', integrity: 'sha1-x' },
      'node_modules/ft': { version: '2.0.0', resolved: 'file:vendor/ft-2.0.0.tgz' },
      'node_modules/priv': { version: '3.0.0', resolved: 'https://npm.corp.example/priv/-/priv-3.0.0.tgz' },
      'node_modules/@corp/x': {
        version: '1.0.0',
        resolved: 'https://npm.corp.example/@corp%2fx/-/x-1.0.0.tgz',
      },
      'node_modules/local': { resolved: 'tools/local', link: true },
      'tools/local': { name: 'local-tool', version: '0.0.0' },
      'vendored/thing': { version: '9.0.0' },
    }),
  );
  const table: Array<[string, string, Record<string, unknown>]> = [
    ['string-width', '4.2.0', { kind: 'registry', integrity: 'sha512-string-width' }],
    ['@s/scoped', '1.0.0', { kind: 'registry', integrity: 'sha512-@s/scoped' }],
    [
      'g',
      '1.1.1',
      {
        kind: 'git',
        url: 'git+https://github.com/x/y.git',
        commit: 'abcdef0123456789abcdef0123456789abcdef01',
      },
    ],
    ['t', '0.0.1', { kind: 'tarball', url: 'https://e.com/t.tgz', integrity: 'sha1-x' }],
    ['ft', '2.0.0', { kind: 'file', url: 'vendor/ft-2.0.0.tgz' }],
    ['priv', '3.0.0', { kind: 'registry', url: 'https://npm.corp.example' }],
    ['@corp/x', '1.0.0', { kind: 'registry', url: 'https://npm.corp.example' }],
    ['local-tool', '0.0.0', { kind: 'link', url: 'tools/local' }],
    ['thing', '9.0.0', { kind: 'file', url: 'vendored/thing' }],
  ];
  for (const [name, version, source] of table) {
    it(`${name}@${version} comes from ${source.kind}`, () => {
      assert.deepEqual(byName(out.packages, name, version).source, source);
    });
  }
  it('an alias keeps the real name and records the installed one; edges follow the installed name', () => {
    const cjs = byName(out.packages, 'string-width', '4.2.0');
    assert.deepEqual(cjs.aliases, ['cjs']);
    assert.equal(cjs.purl, 'pkg:npm/string-width@4.2.0');
    assert.deepEqual(byName(out.packages, 'sw').dependencies, [cjs.id]);
  });
  it('never keeps credentials from URLs', () => {
    assert.doesNotMatch(JSON.stringify(out), /secret|tok:|user:pw/);
  });
  it('every package has a purl and one location with a line', () => {
    for (const p of out.packages) {
      assert.ok(p.purl?.startsWith('pkg:npm/'), p.id);
      assert.equal(p.locations.length, 1);
      assert.ok((p.locations[0]?.line ?? 0) > 1, p.id);
    }
  });
});

describe('v1 aliases and sources', () => {
  const out = run(
    v1({
      cjs: {
        version: 'npm:string-width@4.2.0',
        resolved: 'https://registry.npmjs.org/string-width/-/string-width-4.2.0.tgz',
      },
      gh: { version: 'github:x/y#0123456789abcdef0123456789abcdef01234567' },
      gl: { version: 'gitlab:x/y#0123456' },
      tb: { version: 'https://e.com/tb.tgz' },
      lf: { version: 'file:../lf' },
    }),
    'app/package-lock.json',
  );
  const table: Array<[string, string, Record<string, unknown>]> = [
    ['string-width', '4.2.0', { kind: 'registry' }],
    [
      'gh',
      '',
      { kind: 'git', url: 'https://github.com/x/y.git', commit: '0123456789abcdef0123456789abcdef01234567' },
    ],
    ['gl', '', { kind: 'git', url: 'https://gitlab.com/x/y.git', commit: '0123456' }],
    ['tb', '', { kind: 'tarball', url: 'https://e.com/tb.tgz' }],
    ['lf', '', { kind: 'file', url: 'lf' }],
  ];
  for (const [name, version, source] of table) {
    it(`${name} -> ${source.kind}`, () => {
      assert.deepEqual(byName(out.packages, name, version).source, source);
    });
  }
  it('alias recorded', () => assert.deepEqual(byName(out.packages, 'string-width').aliases, ['cjs']));
});
