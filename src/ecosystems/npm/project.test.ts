import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DirectDependency } from '../../core/model/package.js';
import { compareById, compareDirect, isOutsideRoot, npmProject, npmProjectId } from './project.js';

describe('npmProject', () => {
  it('builds the project of a folder with id npm:<folder>', () => {
    assert.deepEqual(
      npmProject({
        folder: 'packages/a',
        name: '@s/a',
        version: '1.2.0',
        location: { path: 'pnpm-lock.yaml', line: 7 },
        dependencies: [{ id: 'npm:x@1.0.0', scope: 'dev' }],
      }),
      {
        id: 'npm:packages/a',
        ecosystem: 'npm',
        name: '@s/a',
        path: 'packages/a',
        location: { path: 'pnpm-lock.yaml', line: 7 },
        dependencies: [{ id: 'npm:x@1.0.0', scope: 'dev' }],
        version: '1.2.0',
      },
    );
  });

  const names: Array<[string, string, string | undefined, string]> = [
    ['the given name', 'packages/a', 'a-pkg', 'a-pkg'],
    ['no name: the folder name', 'packages/a', undefined, 'a'],
    ['an empty name: the folder name', 'packages/a', '', 'a'],
    ['the root without a name is "."', '.', undefined, '.'],
  ];
  for (const [label, folder, name, want] of names) {
    it(label, () => assert.equal(npmProject({ folder, name, location: { path: 'x' } }).name, want));
  }

  it('leaves out an absent or empty version and defaults to no dependencies', () => {
    for (const version of [undefined, '']) {
      const p = npmProject({ folder: '.', version, location: { path: 'package.json' } });
      assert.equal('version' in p, false);
      assert.deepEqual(p.dependencies, []);
    }
    assert.equal(npmProjectId('.'), 'npm:.');
  });
});

describe('isOutsideRoot', () => {
  const cases: Array<[string, boolean]> = [
    ['.', false],
    ['packages/a', false],
    ['..a', false],
    ['..', true],
    ['../x', true],
    ['/etc', true],
  ];
  for (const [folder, want] of cases)
    it(`${folder} -> ${want}`, () => assert.equal(isOutsideRoot(folder), want));
});

describe('ordering', () => {
  it('sorts direct dependencies by id, then scope, in code-unit order', () => {
    const deps: DirectDependency[] = [
      { id: 'npm:b@1.0.0', scope: 'prod' },
      { id: 'npm:a@1.0.0', scope: 'prod' },
      { id: 'npm:a@1.0.0', scope: 'dev' },
      { id: 'npm:B@1.0.0', scope: 'prod' },
    ];
    assert.deepEqual(
      deps.sort(compareDirect).map((d) => `${d.id} ${d.scope}`),
      ['npm:B@1.0.0 prod', 'npm:a@1.0.0 dev', 'npm:a@1.0.0 prod', 'npm:b@1.0.0 prod'],
    );
    assert.deepEqual(
      [{ id: 'b' }, { id: 'a' }, { id: 'C' }].sort(compareById).map((x) => x.id),
      ['C', 'a', 'b'],
    );
  });
});
