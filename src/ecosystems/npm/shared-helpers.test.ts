/** Small helpers the npm readers share: boundary checks, commits, file names, JSON strings, workspace globs. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { firstIssue, isRecord } from './boundary.js';
import { isCommitHash, isHex } from './commit.js';
import { basename, matchesFileName } from './file-names.js';
import { closingQuote, decodeJsonString } from './json-string.js';
import { workspaceMatcher } from './workspaces.js';

describe('isRecord', () => {
  const cases: Array<[string, unknown, boolean]> = [
    ['an object', { a: 1 }, true],
    ['an empty object', {}, true],
    ['null', null, false],
    ['an array', [], false],
    ['a string', 'x', false],
    ['undefined', undefined, false],
  ];
  for (const [name, v, want] of cases) it(name, () => assert.equal(isRecord(v), want));
});

describe('firstIssue', () => {
  it('names the path of the first problem', () => {
    const r = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } });
    assert.equal(r.success, false);
    if (!r.success) assert.match(firstIssue(r.error), /^a\.b: /);
  });
  it('a problem at the top has no path', () => {
    const r = z.string().safeParse(1);
    assert.equal(r.success, false);
    if (!r.success) assert.equal(firstIssue(r.error), r.error.issues[0]?.message);
  });
});

describe('file names', () => {
  const match = matchesFileName(['yarn.lock', 'bun.lock']);
  const cases: Array<[string, boolean]> = [
    ['yarn.lock', true],
    ['a/b/bun.lock', true],
    ['a/yarn.lock/x', false],
    ['a/myyarn.lock', false],
    ['bun.lockb', false],
  ];
  for (const [path, want] of cases) it(`${path} -> ${want}`, () => assert.equal(match(path), want));
  it('basename', () => assert.deepEqual([basename('a/b/c.json'), basename('c.json')], ['c.json', 'c.json']));
});

describe('closingQuote', () => {
  const cases: Array<[string, number, number | undefined, number]> = [
    ['"abc": 1', 0, undefined, 4],
    ['x "a\\"b" y', 2, undefined, 7],
    ['"a\\\\" b', 0, undefined, 4],
    ['"unterminated', 0, undefined, -1],
    ['"ab" c', 0, 3, -1],
    ['"ends in a backslash\\', 0, undefined, -1],
  ];
  for (const [text, open, end, want] of cases) {
    it(JSON.stringify(text), () => assert.equal(closingQuote(text, open, end), want));
  }
});

describe('decodeJsonString', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['plain', '"left-pad"', 'left-pad'],
    ['escapes are decoded', '"a\\u001b[31m\\"b\\\\"', 'a\u001b[31m"b\\'],
    ['an invalid escape', '"a\\q"', undefined],
    ['empty', '""', ''],
  ];
  for (const [name, literal, want] of cases) it(name, () => assert.equal(decodeJsonString(literal), want));
});

describe('workspaceMatcher', () => {
  const cases: Array<[string, string[], string, boolean]> = [
    ['a glob', ['packages/*'], 'packages/a', true],
    ['not below the glob', ['packages/*'], 'tools/a', false],
    ['./ prefix and trailing slash are ignored', ['./packages/*/'], 'packages/a', true],
    ['backslashes are slashes', ['packages\\*'], 'packages/a', true],
    ['a negated glob excludes', ['packages/*', '!packages/internal'], 'packages/internal', false],
    ['only negated globs match nothing', ['!packages/x'], 'packages/a', false],
    ['no globs match nothing', [], 'packages/a', false],
  ];
  for (const [name, globs, folder, want] of cases) {
    it(name, () => assert.equal(workspaceMatcher(globs)(folder), want));
  }
});

describe('isCommitHash / isHex', () => {
  const cases: Array<[string, boolean]> = [
    ['abcdef1', true],
    ['ABCDEF0123456789abcdef0123456789abcdef01', true],
    ['a'.repeat(64), true],
    ['a'.repeat(65), false],
    ['abcdef', false],
    ['abcdefg', false],
    ['main', false],
    ['v1.2.3', false],
    ['', false],
  ];
  for (const [ref, want] of cases)
    it(`${ref.slice(0, 12)} (${ref.length} chars) -> ${want}`, () => assert.equal(isCommitHash(ref), want));
  it('isHex bounds the length both ways', () => {
    assert.deepEqual(
      [isHex('ab', 2, 2), isHex('a', 2, 2), isHex('abc', 2, 2), isHex('0F', 1, 4)],
      [true, false, false, true],
    );
  });
});
