import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { packageLockExtractor } from './index.js';
import { indexLines } from './lines.js';

/** 1-based line of the first `"key": {` in text, found independently of the scanner. */
function lineOf(text: string, key: string): number {
  const at = text.indexOf(`${JSON.stringify(key)}: {`);
  assert.ok(at >= 0, `no ${key}`);
  return text.slice(0, at).split('\n').length;
}

const linesByName = (text: string) => {
  const out = extractMemory(packageLockExtractor, 'package-lock.json', { 'package-lock.json': text });
  return Object.fromEntries(
    out.packages.map((p) => [`${p.name}@${p.version}`, p.locations.map((l) => l.line)]),
  );
};

const V3 = {
  lockfileVersion: 3,
  description: 'a string with "node_modules/fake": { inside',
  packages: {
    '': { dependencies: { a: '*' } },
    'node_modules/a': { version: '1.0.0', keywords: ['{', '}', '"'], dependencies: { b: '*' } },
    'node_modules/a/node_modules/b': { version: '2.0.0' },
    'node_modules/b': { version: '1.0.0' },
  },
};

describe('line numbers', () => {
  for (const [label, indent, eol] of [
    ['2 spaces', 2, '\n'],
    ['tabs, CRLF', '\t', '\r\n'],
  ] as const) {
    it(`v3 keys under packages (${label})`, () => {
      const text = JSON.stringify(V3, null, indent).replaceAll('\n', eol);
      assert.deepEqual(linesByName(text), {
        'a@1.0.0': [lineOf(text, 'node_modules/a')],
        'b@2.0.0': [lineOf(text, 'node_modules/a/node_modules/b')],
        'b@1.0.0': [lineOf(text, 'node_modules/b')],
      });
    });
  }
  it('v3 on one line: every entry is on line 1', () => {
    const lines = Object.values(linesByName(JSON.stringify(V3)));
    assert.deepEqual(lines, [[1], [1], [1]]);
  });
  it('keys written with JSON escapes are matched after decoding', () => {
    const text = JSON.stringify(V3, null, 2).replace('"node_modules/b": {', '"node_modules/\\u0062": {');
    assert.equal(
      linesByName(text)['b@1.0.0']?.[0],
      text.split('\n').findIndex((l) => l.includes('\\u0062')) + 1,
    );
  });
  it('v1 nested dependencies: each node at its own key', () => {
    const text = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: {
          a: {
            version: '1.0.0',
            dependencies: { b: { version: '2.0.0', dependencies: { c: { version: '3.0.0' } } } },
          },
          b: { version: '1.0.0', requires: { dependencies: '1' } },
          c: { version: '9.0.0' },
        },
      },
      null,
      2,
    );
    const nth = (needle: string, n: number) => text.split('\n').filter((l) => l.includes(needle))[n];
    const line = (needle: string, n: number) => text.split('\n').indexOf(nth(needle, n)!) + 1;
    assert.deepEqual(linesByName(text), {
      'a@1.0.0': [line('"a": {', 0)],
      'b@2.0.0': [line('"b": {', 0)],
      'c@3.0.0': [line('"c": {', 0)],
      'b@1.0.0': [line('"b": {', 1)],
      'c@9.0.0': [line('"c": {', 1)],
    });
  });
  it('a duplicated key takes the line of the last one, as JSON.parse takes its value', () => {
    const text =
      '{"packages": {\n"node_modules/x": {"version": "1.0.0"},\n"node_modules/x": {"version": "2.0.0"}}}';
    assert.deepEqual(linesByName(text), { 'x@2.0.0': [3] });
  });
  it('integer-like keys, which JSON.parse puts first, keep their own lines', () => {
    const text = JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          'node_modules/a': { version: '1.0.0', dependencies: { b: '*' } },
          '10': { name: 'ten', version: '1.0.0' },
          'node_modules/b': { version: '1.0.0' },
          '2': { name: 'two', version: '1.0.0' },
          'node_modules/c': { link: true, resolved: '2' },
          'node_modules/d': { link: true, resolved: '10' },
        },
      },
      null,
      2,
    );
    assert.deepEqual(linesByName(text), {
      'a@1.0.0': [lineOf(text, 'node_modules/a')],
      'b@1.0.0': [lineOf(text, 'node_modules/b')],
      'ten@1.0.0': [lineOf(text, '10')],
      'two@1.0.0': [lineOf(text, '2')],
    });
  });
  it('packageLines: by position when the text and the parsed keys agree, else by key', () => {
    const text = '{"packages": {\n"a": 1,\n"b": 2,\n"\\u0063": 3,\n"d": 4}}';
    assert.deepEqual(indexLines(text, 'v2').packageLines(['a', 'b', 'c', 'd']), [2, 3, 4, 5]);
    assert.deepEqual(indexLines(text, 'v2').packageLines(['a', 'b', 'x', 'd']), [2, 3, undefined, 5]);
    assert.deepEqual(indexLines(text, 'v2').packageLines(['d', 'a']), [5, 2]);
    const dup = '{"packages": {\n"a": 1,\n"b": 2,\n"a": 3}}';
    assert.deepEqual(indexLines(dup, 'v2').packageLines(['a', 'b']), [4, 3]);
    const two = '{"packages": {"a": 1},\n"packages": {\n"b": 1}}';
    assert.deepEqual(indexLines(two, 'v2').packageLines(['b']), [3]);
  });
  it('indexLines only records the requested format', () => {
    const text = JSON.stringify({ packages: { a: {} }, dependencies: { b: {} } }, null, 1);
    assert.equal(indexLines(text, 'v2').treeChild(0, 'b'), undefined);
    assert.deepEqual(indexLines(text, 'v2').packageLines(['a']), [3]);
    assert.deepEqual(indexLines(text, 'v1').treeChild(0, 'b'), { node: 1, line: 6 });
  });
});
