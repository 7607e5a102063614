import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import type { Package } from '../../../core/model/package.js';
import { goModExtractor } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (...p: string[]) => readFileSync(join(FIXTURES, ...p), 'utf8');

/** The module packages, without the stdlib / toolchain ones (see stdlib.test.ts). */
const modules = (packages: readonly Package[]) => packages.filter((p) => p.source.kind !== 'toolchain');

function get(packages: readonly Package[], name: string): Package {
  const p = packages.find((x) => x.name === name);
  assert.ok(p, `package ${name}`);
  return p;
}

describe('go/go-mod: a go mod tidy go.mod (go 1.22) with replace, exclude, retract and vendor/', () => {
  const out = extractMemory(goModExtractor, 'service/go.mod', {
    'service/go.mod': fixture('service', 'go.mod'),
    'service/vendor/modules.txt': fixture('service', 'vendor', 'modules.txt'),
  });

  it('the module is a first-party project; its direct requirements (and the local replacement) are its edges', () => {
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.path, p.location]),
      [['Go:service', 'github.com/acme/inventory-service', 'service', { path: 'service/go.mod', line: 1 }]],
    );
    assert.deepEqual(
      out.projects[0]?.dependencies.map((d) => d.id),
      [
        'Go:github.com/acme/gin@v1.10.1-0.20240601120000-abcdef123456',
        'Go:github.com/google/uuid@v1.6.0',
        'Go:github.com/jackc/pgx/v5@v5.6.0',
        'Go:golang.org/x/crypto@v0.24.0',
        'Go:gopkg.in/yaml.v3@v3.0.1',
        'Go:shared',
        'Go:stdlib@1.22.5#toolchain',
        'Go:toolchain@1.22.5#toolchain',
      ],
    );
  });

  const rows: Array<[string, string, boolean, number[]]> = [
    ['github.com/acme/gin', 'v1.10.1-0.20240601120000-abcdef123456', true, [9, 29]],
    ['github.com/google/uuid', 'v1.6.0', true, [10]],
    ['github.com/jackc/pgx/v5', 'v5.6.0', true, [11]],
    ['golang.org/x/crypto', 'v0.24.0', true, [12]],
    ['gopkg.in/yaml.v3', 'v3.0.1', true, [13]],
    ['github.com/bytedance/sonic', 'v1.11.6', false, [17]],
    ['github.com/docker/docker', 'v24.0.9+incompatible', false, [18]],
    ['github.com/gabriel-vasile/mimetype', 'v1.4.3', false, [19]],
    ['github.com/jackc/pgpassfile', 'v1.0.0', false, [20]],
    ['github.com/jackc/pgservicefile', 'v0.0.0-20221227161230-091c0ba34f0a', false, [21]],
    ['golang.org/x/net', 'v0.26.0', false, [22]],
    ['golang.org/x/sys', 'v0.21.0', false, [23]],
    ['golang.org/x/text', 'v0.16.0', false, [24]],
  ];
  it('reports exactly the required modules (the local replacement is not a package)', () => {
    assert.deepEqual(
      modules(out.packages)
        .map((p) => p.name)
        .sort(),
      rows.map((r) => r[0]).sort(),
    );
  });
  for (const [name, version, direct, lines] of rows) {
    it(`${name} ${version}: ${direct ? 'direct' : 'indirect'}, lines ${lines.join(',')}`, () => {
      const p = get(out.packages, name);
      assert.equal(p.version, version);
      assert.equal(p.ecosystem, 'Go');
      assert.equal(p.direct, direct);
      assert.deepEqual(p.scopes, ['prod']);
      assert.deepEqual(
        p.locations,
        lines.map((line) => ({ path: 'service/go.mod', line })),
      );
    });
  }

  it('a replaced module is reported under the replacement, the required path kept as alias', () => {
    const gin = get(out.packages, 'github.com/acme/gin');
    assert.deepEqual(gin.aliases, ['github.com/gin-gonic/gin']);
    assert.equal(gin.purl, 'pkg:golang/github.com/acme/gin@v1.10.1-0.20240601120000-abcdef123456');
  });

  it('purls split the module path at the last "/" and keep the "v"', () => {
    assert.equal(
      get(out.packages, 'github.com/jackc/pgx/v5').purl,
      'pkg:golang/github.com/jackc/pgx/v5@v5.6.0',
    );
    assert.equal(get(out.packages, 'gopkg.in/yaml.v3').purl, 'pkg:golang/gopkg.in/yaml.v3@v3.0.1');
    // purl-spec's canonical form percent-encodes "+" (`%2B`, see its deb vectors).
    assert.equal(
      get(out.packages, 'github.com/docker/docker').purl,
      'pkg:golang/github.com/docker/docker@v24.0.9%2Bincompatible',
    );
  });

  it('reports the local replacement as info, nothing else', () => {
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.path, d.line]),
      [['info', 'go-local-replace', 'service/go.mod', 27]],
    );
  });

  it('toolchain go1.22.5 (go 1.22.0): stdlib (prod) and toolchain (dev) 1.22.5, pinned, source toolchain', () => {
    assert.deepEqual(
      out.packages
        .filter((p) => p.source.kind === 'toolchain')
        .map((p) => [p.id, p.purl, p.resolution, p.scopes, p.direct, p.locations]),
      ['stdlib', 'toolchain'].map((name, i) => [
        `Go:${name}@1.22.5#toolchain`,
        `pkg:golang/${name}@1.22.5`,
        'pinned',
        [i === 0 ? 'prod' : 'dev'],
        true,
        [{ path: 'service/go.mod', line: 5 }],
      ]),
    );
  });
});

