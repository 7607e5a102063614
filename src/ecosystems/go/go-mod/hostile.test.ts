import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { goModExtractor } from './index.js';
import { LIMITS } from './module.js';
import { tokenize } from './parse.js';

const run = (text: string, extra: Record<string, string> = {}) =>
  extractMemory(goModExtractor, 'go.mod', { 'go.mod': text, ...extra });

describe('go/go-mod: tokenizer', () => {
  const cases: Array<[string, ReturnType<typeof tokenize>]> = [
    ['require a v1 // indirect', { tokens: ['require', 'a', 'v1'], comment: 'indirect' }],
    ['\t"example.com/a b" v1.0.0', { tokens: ['example.com/a b', 'v1.0.0'] }],
    ['module `raw/path`', { tokens: ['module', 'raw/path'] }],
    ['retract [v1.0.0, v1.0.2]', { tokens: ['retract', '[', 'v1.0.0', ',', 'v1.0.2', ']'] }],
    ['replace a => ../b', { tokens: ['replace', 'a', '=>', '../b'] }],
    ['require (', { tokens: ['require', '('] }],
    ['"open', { error: 'unterminated quoted string' }],
    ['`open', { error: 'unterminated raw string' }],
    ['// only a comment', { tokens: [], comment: 'only a comment' }],
  ];
  for (const [line, want] of cases) it(JSON.stringify(line), () => assert.deepEqual(tokenize(line), want));
});

describe('go/go-mod: hostile and broken input', () => {
  it('refuses a file that is not go.mod, naming the file and line', () => {
    assert.throws(
      () => run('\n\nthis is not a go.mod file!\n'),
      (err: unknown) => err instanceof InputError && err.path === 'go.mod' && err.line === 3,
    );
  });

  it('refuses a file bigger than the cap', () => {
    assert.throws(() => run(`// ${'x'.repeat(LIMITS.maxBytes)}\n`), InputError);
  });

  it('a bad line is a warning with its line; the rest is kept', () => {
    const out = run(
      'module m\nrequire "example.com/open v1.0.0\nrequire example.com/ok v1.0.0\nrequire onlyone\nfrobnicate x\n',
    );
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['example.com/ok'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]).sort((a, b) => (a[1] as number) - (b[1] as number)),
      [
        ['invalid-line', 2],
        ['invalid-entry', 4],
        ['unknown-directive', 5],
      ],
    );
  });

  it('an unclosed block keeps its entries and is reported', () => {
    const out = run('module m\nrequire (\n\texample.com/a v1.0.0\n');
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['example.com/a'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['unclosed-block', 2]],
    );
  });

  it('quotes terminal escapes from the file in messages', () => {
    const out = run('module m\nfrob\u001b\u202e x\nrequire example.com/a v1.0.0\n');
    const d = out.diagnostics.find((x) => x.code === 'unknown-directive');
    assert.ok(d);
    assert.ok(!d.message.includes('\u001b') && !d.message.includes('\u202e'), 'no raw control character');
    assert.ok(d.message.includes('"frob\\u001b\\u202e"'), d.message);
  });

  it('a flood of bad lines yields a bounded number of diagnostics', () => {
    const out = run(`module m\n${'require x\n'.repeat(2_000)}require example.com/a v1.0.0\n`);
    assert.equal(out.packages.length, 1);
    assert.equal(out.diagnostics.filter((d) => d.code === 'invalid-entry').length, 50);
    assert.equal(out.diagnostics.filter((d) => d.code === 'too-many-diagnostics').length, 1);
  });

  it('a local replacement outside the scanned root adds no project edge', () => {
    const out = run('module m\nrequire example.com/a v1.0.0\nreplace example.com/a => ../../outside\n');
    assert.deepEqual(out.projects[0]?.dependencies, []);
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['go-local-replace'],
    );
  });

  it('a hostile vendor/modules.txt beside go.mod is bounded too', () => {
    const out = run('module m\nrequire example.com/a v1.0.0\n', {
      'vendor/modules.txt': '# bad\n'.repeat(500),
    });
    assert.equal(
      out.diagnostics.filter((d) => d.path === 'vendor/modules.txt' && d.code === 'invalid-entry').length,
      50,
    );
  });
});
