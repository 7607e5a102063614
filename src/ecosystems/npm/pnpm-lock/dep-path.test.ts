import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type KeyFormat,
  keyFormatOf,
  type ParsedKey,
  parseKey,
  refToDepPath,
  validName,
} from './dep-path.js';

describe('parseKey', () => {
  const cases: Array<[KeyFormat, string, ParsedKey | undefined]> = [
    // v5
    ['v5', '/acorn/8.7.0', { base: '/acorn/8.7.0', name: 'acorn', version: '8.7.0' }],
    [
      'v5',
      '/@typescript-eslint/types/5.13.0',
      { base: '/@typescript-eslint/types/5.13.0', name: '@typescript-eslint/types', version: '5.13.0' },
    ],
    ['v5', '/acorn-jsx/5.3.2_acorn@8.7.0', { base: '/acorn-jsx/5.3.2', name: 'acorn-jsx', version: '5.3.2' }],
    ['v5', '/foo/1.4.0_@types+babel__core@7.1.14', { base: '/foo/1.4.0', name: 'foo', version: '1.4.0' }],
    [
      'v5',
      '/string_decoder/1.3.0',
      { base: '/string_decoder/1.3.0', name: 'string_decoder', version: '1.3.0' },
    ],
    ['v5', '/x/1.0.0_33fffc354ccfa91fbe7d1677b9395a0a', { base: '/x/1.0.0', name: 'x', version: '1.0.0' }],
    [
      'v5',
      'registry.npmjs.org/foo/1.1.0',
      { base: 'registry.npmjs.org/foo/1.1.0', name: 'foo', version: '1.1.0', host: 'registry.npmjs.org' },
    ],
    [
      'v5',
      'example.com/foo/1.3.0_bar@2.0.0',
      { base: 'example.com/foo/1.3.0', name: 'foo', version: '1.3.0', host: 'example.com' },
    ],
    ['v5', 'github.com/kevva/is-positive', { base: 'github.com/kevva/is-positive', host: 'github.com' }],
    [
      'v5',
      'github.com/o/r/267087851ad5fac92a184749c27cd539e2fc862e',
      { base: 'github.com/o/r/267087851ad5fac92a184749c27cd539e2fc862e', host: 'github.com' },
    ],
    ['v5', '/foo/bar', { base: '/foo/bar' }],
    ['v5', '/@scope', { base: '/@scope' }],
    ['v5', 'file:../dir', { base: 'file:../dir' }],
    ['v5', 'invalidpath', undefined],
    ['v5', '', undefined],
    // v6
    ['v6', '/acorn@8.7.0', { base: '/acorn@8.7.0', name: 'acorn', version: '8.7.0' }],
    [
      'v6',
      '/@typescript-eslint/types@5.57.1',
      { base: '/@typescript-eslint/types@5.57.1', name: '@typescript-eslint/types', version: '5.57.1' },
    ],
    [
      'v6',
      '/react-dom@18.2.0(react@18.2.0)',
      { base: '/react-dom@18.2.0', name: 'react-dom', version: '18.2.0' },
    ],
    [
      'v6',
      '/@typescript-eslint/eslint-plugin@5.62.0(@typescript-eslint/parser@5.62.0(eslint@8.57.0))(eslint@8.57.0)',
      {
        base: '/@typescript-eslint/eslint-plugin@5.62.0',
        name: '@typescript-eslint/eslint-plugin',
        version: '5.62.0',
      },
    ],
    [
      'v6',
      '/react@18.3.0-canary-ab31a9ed2-20230824',
      {
        base: '/react@18.3.0-canary-ab31a9ed2-20230824',
        name: 'react',
        version: '18.3.0-canary-ab31a9ed2-20230824',
      },
    ],
    ['v6', '/x@npm:y@1.0.0', { base: '/x@npm:y@1.0.0', name: 'y', version: '1.0.0', alias: 'x' }],
    ['v6', '/x@npm:@s/y@1.0.0', { base: '/x@npm:@s/y@1.0.0', name: '@s/y', version: '1.0.0', alias: 'x' }],
    ['v6', '/foo@1.0.0(patch_hash=abc)', { base: '/foo@1.0.0', name: 'foo', version: '1.0.0' }],
    // v9
    ['v9', 'acorn@8.11.3', { base: 'acorn@8.11.3', name: 'acorn', version: '8.11.3' }],
    [
      'v9',
      '@typescript-eslint/types@5.62.0',
      { base: '@typescript-eslint/types@5.62.0', name: '@typescript-eslint/types', version: '5.62.0' },
    ],
    [
      'v9',
      '@typescript-eslint/eslint-plugin@5.62.0(@typescript-eslint/parser@5.62.0(eslint@8.57.0)(typescript@4.9.5))(eslint@8.57.0)',
      {
        base: '@typescript-eslint/eslint-plugin@5.62.0',
        name: '@typescript-eslint/eslint-plugin',
        version: '5.62.0',
      },
    ],
    [
      'v9',
      'ansi-regex@https://codeload.github.com/chalk/ansi-regex/tar.gz/02fa893d619d3da85411acc8fd4e2eea0e95a9d9',
      {
        base: 'ansi-regex@https://codeload.github.com/chalk/ansi-regex/tar.gz/02fa893d619d3da85411acc8fd4e2eea0e95a9d9',
        name: 'ansi-regex',
      },
    ],
    ['v9', 'b@file:packages/b(react@18.2.0)', { base: 'b@file:packages/b', name: 'b' }],
    ['v9', 'x@npm:y@2.0.0', { base: 'x@npm:y@2.0.0', name: 'y', version: '2.0.0', alias: 'x' }],
    ['v9', '/acorn@8.11.3', { base: 'acorn@8.11.3', name: 'acorn', version: '8.11.3' }],
    ['v9', 'noversion', undefined],
    ['v9', '@scope@1.0.0', undefined],
    ['v9', '@1.0.0', undefined],
  ];
  for (const [format, key, want] of cases) {
    it(`${format} ${JSON.stringify(key)}`, () => assert.deepEqual(parseKey(key, format), want));
  }

  it('rejects long hostile keys without hanging', () => {
    const keys = [
      `/${'@/'.repeat(200_000)}`,
      `${'('.repeat(400_000)}@1`,
      `/${'a_'.repeat(200_000)}/1_${'_'.repeat(200_000)}`,
    ];
    for (const k of keys) for (const f of ['v5', 'v6', 'v9'] as const) parseKey(k, f);
  });
});

