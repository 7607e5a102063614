import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRegistry } from './registry.js';

const net = { network: false };

describe('checkRegistry', () => {
  it('accepts a sorted registry with unique ids and descriptions', () => {
    assert.deepEqual(
      checkRegistry([
        { id: 'a/b', description: 'does a thing well', requirements: net },
        { id: 'a/c', description: 'does another thing', requirements: net },
      ]),
      [],
    );
  });
  it('reports duplicates, bad ids, missing descriptions and wrong order', () => {
    const problems = checkRegistry([
      { id: 'z/z', description: 'does a thing well', requirements: net },
      { id: 'Bad Id', description: 'x', requirements: net },
      { id: 'z/z', description: 'does a thing well', requirements: net },
    ]);
    assert.ok(problems.some((p) => p.includes('registered twice')));
    assert.ok(problems.some((p) => p.includes('not kebab-case')));
    assert.ok(problems.some((p) => p.includes('description missing')));
    assert.ok(problems.some((p) => p.includes('not sorted')));
  });
});
