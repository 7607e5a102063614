import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { packageLines, pubspecLockExtractor } from './index.js';

function fixture(name: string): string {
  return readFileSync(new URL(`./__fixtures__/app/${name}`, import.meta.url), 'utf8');
}

const ESC = '\u001b';

function run(files: Record<string, string>, path = 'app/pubspec.lock') {
  return extractMemory(pubspecLockExtractor, path, files);
}

describe('dart/pubspec-lock: a realistic Flutter app', () => {
  const out = run({
    'app/pubspec.lock': fixture('pubspec.lock'),
    'app/pubspec.yaml': fixture('pubspec.yaml'),
  });
  const byName = new Map(out.packages.map((p) => [p.name, p]));
  const table: [string, { line: number; direct: boolean; scopes: string[]; source: string }][] = [
    ['async', { line: 4, direct: false, scopes: ['prod'], source: 'registry' }],
    ['charts_kit', { line: 12, direct: true, scopes: ['prod'], source: 'git' }],
    ['flutter_lints', { line: 26, direct: true, scopes: ['dev'], source: 'registry' }],
    ['http', { line: 39, direct: true, scopes: ['prod'], source: 'registry' }],
    ['intl', { line: 47, direct: true, scopes: ['prod'], source: 'registry' }],
    ['lints', { line: 55, direct: false, scopes: ['prod'], source: 'registry' }],
    ['meta', { line: 63, direct: true, scopes: ['prod'], source: 'registry' }],
    ['weather_core', { line: 71, direct: true, scopes: ['prod'], source: 'file' }],
  ];
  it('reports every non-SDK package', () => {
    assert.deepEqual(
      [...byName.keys()],
      table.map(([n]) => n),
    );
  });
  for (const [name, want] of table) {
    it(`${name}: line, direct, scope, source`, () => {
      const p = byName.get(name)!;
      assert.deepEqual(
        [p.locations[0]?.line, p.direct, p.scopes, p.source.kind],
        [want.line, want.direct, want.scopes, want.source],
      );
    });
  }
  it('purls, a private hosted server and the git commit', () => {
    assert.equal(byName.get('http')?.purl, 'pkg:pub/http@1.1.0');
    assert.deepEqual(byName.get('intl')?.source, {
      kind: 'registry',
      url: 'https://dart.mirror.acme.internal',
    });
    assert.equal(byName.get('charts_kit')?.source.commit, '8d0f2c3b8e6f4a1d9c7b5a3e1f0d2c4b6a8e0f13');
  });
  it('the project is named from pubspec.yaml; SDK packages are info diagnostics', () => {
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.location.path, p.dependencies.length]),
      [['Pub:app', 'weather_app', '1.4.0+12', 'app/pubspec.yaml', 6]],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.line]),
      [
        ['info', 'sdk-package', 21],
        ['info', 'sdk-package', 34],
      ],
    );
  });
});

describe('dart/pubspec-lock: edge and hostile input', () => {
  const bad: [string, string][] = [
    ['empty', ''],
    ['a scalar', 'this is not valid yaml!'],
    ['packages is a list', 'packages:\n  - a\n'],
    ['broken YAML', 'packages:\n  a:\n    version: "1\n  b: [\n'],
  ];
  for (const [name, text] of bad) {
    it(`${name}: InputError naming the file`, () => {
      assert.throws(
        () => run({ 'pubspec.lock': text }, 'pubspec.lock'),
        (e: unknown) =>
          e instanceof InputError && e.path === 'pubspec.lock' && e.message.startsWith('pubspec.lock'),
      );
    });
  }

  it('deeply nested YAML is an InputError, not a stack overflow', () => {
    const text = `packages:\n  a:\n    version: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    assert.throws(() => run({ 'pubspec.lock': text }, 'pubspec.lock'), InputError);
  });

  it('an alias bomb is refused before expansion', () => {
    let text = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    for (let i = 0; i < 12; i++) {
      text += `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(',')}]\n`;
    }
    assert.throws(() => run({ 'pubspec.lock': `${text}packages: {}\n` }, 'pubspec.lock'), InputError);
  });

  it('bad entries and unknown sources are warnings, names quoted', () => {
    const text = `packages:\n  "evil${'\\e'}[31m":\n    dependency: transitive\n    source: hosted\n  weird:\n    source: svn\n    version: "1.0.0"\n  ok:\n    dependency: transitive\n    description:\n      name: ok\n    source: hosted\n    version: "1.0.0"\n`;
    const out = run({ 'pubspec.lock': text }, 'pubspec.lock');
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['ok'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-entry', undefined],
        ['unsupported-source', 5],
      ],
    );
    assert.ok(out.diagnostics.every((d) => !d.message.includes(ESC)));
    assert.match(out.diagnostics[0]!.message, /evil\\u001b\[31m/);
  });

  it('package lines: one-space indentation, quoted keys, comments', () => {
    const lines = packageLines(
      '# c\npackages:\n # note\n "a b":\n    version: "1"\n c:\n    version: "2"\nsdks:\n d:\n',
    );
    assert.deepEqual(
      [...lines],
      [
        ['a b', 4],
        ['c', 6],
      ],
    );
  });

  it('100k packages are read', () => {
    const body = Array.from(
      { length: 100_000 },
      (_, i) => `  p${i}:\n    dependency: transitive\n    source: hosted\n    version: "1.0.${i}"\n`,
    ).join('');
    const out = run({ 'pubspec.lock': `packages:\n${body}` }, 'pubspec.lock');
    assert.equal(out.packages.length, 100_000);
    assert.equal(out.packages[99_999]?.locations[0]?.line, 2 + 4 * 99_999);
  });
});
