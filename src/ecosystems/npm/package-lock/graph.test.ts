import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { packageLockExtractor } from './index.js';

const lock = (body: Record<string, unknown>) => JSON.stringify({ lockfileVersion: 3, ...body }, null, 2);
const run = (text: string, extra: Record<string, string> = {}) =>
  extractMemory(packageLockExtractor, 'package-lock.json', { 'package-lock.json': text, ...extra });
const edgesOf = (out: ReturnType<typeof run>) =>
  Object.fromEntries(out.packages.map((p) => [p.id.slice(4), p.dependencies.map((d) => d.slice(4))]));

describe('edges follow node_modules resolution', () => {
  it('v2/v3: nearest node_modules walking up from the dependent', () => {
    const out = run(
      lock({
        packages: {
          '': { dependencies: { a: '*', c: '*' } },
          'node_modules/a': { version: '1.0.0', dependencies: { b: '*', d: '*' } },
          'node_modules/a/node_modules/b': { version: '2.0.0' },
          'node_modules/a/node_modules/d': { version: '1.0.0', dependencies: { b: '*', missing: '*' } },
          'node_modules/b': { version: '1.0.0' },
          'node_modules/c': {
            version: '1.0.0',
            dependencies: { b: '*' },
            optionalDependencies: { opt: '*' },
          },
          'node_modules/@s/e': {
            version: '1.0.0',
            peerDependencies: { c: '*' },
            devDependencies: { a: '*' },
          },
          'node_modules/@s/e/node_modules/@s/f': { version: '1.0.0' },
        },
      }),
    );
    assert.deepEqual(edgesOf(out), {
      '@s/e@1.0.0': ['c@1.0.0'],
      '@s/f@1.0.0': [],
      'a@1.0.0': ['b@2.0.0', 'd@1.0.0'],
      'b@1.0.0': [],
      'b@2.0.0': [],
      'c@1.0.0': ['b@1.0.0'],
      'd@1.0.0': ['b@2.0.0'],
    });
  });
  it('v1: own nested dependencies first, then each ancestor', () => {
    const out = run(
      lock({
        lockfileVersion: 1,
        dependencies: {
          a: {
            version: '1.0.0',
            requires: { b: '^2', d: '*' },
            dependencies: {
              b: { version: '2.0.0' },
              d: { version: '1.0.0', requires: { b: '*', c: '*', nope: '*' } },
            },
          },
          b: { version: '1.0.0' },
          c: { version: '1.0.0', requires: { b: '*' } },
        },
      }),
    );
    assert.deepEqual(edgesOf(out), {
      'a@1.0.0': ['b@2.0.0', 'd@1.0.0'],
      'b@1.0.0': [],
      'b@2.0.0': [],
      'c@1.0.0': ['b@1.0.0'],
      'd@1.0.0': ['b@2.0.0', 'c@1.0.0'],
    });
  });
});

describe('scopes from npm flags', () => {
  const table: Array<[string, Record<string, unknown>, string[]]> = [
    ['no flag', {}, ['prod']],
    ['dev', { dev: true }, ['dev']],
    ['optional', { optional: true }, ['optional']],
    ['devOptional', { devOptional: true }, ['dev', 'optional']],
    ['peer', { peer: true }, ['peer']],
    ['dev + peer', { dev: true, peer: true }, ['dev', 'peer']],
    ['flag not true', { dev: 'yes' }, ['prod']],
  ];
  for (const [label, flags, scopes] of table) {
    it(`${label} -> ${scopes.join('+')}`, () => {
      const out = run(lock({ packages: { '': {}, 'node_modules/x': { version: '1.0.0', ...flags } } }));
      assert.deepEqual(out.packages[0]?.scopes, scopes);
    });
  }
  it('the same package in several folders gets the union of their scopes', () => {
    const out = run(
      lock({
        packages: {
          'node_modules/x': { version: '1.0.0', dev: true },
          'node_modules/y': { version: '1.0.0', optional: true },
          'node_modules/y/node_modules/x': { version: '1.0.0', optional: true },
        },
      }),
    );
    assert.deepEqual(out.packages[0]?.scopes, ['dev', 'optional']);
    assert.equal(out.packages[0]?.locations.length, 2);
  });
});

