import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../../core/errors/index.js';
import { stripJsonc } from './jsonc.js';
import { sectionKeyLines } from './key-lines.js';

describe('stripJsonc', () => {
  const cases: Array<{ name: string; input: string; value: unknown }> = [
    { name: 'plain JSON unchanged', input: '{"a": [1, 2]}', value: { a: [1, 2] } },
    { name: 'trailing comma in object', input: '{"a": 1,}', value: { a: 1 } },
    { name: 'trailing comma in array', input: '[1, 2, ]', value: [1, 2] },
    { name: 'nested trailing commas', input: '{"a": {"b": [1,],},}', value: { a: { b: [1] } } },
    { name: 'line comment', input: '{"a": 1 // note\n}', value: { a: 1 } },
    { name: 'block comment', input: '{/* x */"a": /* y */ 1}', value: { a: 1 } },
    { name: 'comment between comma and bracket', input: '{"a": 1, // last\n /* end */ }', value: { a: 1 } },
    {
      name: 'comment markers inside strings are data',
      input: '{"a": "http://x/*y*/"}',
      value: { a: 'http://x/*y*/' },
    },
    {
      name: 'comma-bracket inside strings is data',
      input: '{"a": ",}", "b": ",]"}',
      value: { a: ',}', b: ',]' },
    },
    { name: 'escaped quote inside string', input: '{"a": "x\\",}//"}', value: { a: 'x",}//' } },
    { name: 'escaped backslash before quote', input: '{"a": "x\\\\", "b": 1,}', value: { a: 'x\\', b: 1 } },
    { name: 'byte-order mark', input: '\ufeff{"a": 1}', value: { a: 1 } },
    { name: 'CRLF line endings and comments', input: '{\r\n"a": 1, // c\r\n}\r\n', value: { a: 1 } },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = stripJsonc(c.input, 'bun.lock');
      assert.equal(out.length, c.input.length, 'length is kept');
      assert.equal(out.split('\n').length, c.input.split('\n').length, 'lines are kept');
      assert.deepEqual(JSON.parse(out), c.value);
    });
  }

  it('refuses an unterminated block comment with its line', () => {
    assert.throws(
      () => stripJsonc('{\n"a": 1 /* never closed\n}', 'x/bun.lock'),
      (e: unknown) => e instanceof InputError && e.line === 2 && e.message.startsWith('x/bun.lock:2:'),
    );
  });

  it('leaves a comma before a value alone (a missing value stays a JSON error)', () => {
    assert.throws(() => JSON.parse(stripJsonc('[1,,2]', 'bun.lock')));
  });

  it('handles large and adversarial input', () => {
    const big = `[${'"a,]//", /* c */ '.repeat(100_000)}]`;
    const out = stripJsonc(big, 'bun.lock');
    assert.equal((JSON.parse(out) as unknown[]).length, 100_000);
    const many = `${'/'.repeat(1_000_001)}\n1`;
    assert.equal(JSON.parse(stripJsonc(many, 'bun.lock')), 1);
  });
});

describe('sectionKeyLines', () => {
  it('maps keys of the chosen top-level objects to their lines', () => {
    const text = [
      '{',
      '  "workspaces": { "": {',
      '    "name": "x" } },',
      '  "packages": {',
      '    "a": ["a@1", "", { "dependencies": { "b": "1" } }, ""],',
      '',
      '    "a/b": ["b@1", "", {}, ""],',
      '    "esc\\"aped\\u0041": [],',
      '  }',
      '}',
    ].join('\n');
    const lines = sectionKeyLines(stripJsonc(text, 'bun.lock'), ['workspaces', 'packages']);
    assert.deepEqual([...(lines.get('workspaces') ?? [])], [['', 2]]);
    assert.deepEqual(
      [...(lines.get('packages') ?? [])],
      [
        ['a', 5],
        ['a/b', 7],
        ['esc"apedA', 8],
      ],
    );
  });

  it('ignores nested objects and sections that are not objects', () => {
    const text = '{"packages": [ {"x": 1} ], "other": {"packages": {"y": 1}}}';
    assert.deepEqual(sectionKeyLines(text, ['packages']).size, 0);
  });
});
