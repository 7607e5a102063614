import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { cargoLockExtractor } from './index.js';
import { LIMITS } from './limits.js';

const REG = 'source = "registry+https://github.com/rust-lang/crates.io-index"';

function run(files: Record<string, string>) {
  return extractMemory(cargoLockExtractor, 'Cargo.lock', files);
}

describe('rust/cargo-lock: hostile and broken input', () => {
  const refused: Array<[string, string, number | undefined]> = [
    ['not TOML', 'version = 3\n\n[[package]\nname = "a"\n', 3],
    ['`package` is not a list', 'version = 3\npackage = "nope"\n', undefined],
    ['bigger than the cap', `# ${'x'.repeat(LIMITS.maxBytes)}\n`, undefined],
  ];
  for (const [name, text, line] of refused) {
    it(`refuses a lockfile that is ${name}, naming the file${line ? ' and line' : ''}`, () => {
      assert.throws(
        () => run({ 'Cargo.lock': text }),
        (err: unknown) =>
          err instanceof InputError &&
          err.path === 'Cargo.lock' &&
          err.line === line &&
          err.message.includes('Cargo.lock'),
      );
    });
  }

  it('quotes terminal escapes from the file in messages', () => {
    const out = run({
      'Cargo.lock': `version = 3\n[[package]]\nname = "a"\nversion = "1.0.0"\n${REG}\ndependencies = ["\\u001b[31mevil\\u202e"]\n`,
    });
    const d = out.diagnostics.find((x) => x.code === 'unresolved-dependency');
    assert.ok(d);
    assert.ok(!d.message.includes('\u001b') && !d.message.includes('\u202e'), 'no raw control character');
    assert.ok(d.message.includes('\\u001b[31mevil\\u202e'));
    assert.equal(d.line, 3);
  });

  it('a flood of bad entries yields a bounded number of diagnostics, good entries kept', () => {
    const bad = '[[package]]\nname = "x"\n\n'.repeat(500);
    const out = run({
      'Cargo.lock': `version = 3\n${bad}[[package]]\nname = "ok"\nversion = "1.0.0"\n${REG}\n`,
    });
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['ok'],
    );
    assert.equal(out.diagnostics.filter((d) => d.code === 'invalid-entry').length, 50);
    assert.equal(out.diagnostics.filter((d) => d.code === 'too-many-diagnostics').length, 1);
  });

  it('a broken Cargo.toml beside the lock is a warning about that file; packages are kept', () => {
    const out = run({
      'Cargo.lock': `version = 3\n[[package]]\nname = "root"\nversion = "0.1.0"\ndependencies = ["a"]\n\n[[package]]\nname = "a"\nversion = "1.0.0"\n${REG}\n`,
      'Cargo.toml': '[package\nname = "root"\n',
    });
    assert.deepEqual(out.packages.map((p) => p.name).sort(), ['a', 'root']);
    const d = out.diagnostics.find((x) => x.code === 'manifest-unreadable');
    assert.equal(d?.path, 'Cargo.toml');
    assert.equal(d?.line, 1);
  });

  it('path dependencies that climb out of the scanned root are not read', () => {
    const files: Record<string, string> = {
      'Cargo.lock': 'version = 3\n[[package]]\nname = "root"\nversion = "0.1.0"\n',
      'Cargo.toml':
        '[package]\nname = "root"\nversion = "0.1.0"\n[dependencies]\nx = { path = "../../etc" }\n',
    };
    const read: string[] = [];
    const out = cargoLockExtractor.extract(
      { path: 'Cargo.lock', text: files['Cargo.lock']! },
      {
        files: Object.keys(files),
        has: (p) => p in files,
        readText: (p) => {
          read.push(p);
          return files[p];
        },
      },
    );
    assert.deepEqual(read, ['Cargo.toml']);
    assert.deepEqual(
      out.projects.map((p) => p.id),
      ['crates.io:.'],
    );
  });

  it('a cycle of path dependencies terminates', () => {
    const out = run({
      'Cargo.lock':
        'version = 3\n[[package]]\nname = "a"\nversion = "0.1.0"\ndependencies = ["b"]\n[[package]]\nname = "b"\nversion = "0.1.0"\ndependencies = ["a"]\n',
      'Cargo.toml': '[package]\nname = "a"\nversion = "0.1.0"\n[dependencies]\nb = { path = "b" }\n',
      'b/Cargo.toml': '[package]\nname = "b"\nversion = "0.1.0"\n[dependencies]\na = { path = ".." }\n',
    });
    assert.deepEqual(
      out.projects.map((p) => p.id),
      ['crates.io:.', 'crates.io:b'],
    );
    assert.deepEqual(out.packages, []);
  });
});