describe('refToDepPath', () => {
  const cases: Array<[KeyFormat, string, string, string | undefined]> = [
    ['v5', 'acorn', '8.7.0', '/acorn/8.7.0'],
    ['v5', 'acorn-jsx', '5.3.2_acorn@8.7.0', '/acorn-jsx/5.3.2_acorn@8.7.0'],
    ['v5', 'x', '/y/1.0.0', '/y/1.0.0'],
    ['v5', 'mocks', 'github.com/o/mocks/590f', 'github.com/o/mocks/590f'],
    ['v5', 'f', 'file:../f', 'file:../f'],
    ['v5', 'w', 'link:../w', undefined],
    ['v6', 'react-dom', '18.2.0(react@18.2.0)', '/react-dom@18.2.0(react@18.2.0)'],
    ['v6', 'p', '5.62.0(@typescript-eslint/parser@5.62.0)', '/p@5.62.0(@typescript-eslint/parser@5.62.0)'],
    ['v6', 'x', '/y@1.0.0', '/y@1.0.0'],
    ['v6', 'f', 'file:../f', 'file:../f'],
    ['v9', 'acorn-jsx', '5.3.2(acorn@8.11.3)', 'acorn-jsx@5.3.2(acorn@8.11.3)'],
    ['v9', 'lodash3', 'lodash@3.10.1', 'lodash@3.10.1'],
    ['v9', 'x', '@s/y@1.0.0', '@s/y@1.0.0'],
    [
      'v9',
      'a',
      'https://codeload.github.com/c/a/tar.gz/02fa',
      'a@https://codeload.github.com/c/a/tar.gz/02fa',
    ],
    ['v9', 'b', 'file:../@s/b', 'b@file:../@s/b'],
    ['v9', 'p', '1.0.0(q@2.0.0)', 'p@1.0.0(q@2.0.0)'],
    ['v9', 'w', 'link:../w', undefined],
  ];
  for (const [format, name, ref, want] of cases) {
    it(`${format} ${name}: ${ref}`, () => assert.equal(refToDepPath(ref, name, format), want));
  }
});

describe('keyFormatOf / validName', () => {
  it('maps lockfile versions to key formats', () => {
    assert.equal(keyFormatOf('5.3'), 'v5');
    assert.equal(keyFormatOf('5.4'), 'v5');
    assert.equal(keyFormatOf('6.0'), 'v6');
    assert.equal(keyFormatOf('6.1'), 'v6');
    assert.equal(keyFormatOf('9.0'), 'v9');
    assert.equal(keyFormatOf('x'), undefined);
    assert.equal(keyFormatOf(undefined), undefined);
  });
  it('accepts npm names and rejects broken scopes', () => {
    for (const n of ['a', '@s/a', 'string_decoder', '\u001b[31mred']) assert.ok(validName(n), n);
    for (const n of ['', '@s', '@/a', '@s/', 'a/b', '@s/a/b']) assert.ok(!validName(n), n);
  });
});
