import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { MAX_DIAGNOSTICS_PER_CODE, TOO_MANY_DIAGNOSTICS } from '../../../core/plugin/diagnostic-sink.js';
import { packageLockExtractor } from './index.js';
import { LIMITS } from './limits.js';

const run = (text: string) =>
  extractMemory(packageLockExtractor, 'package-lock.json', { 'package-lock.json': text });
const pretty = (v: unknown) => JSON.stringify(v, null, 2);
/** Line of the first `"key": {` (an entry, not a range in `requires`). */
const lineOf = (text: string, key: string) =>
  text.slice(0, text.indexOf(`${JSON.stringify(key)}: `)).split('\n').length;
const entryLine = (text: string, key: string) =>
  text.slice(0, text.indexOf(`${JSON.stringify(key)}: {`)).split('\n').length;

describe('bad entries become warnings and the rest is kept', () => {
  const v2Cases: Array<[string, unknown, string]> = [
    ['missing version', { resolved: 'https://registry.npmjs.org/bad/-/bad-1.0.0.tgz' }, 'no `version`'],
    ['a string', 'oops', 'not an object'],
    ['an array', [1], 'not an object'],
    ['null', null, 'not an object'],
    ['version a number', { version: 1 }, '`version` is not a string'],
    ['dependencies an array', { version: '1.0.0', dependencies: ['x'] }, '`dependencies` is not an object'],
    ['dependency range a number', { version: '1.0.0', dependencies: { x: 1 } }, 'is not a string'],
    ['link without resolved', { link: true }, 'link without `resolved`'],
    ['huge version', { version: '1'.repeat(LIMITS.maxVersionLength + 1) }, '`version` too long'],
  ];
  for (const [label, entry, reason] of v2Cases) {
    it(`v2: ${label}`, () => {
      const text = pretty({
        lockfileVersion: 3,
        packages: { '': {}, 'node_modules/bad': entry, 'node_modules/good': { version: '1.0.0' } },
      });
      const out = run(text);
      assert.deepEqual(
        out.packages.map((p) => p.id),
        ['npm:good@1.0.0'],
      );
      assert.equal(out.diagnostics.length, 1);
      const [d] = out.diagnostics;
      assert.deepEqual(
        [d?.level, d?.code, d?.path, d?.line],
        ['warning', 'invalid-entry', 'package-lock.json', lineOf(text, 'node_modules/bad')],
      );
      assert.ok(d?.message.includes(reason), d?.message);
    });
  }
  it('v2: a key without a package name', () => {
    const out = run(pretty({ packages: { 'node_modules/': { version: '1.0.0' } } }));
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['invalid-entry', 3]],
    );
  });
  const v1Cases: Array<[string, unknown]> = [
    ['missing version', { resolved: 'x' }],
    ['not an object', 7],
    ['alias without version', { version: 'npm:real' }],
    ['requires not an object', { version: '1.0.0', requires: 'x' }],
  ];
  for (const [label, entry] of v1Cases) {
    it(`v1: ${label}`, () => {
      const text = pretty({ lockfileVersion: 1, dependencies: { good: { version: '1.0.0' }, bad: entry } });
      const out = run(text);
      assert.deepEqual(
        out.packages.map((p) => p.id),
        ['npm:good@1.0.0'],
      );
      assert.deepEqual(
        out.diagnostics.map((d) => [d.level, d.code, d.line]),
        [['warning', 'invalid-entry', lineOf(text, 'bad')]],
      );
    });
  }
  it('reports at most MAX_DIAGNOSTICS_PER_CODE problems of a kind plus a summary', () => {
    const packages: Record<string, unknown> = {};
    for (let i = 0; i < MAX_DIAGNOSTICS_PER_CODE + 50; i++) packages[`node_modules/b${i}`] = 'bad';
    const out = run(JSON.stringify({ packages }));
    assert.equal(out.diagnostics.length, MAX_DIAGNOSTICS_PER_CODE + 1);
    assert.equal(out.diagnostics.at(-1)?.code, TOO_MANY_DIAGNOSTICS);
    assert.match(out.diagnostics.at(-1)?.message ?? '', /^50 more "invalid-entry" diagnostics/);
  });
  it('an unknown lockfileVersion is a warning, and the file is still read', () => {
    const out = run(pretty({ lockfileVersion: 9, packages: { 'node_modules/x': { version: '1.0.0' } } }));
    assert.equal(out.packages.length, 1);
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['unsupported-version'],
    );
  });
});

