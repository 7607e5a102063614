/** Broken entries become warnings (rest kept); broken files throw InputError; hostile input stays bounded. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { MAX_DIAGNOSTICS_PER_CODE, TOO_MANY_DIAGNOSTICS } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { pnpmLockExtractor } from './index.js';
import { LIMITS } from './limits.js';

function run(lock: string): ExtractionOutput {
  return extractMemory(pnpmLockExtractor, 'pnpm-lock.yaml', { 'pnpm-lock.yaml': lock });
}

function warnings(out: ExtractionOutput): Array<[string, number | undefined]> {
  return out.diagnostics.filter((d) => d.level === 'warning').map((d) => [d.code, d.line]);
}

describe('bad entries are reported with their line, the rest is kept', () => {
  const cases: Array<{
    name: string;
    lock: string;
    ids: string[];
    warnings: Array<[string, number | undefined]>;
  }> = [
    {
      name: 'v5 key without a slash',
      lock: 'lockfileVersion: 5.3\npackages:\n  /a/1.0.0:\n    dev: false\n  invalidpath:\n    dev: false\n',
      ids: ['npm:a@1.0.0'],
      warnings: [['invalid-entry', 5]],
    },
    {
      name: 'v9 key without name@',
      lock: "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {}\n  noversion:\n    resolution: {integrity: x}\n",
      ids: ['npm:a@1.0.0'],
      warnings: [['invalid-entry', 4]],
    },
    {
      name: 'entry that is not a mapping',
      lock: "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: just a string\n  b@1.0.0: [1, 2]\n  c@1.0.0:\n",
      ids: ['npm:c@1.0.0'],
      warnings: [
        ['invalid-entry', 3],
        ['invalid-entry', 4],
      ],
    },
    {
      name: 'dependencies that are not a map',
      lock: "lockfileVersion: '6.0'\npackages:\n  /a@1.0.0:\n    dependencies: [b]\n  /b@1.0.0: {}\n",
      ids: ['npm:b@1.0.0'],
      warnings: [['invalid-entry', 3]],
    },
    {
      name: 'v6 entry with neither usable key nor name/version fields',
      lock: "lockfileVersion: '6.0'\npackages:\n  github.com/o/r/abc:\n    resolution: {tarball: https://x/y.tgz}\n  /b@1.0.0: {}\n",
      ids: ['npm:b@1.0.0'],
      warnings: [['invalid-entry', 3]],
    },
    {
      name: 'snapshot that is broken, and one without a packages entry',
      lock: "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {}\nsnapshots:\n  a@1.0.0:\n    dependencies: 5\n  ghost@3.0.0: {}\n  nope: {}\n",
      ids: ['npm:a@1.0.0', 'npm:ghost@3.0.0'],
      warnings: [
        ['invalid-entry', 5],
        ['invalid-entry', 8],
      ],
    },
    {
      name: 'importer that is not a mapping',
      lock: "lockfileVersion: '9.0'\nimporters:\n  .: x\n  b:\n    dependencies:\n      a: {version: 1.0.0}\npackages:\n  a@1.0.0: {}\n",
      ids: ['npm:a@1.0.0'],
      warnings: [['invalid-entry', 3]],
    },
    {
      name: 'over-long key',
      lock: `lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {}\n  b@${'1'.repeat(LIMITS.maxKeyLength)}: {}\n`,
      ids: ['npm:a@1.0.0'],
      warnings: [['invalid-entry', 4]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = run(c.lock);
      assert.deepEqual(
        out.packages.map((p) => p.id),
        c.ids,
      );
      assert.deepEqual(warnings(out), c.warnings);
      for (const d of out.diagnostics) assert.equal(d.path, 'pnpm-lock.yaml');
    });
  }

  it('duplicate keys (YAML keeps the last) are reported', () => {
    // parseYamlFile accepts duplicate keys (js-yaml json mode); the line pass sees both.
    const out = run(
      "lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: x}\n  a@1.0.0: {}\n",
    );
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.source.integrity, p.locations[0]?.line]),
      [['npm:a@1.0.0', undefined, 5]],
    );
    assert.deepEqual(warnings(out), [['duplicate-entry', 5]]);
  });

  it('importers outside the scanned folder are not projects', () => {
    const lock =
      "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a: {version: 1.0.0}\n  ../../etc:\n    dependencies:\n      a: {version: 1.0.0}\npackages:\n  a@1.0.0: {}\n";
    const out = run(lock);
    assert.deepEqual(
      out.projects.map((p) => p.path),
      ['.'],
    );
    assert.deepEqual(warnings(out), [['invalid-entry', 6]]);
    // From a lockfile in a subfolder, `..` is still inside the scanned folder.
    const nested = extractMemory(pnpmLockExtractor, 'repo/pnpm-lock.yaml', {
      'repo/pnpm-lock.yaml': lock.replace('../../etc', '../tools'),
    });
    assert.deepEqual(
      nested.projects.map((p) => p.path),
      ['repo', 'tools'],
    );
  });

  it('caps the number of diagnostics per code and file', () => {
    const bad = Array.from({ length: MAX_DIAGNOSTICS_PER_CODE + 50 }, (_, i) => `  bad${i}: {}\n`).join('');
    const out = run(`lockfileVersion: '9.0'\npackages:\n${bad}  a@1.0.0: {}\n`);
    assert.equal(out.packages.length, 1);
    assert.equal(out.diagnostics.length, MAX_DIAGNOSTICS_PER_CODE + 1);
    assert.equal(out.diagnostics.at(-1)?.code, TOO_MANY_DIAGNOSTICS);
    assert.match(out.diagnostics.at(-1)?.message ?? '', /^50 more "invalid-entry" diagnostics/);
  });

  it('summarises references to missing entries in one info diagnostic', () => {
    const out = run(
      "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      x: {version: 1.0.0}\n",
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code]),
      [['info', 'unresolved-dependency']],
    );
    assert.match(out.diagnostics[0]!.message, /"x@1\.0\.0"/);
  });
});

describe('files that are not pnpm lockfiles', () => {
  const throwing: Array<[string, string]> = [
    ['not YAML', 'packages: [unclosed\n'],
    ['a scalar', 'this is not valid yaml!\n'],
    ['a list', '- a\n- b\n'],
    ['packages is a list', "lockfileVersion: '9.0'\npackages: [a, b]\n"],
    ['importers is a string', "lockfileVersion: '9.0'\nimporters: nope\n"],
  ];
  for (const [name, text] of throwing) {
    it(`${name} -> InputError`, () => assert.throws(() => run(text), InputError));
  }

  it('an empty file or one with only comments has nothing', () => {
    for (const text of ['', '# nothing\n', '\n\n']) {
      assert.deepEqual(run(text), { packages: [], projects: [], diagnostics: [] });
    }
  });

  it('an unknown lockfileVersion is read as the nearest format, with an info diagnostic', () => {
    const out = run("lockfileVersion: '10.0'\npackages:\n  a@1.0.0: {}\n");
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['npm:a@1.0.0'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['unsupported-version'],
    );
    const guessed = run('packages:\n  /a/1.0.0: {}\n  /b@2.0.0: {}\n');
    assert.deepEqual(
      guessed.packages.map((p) => p.id),
      ['npm:a@1.0.0', 'npm:b@2.0.0'],
    );
  });
});

describe('hostile input', () => {
  it('rejects an alias bomb', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 150 }, (_, i) => `b${i}: [*a, *a]`).join('\n')}\n`;
    assert.throws(() => run(bomb), InputError);
  });

  it('rejects deep nesting without overflowing the stack', () => {
    assert.throws(() => run(`packages: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`), InputError);
    const deep = Array.from({ length: 500 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n');
    assert.throws(() => run(`packages:\n${deep.replace(/^/gm, '  ')}\n`), InputError);
  });

  it('rejects a file over the size limit before parsing', () => {
    const huge = `# ${'x'.repeat(LIMITS.maxTextLength)}\n`;
    assert.throws(
      () => run(huge),
      (e: unknown) => e instanceof InputError && /limit/.test(e.message),
    );
  });

  it('keeps escape sequences in names as data and escapes them in messages', () => {
    const out = run(
      'lockfileVersion: \'9.0\'\npackages:\n  "\\e[31mevil@1.0.0": {}\n  "\\e[2Jbad\\u0007": {}\n',
    );
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['\u001b[31mevil'],
    );
    assert.equal(out.diagnostics.length, 1);
    const message = out.diagnostics[0]!.message;
    assert.ok(
      [...message].every((ch) => ch.charCodeAt(0) >= 0x20),
      'no raw control characters in messages',
    );
    assert.match(message, /\\u001b\[2Jbad\\u0007/);
  });

  it('treats __proto__ and constructor as plain names', () => {
    const out = run(
      [
        "lockfileVersion: '9.0'",
        'importers:',
        '  __proto__:',
        '    dependencies:',
        '      __proto__: {version: 1.0.0}',
        '      constructor: {version: 1.0.0}',
        'packages:',
        '  __proto__@1.0.0: {}',
        '  constructor@1.0.0: {}',
        'snapshots:',
        '  __proto__@1.0.0:',
        '    dependencies:',
        '      constructor: 1.0.0',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.dependencies, p.direct]),
      [
        ['npm:__proto__@1.0.0', ['npm:constructor@1.0.0'], true],
        ['npm:constructor@1.0.0', [], true],
      ],
    );
    assert.deepEqual(
      out.projects.map((p) => p.id),
      ['npm:__proto__'],
    );
    assert.equal(({} as Record<string, unknown>).version, undefined);
    assert.deepEqual(out.diagnostics, []);
  });

  it('stays linear on keys built to make a regex backtrack', () => {
    const keys = Array.from(
      { length: 200 },
      (_, i) => `  "/${'@'.repeat(2000)}${'_'.repeat(2000)}${i}(": {}`,
    ).join('\n');
    const out = run(`lockfileVersion: 5.4\npackages:\n${keys}\n`);
    assert.equal(out.packages.length, 0);
  });
});
