/** Workspace importers, peer variants, aliases, sources, edges, scopes and lines, per lockfile format. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import type { Package } from '../../../core/model/package.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { pnpmLockExtractor } from './index.js';

const CASES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'cases');

function fixture(name: string): string {
  return readFileSync(join(CASES, name), 'utf8');
}

function run(lock: string, files: Record<string, string> = {}, path = 'pnpm-lock.yaml'): ExtractionOutput {
  return extractMemory(pnpmLockExtractor, path, { ...files, [path]: lock });
}

function pkg(out: ExtractionOutput, id: string): Package {
  const p = out.packages.find((x) => x.id === id);
  assert.ok(p, `no package ${id}; have ${out.packages.map((x) => x.id).join(', ')}`);
  return p;
}

function lineOf(text: string, key: string): number {
  const i = text.split('\n').findIndex((l) => l === `  ${key}:` || l.startsWith(`  ${key}: `));
  assert.ok(i >= 0, `no line for ${key}`);
  return i + 1;
}

const manifest = (name: string, version: string): string => JSON.stringify({ name, version });

const V6 = fixture('v6-workspace.yaml');

const V6_FILES = {
  'packages/app/package.json': manifest('@ws/app', '1.0.0'),
  'packages/lib/package.json': manifest('@ws/lib', '2.0.0'),
  'tools/local-tool/package.json': manifest('local-tool', '0.1.0'),
};

describe('v6 workspace', () => {
  const out = run(V6, V6_FILES);

  it('emits one package per name@version (peer variants merged), no workspace member', () => {
    assert.deepEqual(
      out.packages.map((p) => p.id),
      [
        'npm:fsevents@2.3.3',
        'npm:js-tokens@4.0.0',
        'npm:local-tool@0.1.0#link:tools/local-tool',
        'npm:loose-envify@1.4.0',
        'npm:react-dom@18.2.0',
        'npm:react@17.0.2',
        'npm:react@18.2.0',
        'npm:typescript@5.4.5',
      ],
    );
    assert.deepEqual(out.diagnostics, []);
  });

  it('keeps every peer variant line, edges of all variants, and the alias', () => {
    const rd = pkg(out, 'npm:react-dom@18.2.0');
    assert.deepEqual(
      rd.locations.map((l) => l.line),
      [lineOf(V6, '/react-dom@18.2.0(react@17.0.2)'), lineOf(V6, '/react-dom@18.2.0(react@18.2.0)')],
    );
    assert.deepEqual(rd.dependencies, ['npm:loose-envify@1.4.0', 'npm:react@17.0.2', 'npm:react@18.2.0']);
    assert.deepEqual(rd.aliases, ['old-react-dom']);
    assert.equal(rd.direct, true);
    assert.equal(rd.purl, 'pkg:npm/react-dom@18.2.0');
    assert.deepEqual(rd.source, { kind: 'registry', integrity: 'sha512-ddd' });
  });

  it('takes scopes from the importer graph, not the stale dev flag', () => {
    // js-tokens says dev: true, but loose-envify (prod, via react) needs it.
    assert.deepEqual(pkg(out, 'npm:js-tokens@4.0.0').scopes, ['prod']);
    assert.equal(pkg(out, 'npm:js-tokens@4.0.0').direct, false);
    assert.deepEqual(pkg(out, 'npm:fsevents@2.3.3').scopes, ['optional']);
    assert.deepEqual(pkg(out, 'npm:typescript@5.4.5').scopes, ['dev']);
  });

  it('reports projects with names from package.json, workspace links and a linked folder', () => {
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.path, p.location.line]),
      [
        ['npm:.', '.', undefined, '.', lineOf(V6, '.')],
        ['npm:packages/app', '@ws/app', '1.0.0', 'packages/app', lineOf(V6, 'packages/app')],
        ['npm:packages/lib', '@ws/lib', '2.0.0', 'packages/lib', lineOf(V6, 'packages/lib')],
      ],
    );
    assert.deepEqual(out.projects[1]?.dependencies, [
      { id: 'npm:fsevents@2.3.3', scope: 'optional' },
      { id: 'npm:local-tool@0.1.0#link:tools/local-tool', scope: 'prod' },
      { id: 'npm:packages/lib', scope: 'prod' },
      { id: 'npm:react-dom@18.2.0', scope: 'prod' },
    ]);
    const tool = pkg(out, 'npm:local-tool@0.1.0#link:tools/local-tool');
    assert.deepEqual(tool.source, { kind: 'link', url: 'tools/local-tool' });
    assert.deepEqual(tool.scopes, ['prod']);
  });

  it('joins importer folders to the lockfile folder', () => {
    const nested = run(
      V6,
      Object.fromEntries(Object.entries(V6_FILES).map(([k, v]) => [`repo/${k}`, v])),
      'repo/pnpm-lock.yaml',
    );
    assert.deepEqual(
      nested.projects.map((p) => [p.id, p.name]),
      [
        ['npm:repo', 'repo'],
        ['npm:repo/packages/app', '@ws/app'],
        ['npm:repo/packages/lib', '@ws/lib'],
      ],
    );
    assert.ok(nested.packages.some((p) => p.id === 'npm:local-tool@0.1.0#link:repo/tools/local-tool'));
    assert.deepEqual(pkg(nested, 'npm:react@17.0.2').locations, [
      { path: 'repo/pnpm-lock.yaml', line: lineOf(V6, '/react@17.0.2') },
    ]);
  });
});

const SHA = '0123456789abcdef0123456789abcdef01234567';
const V9 = fixture('v9-workspace.yaml');

describe('v9 workspace', () => {
  const out = run(V9, {
    'package.json': manifest('root', '0.0.1'),
    'packages/b/package.json': manifest('b', '1.0.0'),
  });

  it('emits packages from packages:, with sources, none for the injected member', () => {
    const want: Array<[string, Package['source']]> = [
      [`npm:git-pkg@1.2.0#git:${SHA}`, { kind: 'git', url: 'https://gitlab.com/o/git-pkg.git', commit: SHA }],
      ['npm:host@1.0.0', { kind: 'registry', integrity: 'sha512-h1' }],
      ['npm:host@2.0.0', { kind: 'registry', integrity: 'sha512-h2' }],
      [
        'npm:is-positive@3.1.0#git:97edff6f525f192a3f83cea1944765f769ae2678',
        {
          kind: 'git',
          url: 'https://github.com/kevva/is-positive',
          commit: '97edff6f525f192a3f83cea1944765f769ae2678',
        },
      ],
      ['npm:plugin@1.0.0', { kind: 'registry', integrity: 'sha512-p' }],
      [
        'npm:tar-pkg@1.0.0#tarball:https://example.com/tar-pkg-1.0.0.tgz',
        { kind: 'tarball', url: 'https://example.com/tar-pkg-1.0.0.tgz' },
      ],
      [
        'npm:vendored@1.0.0#file:vendor/vendored-1.0.0.tgz',
        { kind: 'file', url: 'vendor/vendored-1.0.0.tgz', integrity: 'sha512-v' },
      ],
    ];
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.source]),
      want,
    );
    assert.deepEqual(out.diagnostics, []);
  });

  it('merges snapshot variants into one package with the packages: line', () => {
    const plugin = pkg(out, 'npm:plugin@1.0.0');
    assert.deepEqual(plugin.locations, [{ path: 'pnpm-lock.yaml', line: lineOf(V9, 'plugin@1.0.0') }]);
    assert.deepEqual(plugin.dependencies, ['npm:host@1.0.0', 'npm:host@2.0.0']);
    assert.deepEqual(plugin.scopes, ['prod', 'dev']);
    assert.deepEqual(pkg(out, `npm:git-pkg@1.2.0#git:${SHA}`).dependencies, ['npm:host@2.0.0']);
    assert.deepEqual(pkg(out, 'npm:vendored@1.0.0#file:vendor/vendored-1.0.0.tgz').dependencies, [
      'npm:host@1.0.0',
    ]);
  });

  it('records importer aliases and resolves workspace links to projects', () => {
    assert.deepEqual(pkg(out, 'npm:host@1.0.0').aliases, ['h1']);
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version]),
      [
        ['npm:.', 'root', '0.0.1'],
        ['npm:packages/b', 'b', '1.0.0'],
        ['npm:packages/c', 'c', undefined],
      ],
    );
    assert.deepEqual(
      out.projects[0]?.dependencies.map((d) => `${d.scope} ${d.id}`),
      [
        `prod npm:git-pkg@1.2.0#git:${SHA}`,
        'prod npm:is-positive@3.1.0#git:97edff6f525f192a3f83cea1944765f769ae2678',
        'prod npm:packages/b',
        'dev npm:plugin@1.0.0',
        'prod npm:tar-pkg@1.0.0#tarball:https://example.com/tar-pkg-1.0.0.tgz',
        'prod npm:vendored@1.0.0#file:vendor/vendored-1.0.0.tgz',
      ],
    );
    assert.deepEqual(
      out.projects[1]?.dependencies.map((d) => `${d.scope} ${d.id}`),
      ['prod npm:host@1.0.0', 'prod npm:host@2.0.0', 'prod npm:packages/c', 'prod npm:plugin@1.0.0'],
    );
  });

  it('marks direct packages and propagates scopes', () => {
    assert.deepEqual(
      out.packages.filter((p) => !p.direct).map((p) => p.id),
      [],
    );
    assert.deepEqual(pkg(out, 'npm:host@1.0.0').scopes, ['prod', 'dev']);
  });
});

const V5 = fixture('v5-workspace.yaml');

describe('v5 workspace', () => {
  const out = run(V5);

  it('merges _peer variants and keeps both lines', () => {
    const foo = pkg(out, 'npm:foo@1.0.0');
    assert.deepEqual(
      foo.locations.map((l) => l.line),
      [lineOf(V5, '/foo/1.0.0_react@17.0.2'), lineOf(V5, '/foo/1.0.0_react@18.2.0')],
    );
    assert.deepEqual(foo.dependencies, ['npm:react@17.0.2', 'npm:react@18.2.0']);
  });

  it('resolves aliases, scoped names and a link outside the workspace', () => {
    assert.deepEqual(pkg(out, 'npm:bar@2.0.0').aliases, ['alias-bar']);
    assert.deepEqual(pkg(out, 'npm:bar@2.0.0').dependencies, ['npm:@scope/bar@1.0.0']);
    const y = pkg(out, 'npm:y@#link:packages/y');
    assert.equal(y.version, '');
    assert.deepEqual(y.scopes, ['dev']);
    assert.equal(y.purl, 'pkg:npm/y');
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.dependencies.map((d) => `${d.scope} ${d.id}`)]),
      [
        ['npm:.', ['prod npm:foo@1.0.0']],
        ['npm:packages/x', ['prod npm:bar@2.0.0', 'prod npm:foo@1.0.0', 'dev npm:y@#link:packages/y']],
      ],
    );
  });
});

describe('v5 single project', () => {
  const lock = fixture('v5-single.yaml');
  const out = run(lock);

  const cases: Array<[string, string[], boolean]> = [
    ['npm:a@1.0.0', ['prod'], true], // graph (dependencies:) wins over dev: true
    ['npm:d@1.0.0', ['dev'], true],
    ['npm:orphan@1.0.0', ['dev'], false], // unreached: the flag is all there is
    ['npm:orphan-opt@1.0.0', ['optional'], false],
  ];
  for (const [id, scopes, direct] of cases) {
    it(`${id}: ${scopes.join(',')}${direct ? ', direct' : ''}`, () => {
      assert.deepEqual(pkg(out, id).scopes, scopes);
      assert.equal(pkg(out, id).direct, direct);
      assert.equal(pkg(out, id).locations[0]?.line, lineOf(lock, `/${id.slice(4).replace('@', '/')}`));
    });
  }

  it('has one root project from the top-level sections', () => {
    assert.deepEqual(out.projects, [
      {
        id: 'npm:.',
        ecosystem: 'npm',
        name: '.',
        path: '.',
        location: { path: 'pnpm-lock.yaml' },
        dependencies: [
          { id: 'npm:a@1.0.0', scope: 'prod' },
          { id: 'npm:d@1.0.0', scope: 'dev' },
        ],
      },
    ]);
  });
});
