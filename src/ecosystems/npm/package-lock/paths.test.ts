import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyKey, createResolver, installedTail, parentDir } from './paths.js';

const KEYS = [
  '',
  'node_modules/a',
  'node_modules/a/node_modules/b',
  'node_modules/a/node_modules/@s/c',
  'node_modules/a/node_modules/@s/c/node_modules/a',
  'node_modules/@s/c',
  'node_modules/@s/c/node_modules/b',
  'packages/app',
  'packages/app/node_modules/a',
  'packages/app/node_modules/a/node_modules/b',
  '../lib/node_modules/b',
  'node_modules/a/lib',
  'xnode_modules/y',
];

/** The search path of `from`, walking up folder by folder (what the memoised resolver must equal). */
function naivePath(keys: readonly string[], from: string): string[][] {
  const out: string[][] = [];
  for (let dir: string | undefined = from; dir !== undefined; dir = parentDir(dir)) {
    const prefix = dir === '' ? 'node_modules/' : `${dir}/node_modules/`;
    const names = keys.filter((k) => k.startsWith(prefix) && installedTail(k) === k.slice(prefix.length));
    if (names.length > 0) out.push(names.map((k) => k.slice(prefix.length)).sort());
  }
  return out;
}

describe('createResolver', () => {
  it('gives every folder the search path of a folder-by-folder walk, in any order of asking', () => {
    for (const order of [KEYS, [...KEYS].reverse()]) {
      const resolver = createResolver();
      for (const k of KEYS) resolver.add(k);
      for (const from of order) {
        const got = resolver.searchPath(from).map((m) => [...m.keys()].sort());
        for (const m of resolver.searchPath(from))
          for (const [name, slot] of m) assert.equal(slot.name, name);
        assert.deepEqual(got, naivePath(KEYS, from), from);
      }
    }
  });
  it('searches from an installed package as from its folder, odd node_modules owners included', () => {
    const odd = [
      ...KEYS,
      'node_modules/node_modules/a',
      'node_modules/@s/node_modules/b',
      'node_modules/a/node_modules/node_modules/c',
      'node_modules/a/node_modules/@t/node_modules/d',
      'node_modules/a/node_modules/@t/e',
    ];
    for (const keys of [KEYS, odd]) {
      const resolver = createResolver();
      const slots = keys.map((k) => resolver.add(k));
      keys.forEach((from, i) => {
        const got = resolver.searchPath(from, slots[i]).map((m) => [...m.keys()].sort());
        assert.deepEqual(got, naivePath(keys, from), from);
      });
    }
  });
  it('resolves a name to the nearest installed key', () => {
    const resolver = createResolver();
    for (const k of KEYS) resolver.add(k);
    const resolve = (from: string, name: string) => resolver.resolve(resolver.searchPath(from), name)?.key;
    assert.equal(
      resolve('node_modules/a/node_modules/@s/c', 'a'),
      'node_modules/a/node_modules/@s/c/node_modules/a',
    );
    assert.equal(resolve('node_modules/a/node_modules/@s/c', 'b'), 'node_modules/a/node_modules/b');
    assert.equal(resolve('node_modules/@s/c', 'b'), 'node_modules/@s/c/node_modules/b');
    assert.equal(resolve('packages/app', 'b'), undefined);
    assert.equal(resolve('packages/app/node_modules/a', 'b'), 'packages/app/node_modules/a/node_modules/b');
    assert.equal(resolve('packages/app/node_modules/a', '@s/c'), 'node_modules/@s/c');
    assert.equal(resolve('../lib', 'b'), '../lib/node_modules/b');
    assert.equal(resolve('../lib', 'a'), undefined, 'above the lockfile root is not searched upwards');
  });
});

describe('Resolver.slotOf', () => {
  it('finds the slot of a key added, and none for other keys', () => {
    const resolver = createResolver();
    const slots = KEYS.map((k) => resolver.add(k));
    for (const [i, k] of KEYS.entries()) assert.equal(resolver.slotOf(k), slots[i]);
    assert.equal(resolver.slotOf('node_modules/zz'), undefined);
    assert.equal(resolver.slotOf('packages/app/node_modules/b'), undefined);
    assert.equal(resolver.slotOf('packages'), undefined);
  });
});

describe('parentDir and classifyKey', () => {
  it('stops at the root and at `..`', () => {
    assert.deepEqual(['a/b', 'a', '', '..', '../..', 'a/..', '...', 'a/...'].map(parentDir), [
      'a',
      '',
      undefined,
      undefined,
      undefined,
      undefined,
      '',
      'a',
    ]);
  });
  it('long keys are counted for nesting, short ones need not be', () => {
    assert.equal(classifyKey(`node_modules/${'a/'.repeat(300)}x`).kind, 'invalid');
    assert.deepEqual(classifyKey(`${'b'.repeat(300)}/node_modules/x`), { kind: 'package', name: 'x' });
    assert.deepEqual(classifyKey(`node_modules/${'a/node_modules/'.repeat(16)}x`), {
      kind: 'package',
      name: 'x',
    });
  });
});
