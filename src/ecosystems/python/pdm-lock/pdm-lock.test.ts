import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { pdmLockExtractor as ex } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('python/pdm-lock', () => {
  const cases: { name: string; files: Record<string, string>; want: [string, boolean, string][] }[] = [
    {
      name: 'with pyproject.toml: dev group from tool.pdm, extra optional, direct from the manifest',
      files: { 'pdm.lock': fixture('pdm.lock'), 'pyproject.toml': fixture('pyproject.toml') },
      want: [
        ['PyPI:anyio@4.8.0', false, 'prod'],
        ['PyPI:httpx@0.28.1', true, 'prod'],
        ['PyPI:idna@3.10', false, 'prod'],
        ['PyPI:pytest@8.3.4', true, 'dev'],
        ['PyPI:sniffio@1.3.1', false, 'prod'],
        ['PyPI:socksio@1.0.0', true, 'optional'],
      ],
    },
    {
      name: 'alone: unknown groups optional, roots direct',
      files: { 'pdm.lock': fixture('pdm.lock') },
      want: [
        ['PyPI:anyio@4.8.0', false, 'prod'],
        ['PyPI:httpx@0.28.1', true, 'prod'],
        ['PyPI:idna@3.10', false, 'prod'],
        ['PyPI:pytest@8.3.4', true, 'optional'],
        ['PyPI:sniffio@1.3.1', false, 'prod'],
        ['PyPI:socksio@1.0.0', true, 'optional'],
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = extractMemory(ex, 'pdm.lock', c.files);
      assert.deepEqual(
        out.packages.map((p) => [p.id, p.direct, p.scopes.join()]),
        c.want,
      );
    });
  }

  it('edges and lines', () => {
    const out = extractMemory(ex, 'pdm.lock', { 'pdm.lock': fixture('pdm.lock') });
    const httpx = out.packages.find((p) => p.name === 'httpx');
    assert.deepEqual(httpx?.dependencies, ['PyPI:anyio@4.8.0', 'PyPI:idna@3.10']);
    assert.deepEqual(httpx?.locations, [{ path: 'pdm.lock', line: 28 }]);
  });

  it('git, url and path entries', () => {
    const text = [
      '[[package]]',
      'name = "a"',
      'version = "1.0"',
      'git = "https://github.com/o/a.git"',
      'revision = "0123456789abcdef0123456789abcdef01234567"',
      '[[package]]',
      'name = "b"',
      'version = "2.0"',
      'url = "https://example.org/b-2.0.tar.gz"',
      '[[package]]',
      'name = "c"',
      'version = "0.1"',
      'path = "./libs/c"',
      '',
    ].join('\n');
    const out = extractMemory(ex, 'pdm.lock', { 'pdm.lock': text });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.source.kind]),
      [
        ['PyPI:a@1.0#git:0123456789abcdef0123456789abcdef01234567', 'git'],
        ['PyPI:b@2.0#tarball:https://example.org/b-2.0.tar.gz', 'tarball'],
      ],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['local-dependency', 11]],
    );
  });

  it('hostile: malformed TOML -> InputError with line', () => {
    assert.throws(
      () => extractMemory(ex, 'pdm.lock', { 'pdm.lock': '[metadata]\ngroups = ["default"\n' }),
      (e: unknown) => e instanceof InputError && e.path === 'pdm.lock' && typeof e.line === 'number',
    );
  });
});
