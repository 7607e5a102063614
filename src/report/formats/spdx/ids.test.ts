import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ROOT_KEY } from '../../sbom/graph.js';
import { allocateSpdxIds, sanitiseSpdxId } from './ids.js';

const VALID = /^SPDXRef-[A-Za-z0-9.-]+$/;

describe('sanitiseSpdxId', () => {
  const table: [string, string][] = [
    ['npm:left-pad@1.3.0', 'npm-left-pad-1.3.0'],
    ['npm:@scope/util@2.0.0', 'npm-scope-util-2.0.0'],
    ['npm:x@1#git:git+ssh://git@h/x.git', 'npm-x-1-git-git-ssh-git-h-x.git'],
    ['npm:é\u001b\ud800@1', 'npm-1'],
    ['', 'unnamed'],
    ['@@@', 'unnamed'],
  ];
  for (const [input, want] of table)
    it(JSON.stringify(input), () => assert.equal(sanitiseSpdxId(input), want));
});

describe('allocateSpdxIds', () => {
  it('keeps unique ids readable and hashes colliding ones', () => {
    const ids = allocateSpdxIds([
      ['package:a b', 'a b'],
      ['package:a/b', 'a/b'],
      ['package:c', 'c'],
      ['project:c', 'c'],
      [ROOT_KEY, ''],
    ]);
    assert.equal(ids.get(ROOT_KEY), 'SPDXRef-Root');
    const values = [...ids.values()];
    assert.equal(new Set(values).size, values.length);
    for (const v of values) assert.match(v, VALID);
    assert.match(ids.get('package:a b')!, /^SPDXRef-Package-a-b-[0-9a-f]{8}$/);
    assert.match(ids.get('project:c')!, /^SPDXRef-Package-c-[0-9a-f]{8}$/);
  });

  it('does not depend on the order of the nodes', () => {
    const nodes: [string, string][] = [
      ['package:x', 'x'],
      ['package:x!', 'x!'],
      ['package:y', 'y'],
    ];
    assert.deepEqual([...allocateSpdxIds(nodes)].sort(), [...allocateSpdxIds([...nodes].reverse())].sort());
  });

  it('stays unique when a sanitised id looks like another one with its hash', () => {
    const first = allocateSpdxIds([
      ['package:a b', 'a b'],
      ['package:a/b', 'a/b'],
    ]);
    const hashed = first.get('package:a b')!.slice('SPDXRef-Package-'.length);
    const ids = allocateSpdxIds([
      ['package:a b', 'a b'],
      ['package:a/b', 'a/b'],
      [`package:${hashed}`, hashed],
    ]);
    assert.equal(new Set(ids.values()).size, 3);
  });
});
