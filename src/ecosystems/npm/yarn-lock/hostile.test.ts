/**
 * Hostile and oversized input: bounded output, names kept as inert data. No timing asserts (the team's
 * rule: performance lives in bench/); a quadratic or exponential path would still show as a test that
 * takes minutes on these sizes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { MAX_DIAGNOSTICS_PER_CODE, TOO_MANY_DIAGNOSTICS } from '../../../core/plugin/diagnostic-sink.js';
import { yarnLockExtractor } from './index.js';
import { syntheticLock } from './synthetic.js';

const BERRY_HEAD = '__metadata:\n  version: 8\n  cacheKey: 10c0\n\n';
const ESC = '\u001b';

function run(text: string, extra: Record<string, string> = {}) {
  return extractMemory(yarnLockExtractor, 'yarn.lock', { 'yarn.lock': text, ...extra });
}

describe('npm/yarn-lock: hostile input', () => {
  it('berry alias bomb is refused with InputError before expansion', () => {
    let text = `${BERRY_HEAD}a: &a ["x","x","x","x","x","x","x","x","x"]\n`;
    for (let i = 0; i < 12; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      text += `${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    }
    assert.throws(() => run(text), InputError);
  });

  it('deeply nested berry YAML is an InputError, not a stack overflow', () => {
    const text = `${BERRY_HEAD}"a@npm:1":\n  version: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    assert.throws(() => run(text), InputError);
  });

  it('very long lines (1 MB names and values) are read', () => {
    const long = 'a'.repeat(1_000_000);
    for (const text of [
      `${long}@^1:\n  version "1.0.0"\n  resolved "https://x/${long}"\n`,
      `"${long}@^1", "${long}@^2":\n  version "1.0.0"\n  dependencies:\n    ${long} "^2"\n`,
      `${BERRY_HEAD}"${long}@npm:^1":\n  version: 1.0.0\n  resolution: "${long}@npm:1.0.0"\n`,
      `"unterminated${long}:\n  version "1"\nok@^1:\n  version "1.0.0"\n`,
    ]) {
      assert.ok(run(text).packages.length >= 1, 'the package or the good entry is kept');
    }
  });

  it('terminal escape sequences in names are kept as data and neutralised in messages', () => {
    const evil = `evil${ESC}]0;pwned\u0007${ESC}[31m`;
    const v1 = run(
      [
        `${evil}@^1:`, // raw, unquoted
        '  version "1.0.0"',
        '',
        '"quoted\\u001b[2J@^1":', // JSON escape, as yarn writes it
        '  version "2.0.0"',
        '',
        `"${evil}bad@^1":`,
        '  resolved "https://x/y.tgz"', // no version: a diagnostic naming the package
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      v1.packages.map((p) => p.name),
      [evil, `quoted${ESC}[2J`],
    );
    // YAML double-quoted strings cannot hold a raw ESC; berry writes the JSON escape.
    const yamlEvil = 'evil\\u001b]0;pwned\\u0007\\u001b[31m';
    const berry = run(
      `${BERRY_HEAD}"${yamlEvil}@npm:^1":\n  version: 1.0.0\n  resolution: "${yamlEvil}@npm:1.0.0"\n`,
    );
    assert.equal(berry.packages[0]?.name, evil);
    assert.equal(berry.packages[0]?.locations[0]?.line, 5);
    const messages = v1.diagnostics.map((d) => d.message).join('\n');
    assert.match(messages, /evil\\u001b\]0;pwned\\u0007/);
    assert.ok(!messages.includes(ESC), 'no raw ESC in diagnostics');
  });

  it('prototype-looking names are plain data', () => {
    const out = run(
      `${BERRY_HEAD}"__proto__@npm:^1":\n  version: 1.0.0\n  resolution: "__proto__@npm:1.0.0"\n  dependencies:\n    constructor: "npm:^1"\n\n"constructor@npm:^1":\n  version: 1.0.0\n  resolution: "constructor@npm:1.0.0"\n`,
    );
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.dependencies]),
      [
        ['__proto__', ['npm:constructor@1.0.0']],
        ['constructor', []],
      ],
    );
    assert.equal(({} as Record<string, unknown>).version, undefined);
  });

  it('thousands of bad entries: diagnostics are capped', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `bad-${i}@^1:\n  resolved "https://x"\n`).join('\n');
    const out = run(`${text}\nok@^1:\n  version "1.0.0"\n`);
    assert.equal(out.packages.length, 1);
    const invalid = out.diagnostics.filter((d) => d.code === 'invalid-entry');
    assert.equal(invalid.length, MAX_DIAGNOSTICS_PER_CODE);
    const summary = out.diagnostics.at(-1)!;
    assert.equal(summary.code, TOO_MANY_DIAGNOSTICS);
    assert.match(summary.message, /^4950 more "invalid-entry" diagnostics/);
  });

  it('deep indentation inside an entry is one problem, not a crash', () => {
    const deep = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * (i + 1))}k${i}:`).join('\n');
    const out = run(`a@^1:\n${deep}\nok@^1:\n  version "1.0.0"\n`);
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['ok'],
    );
  });

  it('a huge header (10,000 descriptors) and a huge dependency list are read', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `"a@^1.${i}.0"`).join(', ');
    const deps = Array.from({ length: 10_000 }, (_, i) => `    a "^1.${i}.0"`).join('\n');
    const out = run(`${keys}:\n  version "1.0.0"\n\nb@^1:\n  version "1.0.0"\n  dependencies:\n${deps}\n`);
    assert.deepEqual(out.packages.find((p) => p.name === 'b')?.dependencies, ['npm:a@1.0.0']);
  });
});

describe('npm/yarn-lock: large lockfiles', () => {
  for (const format of ['v1', 'berry'] as const) {
    it(`${format}: 3,000 entries with 12,000 edges`, () => {
      const lock = syntheticLock(3000);
      const out = run(lock[format], { 'package.json': lock.manifest });
      assert.equal(out.packages.length, 3000);
      assert.equal(out.packages.filter((p) => p.direct).length, 50);
      assert.equal(
        out.packages.reduce((n, p) => n + p.dependencies.length, 0),
        lock.edges,
      );
    });
  }
});
