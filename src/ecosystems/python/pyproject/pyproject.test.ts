import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { pyprojectExtractor as ex } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function rows(files: Record<string, string>, path = 'pyproject.toml') {
  const out = extractMemory(ex, path, files);
  return {
    out,
    rows: out.packages.map((p) => [
      p.id,
      p.resolution,
      p.scopes.join(),
      p.locations.map((l) => l.line).join(),
    ]),
  };
}

describe('python/pyproject', () => {
  it('PEP 621 project: ranges unresolved, exact pins pinned, extras and groups scoped', () => {
    const { out, rows: r } = rows({ 'pyproject.toml': fixture('pep621.pyproject.toml') });
    assert.deepEqual(r, [
      ['PyPI:fastapi@>=0.115,<1', 'unresolved', 'prod', '10'],
      [
        'PyPI:internal-sdk@5d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796#git:5d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a69788796',
        'unresolved',
        'prod',
        '13',
      ],
      ['PyPI:jinja2@~=3.1', 'unresolved', 'prod', '12'],
      ['PyPI:psycopg@>=3.2', 'unresolved', 'optional', '19'],
      ['PyPI:pydantic@2.10.4', 'pinned', 'prod,dev', '11'],
      ['PyPI:pytest@>=8', 'unresolved', 'dev', '20'],
      ['PyPI:ruff@0.8.4', 'pinned', 'dev', '23'],
    ]);
    assert.equal(out.packages.find((p) => p.name === 'pydantic')?.purl, 'pkg:pypi/pydantic@2.10.4');
    assert.equal(out.packages.find((p) => p.name === 'fastapi')?.purl, 'pkg:pypi/fastapi');
    assert.ok(out.packages.every((p) => p.direct));
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.dependencies.length]),
      [['PyPI:.', 'inventory-api', '1.4.0', 8]],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code]),
      [
        ['warning', 'invalid-entry'],
        ['info', 'no-lockfile'],
        ['info', 'local-dependency'],
      ],
    );
  });

  it('Poetry project: constraints as written, optional, groups dev, git and path sources', () => {
    const { out, rows: r } = rows(
      { 'w/pyproject.toml': fixture('poetry.pyproject.toml') },
      'w/pyproject.toml',
    );
    assert.deepEqual(r, [
      ['PyPI:boto3@1.35.90', 'pinned', 'optional', '10'],
      ['PyPI:celery@^5.4', 'unresolved', 'prod', '9'],
      ['PyPI:pytest-mock@*', 'unresolved', 'dev', '15'],
      ['PyPI:toolbox@v3.1.0#git:https://github.com/example/toolbox.git', 'unresolved', 'prod', '12'],
    ]);
    assert.equal(out.projects[0]?.id, 'PyPI:w');
    assert.equal(out.projects[0]?.name, 'legacy-worker');
    assert.ok(out.diagnostics.some((d) => d.code === 'local-dependency' && d.line === 11));
  });

  const covered = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'pylock.toml', 'pylock.dev.toml'];
  for (const lock of covered) {
    it(`yields nothing when ${lock} sits beside it`, () => {
      const out = extractMemory(ex, 'a/pyproject.toml', {
        'a/pyproject.toml': fixture('pep621.pyproject.toml'),
        [`a/${lock}`]: '',
      });
      assert.deepEqual(out, { packages: [], projects: [], diagnostics: [] });
    });
  }

  it('a lockfile in another folder does not cover it', () => {
    const out = extractMemory(ex, 'pyproject.toml', {
      'pyproject.toml': fixture('pep621.pyproject.toml'),
      'b/uv.lock': '',
    });
    assert.equal(out.projects.length, 1);
  });

  it('tool configuration only: no project', () => {
    const out = extractMemory(ex, 'pyproject.toml', { 'pyproject.toml': '[tool.black]\nline-length = 88\n' });
    assert.deepEqual(out.projects, []);
  });

  it('dynamic dependencies are reported', () => {
    const out = extractMemory(ex, 'pyproject.toml', {
      'pyproject.toml': '[project]\nname = "x"\ndynamic = ["dependencies"]\n',
    });
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['dynamic-dependencies'],
    );
  });

  it('hostile: malformed TOML and escapes', () => {
    assert.throws(
      () => extractMemory(ex, 'pyproject.toml', { 'pyproject.toml': '[project]\ndependencies = ["a",\n' }),
      (e: unknown) => e instanceof InputError && e.path === 'pyproject.toml' && typeof e.line === 'number',
    );
    const out = extractMemory(ex, 'pyproject.toml', {
      'pyproject.toml':
        '[project]\ndependencies = ["\\u001b[31m!"]\n[project.optional-dependencies]\n"\\u001b[2J" = ["?"]\n',
    });
    assert.equal(out.diagnostics.filter((d) => d.code === 'invalid-entry').length, 2);
    assert.ok(out.diagnostics.every((d) => !d.message.includes('\u001b')));
  });
});
