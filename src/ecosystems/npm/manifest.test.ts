import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryContext } from '../../../test/helpers/extract.js';
import { DiagnosticSink } from '../../core/plugin/diagnostic-sink.js';
import { manifestPath, readManifestIn, workspaceGlobs } from './manifest.js';

describe('manifestPath', () => {
  const cases: Array<[string, string]> = [
    ['.', 'package.json'],
    ['packages/a', 'packages/a/package.json'],
  ];
  for (const [dir, want] of cases) it(`${dir} -> ${want}`, () => assert.equal(manifestPath(dir), want));
});

describe('workspaceGlobs', () => {
  const cases: Array<[string, unknown, string[] | undefined]> = [
    ['an array', ['packages/*', 'tools/x'], ['packages/*', 'tools/x']],
    ["yarn's { packages }", { packages: ['a/*'], nohoist: ['**/x'] }, ['a/*']],
    ['non-strings are dropped', ['a', 7, null, { b: 1 }], ['a']],
    ['an over-long glob is dropped', ['a', 'x'.repeat(5000)], ['a']],
    ['absent', undefined, undefined],
    ['not a list', 'packages/*', undefined],
    ['an object without packages', { nohoist: [] }, undefined],
  ];
  for (const [name, value, want] of cases) it(name, () => assert.deepEqual(workspaceGlobs(value), want));
});

describe('readManifestIn', () => {
  const ctx = memoryContext({
    'package.json': '{"name": "root", "version": "1.0.0", "workspaces": ["packages/*"]}',
    'packages/a/package.json': '{"name": "a", "dependencies": {"x": "^1"}}',
    'broken/package.json': '{\n  "name": "b",\n  oops\n}',
  });

  it('reads the package.json of a folder, the root as "."', () => {
    assert.deepEqual(readManifestIn(ctx, '.'), {
      name: 'root',
      version: '1.0.0',
      dependencies: [],
      workspaces: ['packages/*'],
    });
    assert.deepEqual(readManifestIn(ctx, 'packages/a')?.dependencies, [
      { name: 'x', spec: '^1', scope: 'prod' },
    ]);
  });

  it('a folder without one gives undefined and reports nothing', () => {
    const sink = new DiagnosticSink('yarn.lock');
    assert.equal(readManifestIn(ctx, 'nowhere', { sink, consequence: 'x' }), undefined);
    assert.deepEqual(sink.finish(), []);
  });

  it('an unreadable one gives undefined, silently without a sink', () => {
    assert.equal(readManifestIn(ctx, 'broken'), undefined);
  });

  it('an unreadable one is reported at its own path and line, with the consequence', () => {
    const sink = new DiagnosticSink('broken/yarn.lock');
    assert.equal(
      readManifestIn(ctx, 'broken', { sink, consequence: 'direct dependencies are guessed' }),
      undefined,
    );
    const [d, ...rest] = sink.finish();
    assert.deepEqual(rest, []);
    assert.deepEqual(
      [d?.level, d?.code, d?.path, d?.line],
      ['warning', 'manifest-unreadable', 'broken/package.json', 3],
    );
    assert.match(d?.message ?? '', /^broken\/package\.json:3: .*; direct dependencies are guessed$/);
  });
});
