import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { composerLockExtractor } from './index.js';

function fixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/app/${name}`, import.meta.url), 'utf8');
}

const ESC = '\u001b';
const FILES = {
  'shop/composer.lock': fixture('composer.lock'),
  'shop/composer.json': fixture('composer.json'),
};

function run(files: Record<string, string>, path = 'shop/composer.lock') {
  return extractMemory(composerLockExtractor, path, files);
}

describe('php/composer-lock: a realistic project (vcs and path repositories, provide, v-prefixed versions)', () => {
  const out = run(FILES);
  const byName = new Map(out.packages.map((p) => [p.name, p]));

  const table: [
    string,
    { version: string; line: number; scopes: string[]; direct: boolean; deps: string[] },
  ][] = [
    [
      'acme/internal-tools',
      { version: 'dev-main', line: 10, scopes: ['prod'], direct: true, deps: ['psr/log@3.0.0'] },
    ],
    [
      'acme/local-lib',
      { version: 'dev-main', line: 25, scopes: ['prod'], direct: true, deps: ['monolog/monolog@3.5.0'] },
    ],
    [
      'monolog/monolog',
      { version: '3.5.0', line: 41, scopes: ['prod'], direct: true, deps: ['psr/log@3.0.0'] },
    ],
    ['psr/log', { version: '3.0.0', line: 70, scopes: ['prod'], direct: false, deps: [] }],
    [
      'symfony/console',
      {
        version: 'v6.4.1',
        line: 83,
        scopes: ['prod'],
        direct: true,
        deps: ['symfony/polyfill-mbstring@v1.28.0'],
      },
    ],
    [
      'symfony/polyfill-mbstring',
      { version: 'v1.28.0', line: 97, scopes: ['prod'], direct: false, deps: [] },
    ],
    [
      'phpunit/phpunit',
      { version: '10.5.3', line: 115, scopes: ['dev'], direct: true, deps: ['sebastian/diff@5.0.3'] },
    ],
    ['sebastian/diff', { version: '5.0.3', line: 130, scopes: ['dev'], direct: false, deps: [] }],
  ];
  it('reports exactly the locked packages', () => {
    assert.deepEqual([...byName.keys()].sort(), table.map(([n]) => n).sort());
  });
  for (const [name, want] of table) {
    it(`${name}: version as written, line, scope, direct, edges`, () => {
      const p = byName.get(name)!;
      assert.equal(p.version, want.version);
      assert.equal(p.locations[0]?.line, want.line);
      assert.deepEqual(p.scopes, want.scopes);
      assert.equal(p.direct, want.direct);
      const deps = p.dependencies.map((d) => (d.includes('#') ? d.slice(0, d.indexOf('#')) : d));
      assert.deepEqual(
        deps,
        want.deps.map((d) => `Packagist:${d}`),
      );
    });
  }

  it('sources: branch from git, path repository, registry with commit', () => {
    assert.deepEqual(byName.get('acme/internal-tools')?.source, {
      kind: 'git',
      url: 'https://github.com/acme/internal-tools.git',
      commit: '9f1c2d3e4b5a69788796a5b4c3d2e1f0a9b8c7d6',
    });
    assert.deepEqual(byName.get('acme/local-lib')?.source, { kind: 'file', url: 'packages/local-lib' });
    assert.deepEqual(byName.get('psr/log')?.source, {
      kind: 'registry',
      commit: 'fe5ea303b0887d5caefd3d431c3e61ad47037001',
    });
  });

  it('purls: pkg:composer/<vendor>/<name>@<version as written>', () => {
    assert.equal(byName.get('symfony/console')?.purl, 'pkg:composer/symfony/console@v6.4.1');
    assert.equal(byName.get('psr/log')?.purl, 'pkg:composer/psr/log@3.0.0');
  });

  it('the project comes from composer.json, platform requirements left out', () => {
    assert.equal(out.projects.length, 1);
    const p = out.projects[0]!;
    assert.deepEqual(
      [p.id, p.name, p.path, p.location.path],
      ['Packagist:shop', 'acme/shop', 'shop', 'shop/composer.json'],
    );
    assert.deepEqual(
      p.dependencies.map((d) => `${d.id.split('#')[0]} ${d.scope}`),
      [
        'Packagist:monolog/monolog@3.5.0 prod',
        'Packagist:symfony/console@v6.4.1 prod',
        'Packagist:acme/internal-tools@dev-main prod',
        'Packagist:acme/local-lib@dev-main prod',
        'Packagist:phpunit/phpunit@10.5.3 dev',
      ],
    );
    assert.deepEqual(out.diagnostics, []);
  });

  it('without composer.json: no project, nothing direct, scopes from the sections', () => {
    const alone = run({ 'shop/composer.lock': FILES['shop/composer.lock'] });
    assert.deepEqual(alone.projects, []);
    assert.ok(alone.packages.every((p) => !p.direct));
    assert.deepEqual(alone.packages.find((p) => p.name === 'sebastian/diff')?.scopes, ['dev']);
  });
});

describe('php/composer-lock: edge and hostile input', () => {
  const bad: [string, string, number | undefined][] = [
    ['not JSON', '{\n  "packages": [\n    {,\n', 3],
    ['null', 'null', 1],
    ['a list', '[]', 1],
    ['nested 10k deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 1],
  ];
  for (const [name, text, line] of bad) {
    it(`${name}: InputError naming the file and line`, () => {
      assert.throws(
        () => run({ 'composer.lock': text }, 'composer.lock'),
        (e: unknown) => e instanceof InputError && e.path === 'composer.lock' && e.line === line,
      );
    });
  }

  it('entries without name or version are diagnostics; escapes quoted', () => {
    const text = JSON.stringify({
      packages: [
        { version: '1.0.0' },
        { name: `evil${ESC}[2J/x` },
        'junk',
        { name: 'ok/ok', version: '1.0.0' },
      ],
      'packages-dev': { not: 'a list' },
    });
    const out = run({ 'composer.lock': text }, 'composer.lock');
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['ok/ok'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['invalid-entry', 'invalid-entry', 'invalid-entry', 'invalid-entry'],
    );
    assert.ok(out.diagnostics.every((d) => !d.message.includes(ESC)));
  });

  it('a package in both sections is prod and dev, reported once', () => {
    const text = JSON.stringify({
      packages: [{ name: 'a/a', version: '1.0.0' }],
      'packages-dev': [{ name: 'a/a', version: '1.0.0' }],
    });
    const out = run({ 'composer.lock': text }, 'composer.lock');
    assert.deepEqual(
      out.packages.map((p) => p.scopes),
      [['prod', 'dev']],
    );
  });

  it('an unreadable composer.json is a warning; the lockfile is still read', () => {
    const out = run(
      { 'composer.lock': '{"packages":[{"name":"a/a","version":"1"}]}', 'composer.json': '{oops' },
      'composer.lock',
    );
    assert.equal(out.packages.length, 1);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.path]),
      [['unreadable-manifest', 'composer.json']],
    );
  });

  it('50k packages with edges are read', () => {
    const packages = Array.from({ length: 50_000 }, (_, i) => ({
      name: `v/p${i}`,
      version: '1.0.0',
      require: { [`v/p${i + 1}`]: '*' },
    }));
    const out = run({ 'composer.lock': JSON.stringify({ packages }, null, 4) }, 'composer.lock');
    assert.equal(out.packages.length, 50_000);
    assert.deepEqual(out.packages[0]?.dependencies, ['Packagist:v/p1@1.0.0']);
    assert.equal(out.packages[49_999]?.locations[0]?.line, 7 * 49_999 + 4);
  });
});
