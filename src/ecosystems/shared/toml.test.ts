import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InputError } from '../../core/errors/index.js';
import { MAX_TOML_DEPTH, parseTomlFile } from './toml.js';

const refusal = (path: string, line: number | undefined, start: string) => (e: unknown) =>
  e instanceof InputError && e.path === path && e.line === line && e.message.startsWith(start);

describe('shared TOML parsing', () => {
  it('reads TOML, skipping a BOM and dropping __proto__ keys', () => {
    const doc = parseTomlFile('\uFEFFa = 1\n[__proto__]\nx = 1\n[t]\nb = "c"\n', 'x.toml');
    assert.deepEqual(JSON.parse(JSON.stringify(doc)), { a: 1, t: { b: 'c' } });
    assert.equal(Object.hasOwn(doc, '__proto__'), false);
  });
  it('malformed TOML is an InputError naming file and line', () => {
    assert.throws(
      () => parseTomlFile('a = 1\n[[package]\n', 'x/poetry.lock'),
      refusal('x/poetry.lock', 2, 'x/poetry.lock:2: not valid TOML ('),
    );
  });
  it('control characters from the file are escaped in the message, which keeps one line', () => {
    assert.throws(
      () => parseTomlFile('\u001b[2J = = =\n', 'uv.lock'),
      (e: unknown) => e instanceof InputError && !e.message.includes('\u001b') && !e.message.includes('\n'),
    );
  });
  it('refuses nesting deeper than the cap (default or the caller’s)', () => {
    const nested = (n: number) => `a = ${'['.repeat(n)}${']'.repeat(n)}\n`;
    assert.throws(
      () => parseTomlFile(nested(MAX_TOML_DEPTH + 5), 'uv.lock'),
      refusal('uv.lock', 1, 'uv.lock:1:'),
    );
    assert.doesNotThrow(() => parseTomlFile(nested(10), 'uv.lock'));
    assert.throws(() => parseTomlFile(nested(10), 'libs.versions.toml', { maxDepth: 5 }), InputError);
  });
  it('refuses text longer than the cap (default or the caller’s), naming the file', () => {
    const text = `# ${'x'.repeat(100)}\n`;
    assert.doesNotThrow(() => parseTomlFile(text, 'Cargo.lock'));
    assert.throws(
      () => parseTomlFile(text, 'Cargo.lock', { maxLength: 50 }),
      refusal('Cargo.lock', undefined, 'Cargo.lock: TOML file larger than 50 characters'),
    );
  });
});