describe('projects and direct dependencies', () => {
  it('root project dependencies carry the section scope; optional wins over prod', () => {
    const out = run(
      lock({
        name: 'top',
        packages: {
          '': {
            name: 'root',
            version: '2.0.0',
            dependencies: { a: '*', o: '*' },
            optionalDependencies: { o: '*' },
            devDependencies: { d: '*' },
            peerDependencies: { p: '*', absent: '*' },
          },
          'node_modules/a': { version: '1.0.0' },
          'node_modules/o': { version: '1.0.0', optional: true },
          'node_modules/d': { version: '1.0.0', dev: true },
          'node_modules/p': { version: '1.0.0', peer: true },
        },
      }),
    );
    assert.deepEqual(out.projects, [
      {
        id: 'npm:.',
        ecosystem: 'npm',
        name: 'root',
        version: '2.0.0',
        path: '.',
        location: { path: 'package-lock.json', line: 5 },
        dependencies: [
          { id: 'npm:a@1.0.0', scope: 'prod' },
          { id: 'npm:d@1.0.0', scope: 'dev' },
          { id: 'npm:o@1.0.0', scope: 'optional' },
          { id: 'npm:p@1.0.0', scope: 'peer' },
        ],
      },
    ]);
    assert.ok(out.packages.every((p) => p.direct));
  });
  const v1Text = lock({
    lockfileVersion: 1,
    name: 'legacy',
    dependencies: {
      a: { version: '1.0.0', requires: { b: '*' } },
      b: { version: '1.0.0' },
      d: { version: '1.0.0', dev: true },
    },
  });
  it('v1 without package.json: top-level packages nothing requires are direct', () => {
    const out = run(v1Text);
    assert.deepEqual(out.projects[0]?.dependencies, [
      { id: 'npm:a@1.0.0', scope: 'prod' },
      { id: 'npm:d@1.0.0', scope: 'dev' },
    ]);
    assert.equal(out.projects[0]?.name, 'legacy');
  });
  it('v1 with package.json beside it: its declared dependencies are direct', () => {
    const manifest = JSON.stringify({
      name: 'legacy',
      dependencies: { a: '*', b: '*' },
      devDependencies: { d: '*' },
    });
    const out = run(v1Text, { 'package.json': manifest });
    assert.deepEqual(out.projects[0]?.dependencies, [
      { id: 'npm:a@1.0.0', scope: 'prod' },
      { id: 'npm:b@1.0.0', scope: 'prod' },
      { id: 'npm:d@1.0.0', scope: 'dev' },
    ]);
  });
  it('an unreadable package.json is a warning and the guess is used', () => {
    const out = run(v1Text, { 'package.json': '{ nope' });
    assert.equal(out.projects[0]?.dependencies.length, 2);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code]),
      [['warning', 'manifest-unreadable']],
    );
  });
  it('v2 prefers `packages` over the v1 `dependencies` it also carries', () => {
    const out = run(
      lock({
        lockfileVersion: 2,
        packages: { '': {}, 'node_modules/new': { version: '2.0.0' } },
        dependencies: { old: { version: '1.0.0' } },
      }),
    );
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['npm:new@2.0.0'],
    );
  });
});

describe('npm-shrinkwrap.json beside package-lock.json', () => {
  const text = lock({ packages: { '': {}, 'node_modules/x': { version: '1.0.0' } } });
  const files = { 'a/package-lock.json': text, 'a/npm-shrinkwrap.json': text };
  it('package-lock.json yields nothing and says why', () => {
    const out = extractMemory(packageLockExtractor, 'a/package-lock.json', files);
    assert.deepEqual([out.packages, out.projects], [[], []]);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.path]),
      [['info', 'superseded-lockfile', 'a/package-lock.json']],
    );
  });
  it('the shrinkwrap is read', () => {
    assert.equal(extractMemory(packageLockExtractor, 'a/npm-shrinkwrap.json', files).packages.length, 1);
  });
  it('a shrinkwrap in another folder changes nothing', () => {
    const out = extractMemory(packageLockExtractor, 'b/package-lock.json', {
      ...files,
      'b/package-lock.json': text,
    });
    assert.equal(out.packages.length, 1);
  });
});
