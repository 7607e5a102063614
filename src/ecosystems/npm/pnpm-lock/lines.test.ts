import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readKey, sectionKeyLines } from './lines.js';

function linesOf(text: string, section = 'packages'): Record<string, number> {
  return Object.fromEntries(sectionKeyLines(text, [section]).get(section) ?? []);
}

describe('sectionKeyLines', () => {
  const cases: Array<[string, string, Record<string, number>]> = [
    [
      'plain keys',
      'lockfileVersion: 5.3\npackages:\n\n  /a/1.0.0:\n    dev: false\n  /b/2.0.0:\n',
      { '/a/1.0.0': 4, '/b/2.0.0': 6 },
    ],
    [
      'quoted keys',
      "packages:\n  '@s/a@1.0.0':\n    x: 1\n  \"b@2.0.0\": {}\n  'it''s@1.0.0': {}\n",
      {
        '@s/a@1.0.0': 2,
        'b@2.0.0': 4,
        "it's@1.0.0": 5,
      },
    ],
    [
      'keys with colons',
      'packages:\n  file:..:\n  a@https://x.y/z.tgz: {}\n  file:.._r@1:\n',
      {
        'file:..': 2,
        'a@https://x.y/z.tgz': 3,
        'file:.._r@1': 4,
      },
    ],
    [
      'CRLF and comments',
      'packages:\r\n  # a comment\r\n  /a/1.0.0:\r\n    dev: true\r\n',
      { '/a/1.0.0': 3 },
    ],
    [
      'other sections ignored',
      'importers:\n  .:\n    x: 1\npackages:\n  a@1.0.0: {}\nsnapshots:\n  a@1.0.0: {}\n',
      {
        'a@1.0.0': 5,
      },
    ],
    [
      '4-space indentation',
      'packages:\n    /a/1.0.0:\n        dev: true\n    /b/1.0.0:\n',
      { '/a/1.0.0': 2, '/b/1.0.0': 4 },
    ],
    [
      'nested lines are not keys',
      'packages:\n  /a/1.0.0:\n    dependencies:\n      b: 1.0.0\n',
      { '/a/1.0.0': 2 },
    ],
    ['double-quoted escapes', 'packages:\n  "\\u001b[31mx@1.0.0": {}\n', { '\u001b[31mx@1.0.0': 2 }],
    ['flow section', 'packages: {}\n', {}],
    ['no section', 'lockfileVersion: 5.3\n', {}],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => assert.deepEqual(linesOf(text), want));
  }

  it('records importer keys', () => {
    assert.deepEqual(linesOf('importers:\n\n  .:\n    dependencies: {}\n  packages/a:\n', 'importers'), {
      '.': 3,
      'packages/a': 5,
    });
  });

  it('reads 5 MB of long lines without keys (no backtracking regex involved)', () => {
    const text = `packages:\n${`  ${'x'.repeat(1000)}\n`.repeat(5000)}`;
    assert.deepEqual(linesOf(text), {});
  });
});

describe('readKey', () => {
  const cases: Array<[string, string | undefined]> = [
    ['/a/1.0.0:', '/a/1.0.0'],
    ['a: b', 'a'],
    ['a:b', undefined],
    ["'a: b': c", 'a: b'],
    ["'unterminated: x", undefined],
    ['"a\\"b": 1', 'a"b'],
    ['- item', undefined],
    ['a #comment: x', undefined],
  ];
  for (const [line, want] of cases) {
    it(JSON.stringify(line), () => assert.equal(readKey(line, 0, line.length), want));
  }
});
