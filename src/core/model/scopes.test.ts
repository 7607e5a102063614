import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { mergePackages, mergeProjects } from '../pipeline/merge.js';
import { randomInventory, seededRandom } from './__fixtures__/random-inventory.js';
import type { Package, Project, Scope } from './package.js';
import { markDirect, propagateScopes } from './scopes.js';

function pkg(id: string, deps: string[] = [], extra: Partial<Package> = {}): Package {
  return {
    id,
    ecosystem: 'npm',
    name: id,
    version: '1.0.0',
    resolution: 'pinned',
    source: { kind: 'registry' },
    direct: false,
    scopes: [],
    locations: [],
    dependencies: deps,
    ...extra,
  };
}

function project(deps: Array<[string, Scope]>): Project {
  return {
    id: 'npm:.',
    ecosystem: 'npm',
    name: 'root',
    path: '.',
    location: { path: 'package.json' },
    dependencies: deps.map(([id, scope]) => ({ id, scope })),
  };
}

describe('propagateScopes', () => {
  it('gives each package every scope it is reachable through, across cycles', () => {
    const pkgs = [
      pkg('a', ['c']),
      pkg('b', ['c', 'd']),
      pkg('c', ['a']),
      pkg('d'),
      pkg('e', [], { scopes: ['optional'] }),
    ];
    const proj = project([
      ['a', 'prod'],
      ['b', 'dev'],
    ]);
    propagateScopes([proj], pkgs);
    markDirect([proj], pkgs);
    const got = Object.fromEntries(pkgs.map((p) => [p.id, [p.scopes.join('+'), p.direct]]));
    assert.deepEqual(got, {
      a: ['prod+dev', true],
      b: ['dev', true],
      c: ['prod+dev', false],
      d: ['dev', false],
      e: ['optional', false],
    });
  });
  it('handles a long chain without recursion', () => {
    const n = 100_000;
    const pkgs = Array.from({ length: n }, (_, i) => pkg(`p${i}`, i + 1 < n ? [`p${i + 1}`] : []));
    propagateScopes([project([['p0', 'peer']])], pkgs);
    assert.deepEqual(pkgs[n - 1]!.scopes, ['peer']);
  });
});

describe('scopes, golden output', () => {
  it('propagates scopes and marks direct packages of 300 seeded random inventories as recorded', () => {
    const r = seededRandom(11);
    const hash = createHash('sha256');
    for (let i = 0; i < 300; i++) {
      const { packages, projects } = randomInventory(r, 60);
      propagateScopes(projects, packages);
      markDirect(projects, packages);
      hash.update(JSON.stringify(packages));
    }
    assert.equal(hash.digest('hex'), '2b7db1af9d258011f5f77e608dfadd2fcfaa8f10598cc6db40de523b7469f172');
  });
});

describe('merge', () => {
  it('unions locations, scopes, edges and direct flags of the same package', () => {
    const merged = mergePackages([
      pkg('b'),
      pkg('a', ['x'], { scopes: ['dev'], locations: [{ path: 'z/lock', line: 9 }] }),
      pkg('a', ['y', 'x', 'a'], {
        scopes: ['prod'],
        direct: true,
        locations: [
          { path: 'lock', line: 3 },
          { path: 'z/lock', line: 9 },
        ],
      }),
    ]);
    assert.deepEqual(
      merged.map((p) => [p.id, p.scopes, p.direct, p.dependencies, p.locations]),
      [
        [
          'a',
          ['prod', 'dev'],
          true,
          ['x', 'y'],
          [
            { path: 'lock', line: 3 },
            { path: 'z/lock', line: 9 },
          ],
        ],
        ['b', [], false, [], []],
      ],
    );
  });
  it('merges projects and sorts their dependencies', () => {
    const merged = mergeProjects([
      project([['b', 'dev']]),
      project([
        ['a', 'prod'],
        ['b', 'dev'],
      ]),
    ]);
    assert.deepEqual(merged[0]!.dependencies, [
      { id: 'a', scope: 'prod' },
      { id: 'b', scope: 'dev' },
    ]);
  });
});
