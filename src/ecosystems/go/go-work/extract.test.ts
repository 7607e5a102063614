import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory, memoryContext } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { Package } from '../../../core/model/package.js';
import { scan } from '../../../core/pipeline/scan.js';
import { goModExtractor } from '../go-mod/index.js';
import { LIMITS } from '../go-mod/module.js';
import { goWorkExtractor } from './index.js';

const WORKSPACE = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'workspace');

const run = (files: Record<string, string>, path = 'go.work') => extractMemory(goWorkExtractor, path, files);

describe('go/go-work: use folders are the modules go/go-mod reports', () => {
  const files = {
    'go.work': 'go 1.22\n\nuse (\n\t./a\n\t"./b"\n\t./b/\n)\nuse .\n',
    'go.mod': 'module example.com/root\n',
    'a/go.mod': '// a\nmodule example.com/a\n',
    'b/go.mod': 'module example.com/b\ngo 1.22\n',
  };
  const out = run(files);

  it('one project per used folder (duplicates folded), named and located by its module line', () => {
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.path, p.location]),
      [
        ['Go:a', 'example.com/a', 'a', { path: 'a/go.mod', line: 2 }],
        ['Go:b', 'example.com/b', 'b', { path: 'b/go.mod', line: 1 }],
        ['Go:.', 'example.com/root', '.', { path: 'go.mod', line: 1 }],
      ],
    );
    assert.deepEqual(out.diagnostics, []);
  });

  it("the workspace's go line is its stdlib / toolchain (a minimum here), a dependency of every module", () => {
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.resolution, p.source.kind]),
      [
        ['Go:stdlib@>=1.22#toolchain', 'unresolved', 'toolchain'],
        ['Go:toolchain@>=1.22#toolchain', 'unresolved', 'toolchain'],
      ],
    );
    for (const p of out.projects) {
      assert.deepEqual(
        p.dependencies.map((d) => [d.id, d.scope]),
        [
          ['Go:stdlib@>=1.22#toolchain', 'prod'],
          ['Go:toolchain@>=1.22#toolchain', 'dev'],
        ],
      );
    }
  });

  it('a go.work in a subfolder resolves use paths from its own folder', () => {
    const sub = run({ 'ws/go.work': 'use ../lib\n', 'lib/go.mod': 'module example.com/lib\n' }, 'ws/go.work');
    assert.deepEqual(
      sub.projects.map((p) => p.id),
      ['Go:lib'],
    );
  });

  it('matches go.work by basename only', () => {
    assert.equal(goWorkExtractor.matches('go.work'), true);
    assert.equal(goWorkExtractor.matches('a/go.work'), true);
    assert.equal(goWorkExtractor.matches('a/go.work.sum'), false);
    assert.equal(goWorkExtractor.matches('a/xgo.work'), false);
  });
});

describe('go/go-work: broken and hostile input', () => {
  const cases: Array<[name: string, files: Record<string, string>, projects: string[], codes: string[]]> = [
    [
      'a use folder outside the scanned root',
      { 'go.work': 'use ../../etc\nuse /abs/mod\n' },
      [],
      ['go-work-outside', 'go-work-outside'],
    ],
    ['a use folder without go.mod', { 'go.work': 'use ./missing\n' }, [], ['go-work-missing-module']],
    [
      'a go.mod without module line',
      { 'go.work': 'use ./a\n', 'a/go.mod': 'go 1.22\n' },
      [],
      ['go-work-missing-module'],
    ],
    [
      'a use folder whose go.mod is not one',
      { 'go.work': 'use ./a\n', 'a/go.mod': 'garbage here\n' },
      [],
      ['go-work-missing-module'],
    ],
    ['use with two folders', { 'go.work': 'use ./a ./b\n' }, [], ['invalid-entry']],
    [
      'go.mod directives are unknown in go.work',
      { 'go.work': 'go 1.22\nmodule x\nrequire a v1.0.0\n' },
      [],
      ['unknown-directive', 'unknown-directive'],
    ],
    ['a bad replace is reported', { 'go.work': 'go 1.22\nreplace a\n' }, [], ['invalid-entry']],
    [
      'an unclosed use block keeps what it read',
      { 'go.work': 'use (\n./a\n', 'a/go.mod': 'module a\n' },
      ['Go:a'],
      ['unclosed-block'],
    ],
  ];
  for (const [name, files, projects, codes] of cases) {
    it(name, () => {
      const out = run(files);
      assert.deepEqual(
        out.projects.map((p) => p.id),
        projects,
      );
      assert.deepEqual(
        out.diagnostics.map((d) => d.code),
        codes,
      );
    });
  }

  it('refuses a file that is not go.work, naming the file and line', () => {
    assert.throws(
      () => run({ 'go.work': '\nnot a workspace\n' }),
      (err: unknown) => err instanceof InputError && err.path === 'go.work' && err.line === 2,
    );
  });

  it('caps the number of use lines', () => {
    const out = run({
      'go.work': `use (\n${Array.from({ length: LIMITS.maxModules + 5 }, (_, i) => `./m${i}`).join('\n')}\n)\n`,
    });
    const codes = new Set(out.diagnostics.map((d) => d.code));
    assert.ok(codes.has('too-many-entries'));
    // one warning per missing module, capped per code by the sink
    assert.ok(out.diagnostics.length <= 60, `${out.diagnostics.length} diagnostics`);
  });

  it('go/go-mod ignores a broken go.work above it (go/go-work reports it) and uses its own lines', () => {
    const out = extractMemory(goModExtractor, 'm/go.mod', {
      'go.work': 'not a workspace\n',
      'm/go.mod':
        'module m\ngo 1.22\nrequire a.example/x v1.0.0\nreplace a.example/x => b.example/x v1.1.0\n',
    });
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['Go:b.example/x@v1.1.0', 'Go:stdlib@>=1.22#toolchain', 'Go:toolchain@>=1.22#toolchain'],
    );
  });

  it('a workspace of many modules reads and parses its go.work once per scan', () => {
    const files: Record<string, string> = {
      'go.work': `use (\n${[0, 1, 2, 3].map((i) => `./m${i}`).join('\n')}\n)\nreplace a.example/x => b.example/x v2.0.0\n`,
    };
    for (let i = 0; i < 4; i++) files[`m${i}/go.mod`] = `module m${i}\nrequire a.example/x v1.0.0\n`;
    const ctx = memoryContext(files);
    let reads = 0;
    const counting = {
      ...ctx,
      readText: (p: string) => {
        if (p === 'go.work') reads++;
        return ctx.readText(p);
      },
    };
    const ids = [0, 1, 2, 3].flatMap(
      (i) =>
        goModExtractor.extract({ path: `m${i}/go.mod`, text: files[`m${i}/go.mod`]! }, counting).packages,
    );
    assert.deepEqual(new Set(ids.map((p) => p.id)), new Set(['Go:b.example/x@v2.0.0']));
    assert.equal(reads, 1);
  });

  it('quotes control characters from the file in messages', () => {
    const out = run({ 'go.work': 'use "./\u001b[31mred"\n' });
    assert.equal(out.diagnostics[0]?.code, 'go-work-missing-module');
    assert.ok(!out.diagnostics[0]?.message.includes('\u001b'), out.diagnostics[0]?.message);
  });
});