describe('go/go-mod: a go 1.16 go.mod completed by vendor/modules.txt', () => {
  const out = extractMemory(goModExtractor, 'go.mod', {
    'go.mod': fixture('legacy', 'go.mod'),
    'vendor/modules.txt': fixture('legacy', 'vendor', 'modules.txt'),
  });
  it('adds the vendored modules go.mod does not list as transitive, located in modules.txt', () => {
    assert.deepEqual(
      modules(out.packages).map((p) => [p.name, p.version, p.direct, p.locations]),
      [
        ['github.com/sirupsen/logrus', 'v1.8.1', true, [{ path: 'go.mod', line: 6 }]],
        ['github.com/spf13/cobra', 'v1.1.3', true, [{ path: 'go.mod', line: 7 }]],
        ['github.com/inconshreveable/mousetrap', 'v1.0.0', false, [{ path: 'vendor/modules.txt', line: 1 }]],
        ['github.com/spf13/pflag', 'v1.0.5', false, [{ path: 'vendor/modules.txt', line: 9 }]],
        [
          'golang.org/x/sys',
          'v0.0.0-20191026070338-33540a1f6037',
          false,
          [{ path: 'vendor/modules.txt', line: 11 }],
        ],
      ],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      [],
    );
  });
});

describe('go/go-mod: go.sum completes a go.mod older than Go 1.17', () => {
  const goSum = [
    'example.com/a v1.0.0 h1:aaa=',
    'example.com/a v1.0.0/go.mod h1:aaa=',
    'example.com/b v1.1.0 h1:bbb=',
    'example.com/b v1.2.0 h1:bbb=',
    'example.com/b v1.10.0/go.mod h1:bbb=',
    'example.com/c v0.1.0/go.mod h1:ccc=',
    'example.com/d v0.0.0-20200101000000-abcdefabcdef h1:ddd=',
    'garbage',
    '',
  ].join('\n');
  const cases: Array<[string, Record<string, string>, Array<[string, string, boolean, string]>, string[]]> = [
    [
      'go 1.16: modules with a code hash not in go.mod, highest version, located in go.sum',
      { 'go.mod': 'module m\ngo 1.16\nrequire example.com/a v1.0.0\n', 'go.sum': goSum },
      [
        ['example.com/a', 'v1.0.0', true, 'go.mod:3'],
        ['example.com/b', 'v1.2.0', false, 'go.sum:4'],
        ['example.com/d', 'v0.0.0-20200101000000-abcdefabcdef', false, 'go.sum:7'],
      ],
      ['go-sum-transitive'],
    ],
    [
      'no go directive means go 1.16',
      { 'go.mod': 'module m\nrequire example.com/a v1.0.0\n', 'go.sum': 'example.com/z v1.0.0 h1:z=\n' },
      [
        ['example.com/a', 'v1.0.0', true, 'go.mod:2'],
        ['example.com/z', 'v1.0.0', false, 'go.sum:1'],
      ],
      ['go-sum-transitive'],
    ],
    [
      'go 1.17: go.mod is complete, go.sum is not read',
      { 'go.mod': 'module m\ngo 1.17\nrequire example.com/a v1.0.0\n', 'go.sum': goSum },
      [['example.com/a', 'v1.0.0', true, 'go.mod:3']],
      [],
    ],
    [
      'vendor/modules.txt wins over go.sum',
      {
        'go.mod': 'module m\ngo 1.16\nrequire example.com/a v1.0.0\n',
        'go.sum': goSum,
        'vendor/modules.txt': '# example.com/a v1.0.0\n## explicit\nexample.com/a\n',
      },
      [['example.com/a', 'v1.0.0', true, 'go.mod:3']],
      [],
    ],
  ];
  for (const [name, files, want, codes] of cases) {
    it(name, () => {
      const out = extractMemory(goModExtractor, 'go.mod', files);
      assert.deepEqual(
        modules(out.packages).map((p) => [
          p.name,
          p.version,
          p.direct,
          `${p.locations[0]?.path}:${p.locations[0]?.line}`,
        ]),
        want,
      );
      assert.deepEqual(
        out.diagnostics.map((d) => d.code),
        codes,
      );
    });
  }
});