describe('unreadable files throw InputError', () => {
  const table: Array<[string, string]> = [
    ['not JSON', 'this is not json!'],
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"package-lock"'],
    ['packages not an object', '{"lockfileVersion": 3, "packages": []}'],
    ['dependencies not an object', '{"lockfileVersion": 1, "dependencies": "x"}'],
    ['nested deeper than the JSON bound', `{"dependencies":${'{"a":'.repeat(400)}{}${'}'.repeat(400)}}`],
    ['an array 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['an unclosed array 100,000 deep', '['.repeat(100_000)],
    [
      'a v2 entry field 100,000 deep',
      `{"packages": {"node_modules/a": {"version": "1.0.0", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}}`,
    ],
    ['a v1 node 100,000 deep', `{"dependencies":${'{"a":'.repeat(100_000)}{}${'}'.repeat(100_000)}}`],
  ];
  for (const [label, text] of table) {
    it(label, () => {
      assert.throws(
        () => run(text),
        (err: unknown) => err instanceof InputError && err.path === 'package-lock.json',
      );
      if (text.length > 100_000) assert.throws(() => run(text), /nested deeper than 256 levels/);
    });
  }
  it('an object without packages or dependencies is an empty lockfile', () => {
    const out = run('{"name": "x", "lockfileVersion": 3}');
    assert.deepEqual([out.packages, out.projects.map((p) => p.name), out.diagnostics], [[], ['x'], []]);
  });
});

describe('hostile input', () => {
  it('a v1 tree as deep as the JSON bound allows is walked without recursion', () => {
    const depth = 120;
    let node: Record<string, unknown> = { version: '1.0.0' };
    for (let i = depth - 1; i >= 1; i--)
      node = { version: '1.0.0', requires: { [`d${i + 1}`]: '*' }, dependencies: { [`d${i + 1}`]: node } };
    const text = pretty({ lockfileVersion: 1, dependencies: { d1: node } });
    const out = run(text);
    assert.equal(out.packages.length, depth);
    assert.deepEqual(out.diagnostics, []);
    const last = out.packages.find((p) => p.name === `d${depth}`);
    assert.equal(last?.locations[0]?.line, entryLine(text, `d${depth}`));
    assert.deepEqual(out.packages.find((p) => p.name === 'd7')?.dependencies, ['npm:d8@1.0.0']);
  });
  it('terminal escape characters in names are kept as data, and escaped in messages', () => {
    // No `/` in it: a key with more path segments is a folder, not an installed package name.
    const evil = '\u001b]8;;evil\u0007x\u001b[2J\u009b';
    const out = run(
      pretty({
        packages: {
          [`node_modules/${evil}`]: { version: '1.0.0' },
          [`node_modules/${evil}y`]: { version: 7 },
        },
      }),
    );
    assert.deepEqual(
      out.packages.map((p) => p.name),
      [evil],
    );
    assert.equal(out.diagnostics.length, 1);
    assert.ok(
      ![...(out.diagnostics[0]?.message ?? '')].some(
        (c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f),
      ),
    );
    assert.match(out.diagnostics[0]?.message ?? '', /\\u001b\]8;;evil\\u0007x\\u001b\[2J\\u009by/);
  });
  it('names that are Object.prototype members resolve only to real entries', () => {
    const deps = { __proto__: '*', constructor: '*', toString: '*', hasOwnProperty: '*' };
    const packages = JSON.parse(
      JSON.stringify({
        '': { dependencies: deps },
        'node_modules/__proto__': { version: '1.0.0' },
        'node_modules/constructor': { version: '1.0.0', dependencies: deps },
      }).replace('"__proto__":"*"', '"__proto__":"*"'),
    ) as Record<string, unknown>;
    const v2 = run(
      JSON.stringify({ packages }).replace(
        '"dependencies":{"constructor"',
        '"dependencies":{"__proto__":"*","constructor"',
      ),
    );
    assert.deepEqual(
      v2.packages.map((p) => p.id),
      ['npm:__proto__@1.0.0', 'npm:constructor@1.0.0'],
    );
    const v1 = run(
      '{"dependencies": {"__proto__": {"version": "1.0.0"}, "constructor": {"version": "1.0.0", "requires": {"toString": "*", "__proto__": "*"}}}}',
    );
    assert.deepEqual(
      v1.packages.map((p) => [p.id, p.dependencies]),
      [
        ['npm:__proto__@1.0.0', []],
        ['npm:constructor@1.0.0', ['npm:__proto__@1.0.0']],
      ],
    );
  });
  it('keys nested beyond the bound are rejected', () => {
    const key = `node_modules/${'a/node_modules/'.repeat(LIMITS.maxKeySegments)}x`;
    const out = run(
      JSON.stringify({ packages: { [key]: { version: '1.0.0' }, 'node_modules/ok': { version: '1.0.0' } } }),
    );
    assert.equal(out.packages.length, 1);
    assert.equal(out.diagnostics[0]?.code, 'invalid-entry');
  });
  it('link cycles end', () => {
    const out = run(
      JSON.stringify({
        packages: {
          '': { dependencies: { a: '*' } },
          'node_modules/a': { link: true, resolved: 'node_modules/b' },
          'node_modules/b': { link: true, resolved: 'node_modules/a' },
        },
      }),
    );
    assert.ok(out.projects.length === 1);
  });
  it('50,000 entries with cyclic dependencies are all read, each with its scope', () => {
    const n = 50_000;
    const packages: Record<string, unknown> = { '': { dependencies: { p0: '*' } } };
    for (let i = 0; i < n; i++) {
      packages[`node_modules/p${i}`] = {
        version: '1.0.0',
        dependencies: { [`p${(i + 1) % n}`]: '*', [`p${(i * 7) % n}`]: '*' },
      };
    }
    const text = JSON.stringify({ lockfileVersion: 3, packages }, null, 2);
    const out = run(text);
    assert.equal(out.packages.length, n);
    assert.ok(out.packages.every((p) => p.scopes.length === 1));
    assert.ok(out.packages.every((p) => p.dependencies.length >= 1));
  });
});