describe('go/go-work: a workspace of several modules, scanned end to end', async () => {
  const r = await scan(WORKSPACE, { reproducible: true });
  const inv = r.inventory;
  const byId = (id: string): Package => {
    const p = inv.packages.find((x) => x.id === id);
    assert.ok(p, id);
    return p;
  };

  it('each module is one project, whether the workspace uses it or not', () => {
    assert.deepEqual(
      inv.projects.map((p) => [p.id, p.name, p.location.path]),
      [
        ['Go:api', 'example.com/api', 'api/go.mod'],
        ['Go:libs/shared', 'example.com/shared', 'libs/shared/go.mod'],
        ['Go:tools', 'example.com/tools', 'tools/go.mod'],
        ['Go:worker', 'example.com/worker', 'worker/go.mod'],
      ],
    );
  });

  it("the go.work replace wins over the module's own; a module outside the workspace keeps its requirement", () => {
    const uuid = byId('Go:github.com/acme/uuid@v1.6.1-acme');
    assert.deepEqual(uuid.aliases, ['github.com/google/uuid']);
    assert.deepEqual(uuid.locations, [
      { path: 'api/go.mod', line: 7 },
      { path: 'go.work', line: 14 },
    ]);
    assert.ok(!inv.packages.some((p) => p.name === 'github.com/other/uuid'));
    assert.deepEqual(byId('Go:github.com/google/uuid@v1.6.0').locations, [{ path: 'tools/go.mod', line: 6 }]);
  });

  it('a local go.work replace points at first-party code: an edge to that project, not a package', () => {
    assert.ok(!inv.packages.some((p) => p.name === 'example.com/shared'));
    const api = inv.projects.find((p) => p.id === 'Go:api');
    assert.ok(api?.dependencies.some((d) => d.id === 'Go:libs/shared'));
  });

  it("the workspace's toolchain go1.23.4 (pinned) is the stdlib of its modules; tools/ keeps its own minimum", () => {
    assert.deepEqual(
      inv.packages.filter((p) => p.name === 'stdlib').map((p) => [p.version, p.resolution, p.locations]),
      [
        ['1.23.4', 'pinned', [{ path: 'go.work', line: 3 }]],
        ['>=1.22.5', 'unresolved', [{ path: 'tools/go.mod', line: 4 }]],
      ],
    );
    for (const p of inv.projects) {
      const want = p.id === 'Go:tools' ? 'Go:stdlib@>=1.22.5#toolchain' : 'Go:stdlib@1.23.4#toolchain';
      assert.deepEqual(
        p.dependencies.filter((d) => d.id.startsWith('Go:stdlib@')).map((d) => d.id),
        [want],
        p.id,
      );
    }
  });

  it('the local go.work replace is reported once, at its line', () => {
    assert.deepEqual(
      inv.diagnostics.map((d) => [d.code, d.path, d.line]),
      [['go-local-replace', 'go.work', 16]],
    );
  });
});