describe('go/go-mod: inline cases', () => {
  const cases: Array<{
    name: string;
    files: Record<string, string>;
    want: Array<[string, string, boolean]>;
    codes: string[];
  }> = [
    {
      name: 'single-line require, quoted path, "// indirect; reason"',
      files: {
        'go.mod':
          'module m\nrequire "example.com/a" v1.0.0\nrequire example.com/b v2.0.0+incompatible // indirect; via a\n',
      },
      want: [
        ['example.com/a', 'v1.0.0', true],
        ['example.com/b', 'v2.0.0+incompatible', false],
      ],
      codes: [],
    },
    {
      name: 'a comment that merely mentions indirect does not make a requirement indirect',
      files: { 'go.mod': 'module m\nrequire example.com/a v1.0.0 // not indirect\n' },
      want: [['example.com/a', 'v1.0.0', true]],
      codes: [],
    },
    {
      name: 'excluded required version is reported, not a package',
      files: {
        'go.mod':
          'module m\nrequire example.com/a v1.0.0\nexclude example.com/a v1.0.0\nexclude (\n\texample.com/b v0.1.0\n)\n',
      },
      want: [],
      codes: ['go-excluded-requirement'],
    },
    {
      name: 'version-specific replace wins over a wildcard one',
      files: {
        'go.mod':
          'module m\nrequire example.com/a v1.0.0\nreplace example.com/a => example.com/wild v9.0.0\nreplace example.com/a v1.0.0 => example.com/exact v1.0.1\n',
      },
      want: [['example.com/exact', 'v1.0.1', true]],
      codes: [],
    },
    {
      name: 'replace of a module that is not required is ignored',
      files: {
        'go.mod': 'module m\nrequire example.com/a v1.0.0\nreplace example.com/z => example.com/y v1.0.0\n',
      },
      want: [['example.com/a', 'v1.0.0', true]],
      codes: [],
    },
    {
      name: 'non-canonical version is an unresolved package',
      files: { 'go.mod': 'module m\nrequire example.com/a master\n' },
      want: [['example.com/a', 'master', true]],
      codes: ['unresolved-version'],
    },
    {
      name: 'go 1.24 tool, godebug and ignore directives are not dependencies',
      files: {
        'go.mod':
          'module m\n\ngo 1.24\n\ngodebug default=go1.21\n\ntool golang.org/x/tools/cmd/stringer\n\nignore ./node_modules\n\nrequire golang.org/x/tools v0.30.0 // indirect\n',
      },
      want: [['golang.org/x/tools', 'v0.30.0', false]],
      codes: [],
    },
    {
      name: 'vendor/modules.txt that disagrees with go.mod is reported; go.mod wins',
      files: {
        'go.mod': 'module m\nrequire example.com/a v1.0.0\n',
        'vendor/modules.txt': '# example.com/a v0.9.0\n## explicit\nexample.com/a\n',
      },
      want: [['example.com/a', 'v1.0.0', true]],
      codes: ['go-vendor-inconsistent'],
    },
    {
      name: 'empty file',
      files: { 'go.mod': '' },
      want: [],
      codes: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = extractMemory(goModExtractor, 'go.mod', c.files);
      assert.deepEqual(
        modules(out.packages).map((p) => [p.name, p.version, p.direct]),
        c.want,
      );
      assert.deepEqual(
        out.diagnostics.map((d) => d.code),
        c.codes,
      );
    });
  }

  it('unresolved versions get no version in the purl', () => {
    const out = extractMemory(goModExtractor, 'go.mod', { 'go.mod': 'require example.com/a master\n' });
    assert.equal(out.packages[0]?.resolution, 'unresolved');
    assert.equal(out.packages[0]?.purl, 'pkg:golang/example.com/a');
  });

  it('without a module line there is no project, and direct comes from the indirect markers', () => {
    const out = extractMemory(goModExtractor, 'go.mod', {
      'go.mod': 'require (\n\texample.com/a v1.0.0\n\texample.com/b v1.0.0 // indirect\n)\n',
    });
    assert.deepEqual(out.projects, []);
    assert.deepEqual(
      out.packages.map((p) => p.direct),
      [true, false],
    );
  });

  it('matches go.mod by basename only', () => {
    assert.equal(goModExtractor.matches('go.mod'), true);
    assert.equal(goModExtractor.matches('a/b/go.mod'), true);
    assert.equal(goModExtractor.matches('a/go.mod.bak'), false);
    assert.equal(goModExtractor.matches('a/xgo.mod'), false);
  });
});
