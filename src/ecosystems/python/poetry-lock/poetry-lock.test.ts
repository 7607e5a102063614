import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { poetryLockExtractor as ex } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('python/poetry-lock', () => {
  it('Poetry 2 lockfile with pyproject.toml: graph, direct, scopes, root project', () => {
    const out = extractMemory(ex, 'app/poetry.lock', {
      'app/poetry.lock': fixture('app/poetry.lock'),
      'app/pyproject.toml': fixture('app/pyproject.toml'),
    });
    assert.deepEqual(
      out.packages.map((p) => [
        p.id,
        p.direct,
        p.scopes.join(),
        p.locations[0]?.line,
        p.dependencies.join(' '),
      ]),
      [
        ['PyPI:certifi@2024.12.14', false, 'prod', 4, ''],
        ['PyPI:colorama@0.4.6', false, 'dev', 15, ''],
        ['PyPI:iniconfig@2.0.0', false, 'dev', 27, ''],
        ['PyPI:pytest@8.3.4', true, 'dev', 38, 'PyPI:colorama@0.4.6 PyPI:iniconfig@2.0.0'],
        ['PyPI:redis@5.2.1', true, 'optional', 56, ''],
        ['PyPI:requests@2.32.3', true, 'prod', 68, 'PyPI:certifi@2024.12.14 PyPI:urllib3@2.3.0'],
        ['PyPI:urllib3@2.3.0', false, 'prod', 83, ''],
      ],
    );
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.location.path, p.dependencies]),
      [
        [
          'PyPI:app',
          'billing-service',
          '0.3.0',
          'app/pyproject.toml',
          [
            { id: 'PyPI:pytest@8.3.4', scope: 'dev' },
            { id: 'PyPI:redis@5.2.1', scope: 'optional' },
            { id: 'PyPI:requests@2.32.3', scope: 'prod' },
          ],
        ],
      ],
    );
    assert.equal(out.packages[0]!.purl, 'pkg:pypi/certifi@2024.12.14');
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['local-dependency', 94]],
    );
  });

  it('Poetry 1 lockfile without pyproject.toml: category scopes, roots are direct, PEP 503 names', () => {
    const out = extractMemory(ex, 'poetry.lock', { 'poetry.lock': fixture('v1.poetry.lock') });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.direct, p.scopes.join()]),
      [
        ['PyPI:asgiref@3.7.2', false, 'prod'],
        ['PyPI:django@3.2.25', true, 'prod'],
        ['PyPI:flake8@6.1.0', true, 'dev'],
        ['PyPI:pytz@2024.1', false, 'prod'],
        ['PyPI:sqlparse@0.4.4', false, 'prod'],
      ],
    );
    assert.deepEqual(out.projects, []);
  });

  const hostile: { name: string; text: string; line?: number }[] = [
    { name: 'broken table header', text: '[[package]]\nname = "a"\n[[package\n', line: 3 },
    { name: 'duplicate key', text: '[[package]]\nname = "a"\nname = "b"\n', line: 3 },
    { name: 'deep inline nesting', text: `x = ${'['.repeat(500)}${']'.repeat(500)}\n` },
  ];
  for (const h of hostile) {
    it(`hostile: ${h.name} -> InputError naming the file`, () => {
      assert.throws(
        () => extractMemory(ex, 'poetry.lock', { 'poetry.lock': h.text }),
        (e: unknown) =>
          e instanceof InputError && e.path === 'poetry.lock' && (h.line === undefined || e.line === h.line),
      );
    });
  }

  it('bad entries are diagnostics; terminal escapes in names are quoted', () => {
    const out = extractMemory(ex, 'poetry.lock', {
      'poetry.lock': 'package = [1]\n',
    });
    assert.equal(out.diagnostics[0]?.code, 'invalid-entry');
    const out2 = extractMemory(ex, 'poetry.lock', {
      'poetry.lock': '[[package]]\nname = "\\u001b[31mevil"\n',
    });
    assert.equal(out2.diagnostics[0]?.line, 2);
    assert.ok(!out2.diagnostics[0]?.message.includes('\u001b'));
  });

  it('unreadable pyproject.toml is a warning; the lockfile is still read', () => {
    const out = extractMemory(ex, 'poetry.lock', {
      'poetry.lock': fixture('v1.poetry.lock'),
      'pyproject.toml': '[tool.poetry\n',
    });
    assert.equal(out.packages.length, 5);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.path]),
      [['manifest-unreadable', 'pyproject.toml']],
    );
  });

  it('many packages stay linear', () => {
    const text = Array.from(
      { length: 5000 },
      (_, i) => `[[package]]\nname = "p${i}"\nversion = "1.0"\n\n[package.dependencies]\np${i + 1} = "*"\n`,
    ).join('\n');
    const out = extractMemory(ex, 'poetry.lock', { 'poetry.lock': text });
    assert.equal(out.packages.length, 5000);
    assert.equal(out.packages.filter((p) => p.direct).length, 1);
  });
});
