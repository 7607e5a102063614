import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../errors/index.js';
import { matchGlob, matchSegment } from './glob.js';
import { jsonDepth, parseJsonFile, parseJsonUnbounded } from './json.js';
import { jsonErrorOffset } from './json-error.js';
import { countYamlAliases, parseYamlFile } from './yaml.js';

describe('parseJsonFile', () => {
  it('parses JSON, ignoring a byte-order mark', () =>
    assert.deepEqual(parseJsonFile('\ufeff{"a":1}', 'x.json'), { a: 1 }));
  it('names file and line of a syntax error', () => {
    assert.throws(
      () => parseJsonFile('{\n  "a": 1,\n  "b": ]\n}', 'dir/package-lock.json'),
      (e: unknown) =>
        e instanceof InputError &&
        e.line === 3 &&
        /^dir\/package-lock\.json:3: not valid JSON/.test(e.message),
    );
  });
  it('refuses nesting deeper than the bound without recursing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.throws(() => parseJsonFile(deep, 'deep.json'), /nested deeper than 256 levels/);
  });
  it('parseJsonUnbounded parses a 100k-deep document without recursing (the caller bounds it)', () => {
    let v = parseJsonUnbounded(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'deep.json');
    let depth = 0;
    while (Array.isArray(v) && v.length > 0) [v, depth] = [v[0], depth + 1];
    assert.equal(depth, 99_999);
  });
  it('parseJsonUnbounded reports errors as parseJsonFile does', () => {
    for (const text of ['\ufeff{\n  "a": 1,\n  "b": ]\n}', '['.repeat(100_000), `{"a":${'['.repeat(300)}}`]) {
      const message = (f: () => unknown) => {
        try {
          f();
        } catch (e) {
          assert.ok(e instanceof InputError);
          return [e.message, e.line];
        }
        assert.fail('no error');
      };
      const expected = message(() => parseJsonFile(text, 'x.json'));
      assert.deepEqual(
        message(() => parseJsonUnbounded(text, 'x.json')),
        expected,
      );
    }
    assert.throws(() => parseJsonUnbounded('['.repeat(100_000), 'x.json'), /nested deeper than 256 levels/);
  });
  it('does not count brackets inside strings', () => {
    assert.equal(jsonDepth('{"a": "[[[[{{{{", "b": [1]}').depth, 2);
    assert.equal(jsonDepth('{"a": "\\"[[["}').depth, 1);
  });
});

describe('parseYamlFile', () => {
  it('keeps versions as strings in the failsafe schema', () => {
    assert.deepEqual(parseYamlFile('lockfileVersion: 5.10\nv: 1.10\n', 'p.yaml'), {
      lockfileVersion: '5.10',
      v: '1.10',
    });
  });
  it('types scalars in the core schema', () => {
    assert.deepEqual(parseYamlFile('dev: true\nn: 3\n', 'p.yaml', { schema: 'core' }), { dev: true, n: 3 });
  });
  it('names file and line of a syntax error', () => {
    assert.throws(
      () => parseYamlFile('a: 1\nb: [1, 2\nc: 3\n', 'pnpm-lock.yaml'),
      (e: unknown) => e instanceof InputError && /^pnpm-lock\.yaml:\d+: not valid YAML/.test(e.message),
    );
  });
  it('refuses a billion-laughs alias bomb before expanding it', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 12; i++) {
      const prev = String.fromCharCode(97 + i);
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`,
      );
    }
    const text = lines.join('\n');
    assert.ok(countYamlAliases(text) > 100);
    assert.throws(() => parseYamlFile(text, 'bomb.yaml'), /aliases \(limit 100\)/);
  });
  it('does not count a quoted star range as an alias', () => {
    assert.equal(countYamlAliases('foo: \'*\'\nbar: "*"\nbaz: ^1.0.0 || *\n'), 0);
  });
});

describe('matchGlob', () => {
  const cases: Array<[string, string, boolean]> = [
    ['packages/*', 'packages/app', true],
    ['packages/*', 'packages/app/sub', false],
    ['packages/**', 'packages/app/sub', true],
    ['**', 'a/b/c', true],
    ['apps/*-web', 'apps/shop-web', true],
    ['apps/*-web', 'apps/shop-api', false],
    ['pkg?', 'pkg1', true],
    ['a/**/z', 'a/z', true],
    ['a/**/z', 'a/b/c/z', true],
    ['a/**/z', 'a/b/c/y', false],
  ];
  for (const [g, p, want] of cases)
    it(`${g} ${want ? 'matches' : 'does not match'} ${p}`, () => assert.equal(matchGlob(g, p), want));
  it('stays fast on a pathological pattern', () => {
    assert.equal(matchSegment(`${'*a'.repeat(40)}b`, 'a'.repeat(5000)), false);
  });
});

describe('jsonErrorOffset', () => {
  const cases: Array<[string, string, number]> = [
    ['stray bracket in object', '{"a": 1, "b": ]}', 14],
    ['double comma', '[1,,2]', 3],
    ['trailing comma in object', '{"a": 1,}', 8],
    ['missing colon', '{"a" 1}', 5],
    ['unterminated string', '{"a": "xyz', 10],
    ['content after the document', '{} {}', 3],
    ['bare word', '{"a": nope}', 6],
  ];
  for (const [name, text, want] of cases) it(name, () => assert.equal(jsonErrorOffset(text), want));
});
