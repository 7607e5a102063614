import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { uvLockExtractor as ex } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('python/uv-lock', () => {
  it('workspace: members are projects; scopes and direct flags propagate from them', () => {
    const out = extractMemory(ex, 'uv.lock', { 'uv.lock': fixture('uv.lock') });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.direct, p.scopes.join(), p.locations[0]?.line]),
      [
        ['PyPI:anyio@4.7.0', true, 'prod', 12],
        ['PyPI:h2@4.1.0', true, 'optional', 57],
        ['PyPI:idna@3.10', false, 'prod', 63],
        ['PyPI:ruff@0.8.4#git:9bfa7b8e2c1f8d4a6b5c3e2d1f0a9b8c7d6e5f40', true, 'dev', 69],
        ['PyPI:sniffio@1.3.1', false, 'prod', 74],
        ['PyPI:starlette@0.45.2', true, 'prod', 80],
      ],
    );
    assert.deepEqual(
      out.projects.map((p) => [
        p.id,
        p.name,
        p.location.line,
        p.dependencies.map((d) => `${d.id} ${d.scope}`),
      ]),
      [
        [
          'PyPI:.',
          'api',
          22,
          [
            'PyPI:h2@4.1.0 optional',
            'PyPI:ruff@0.8.4#git:9bfa7b8e2c1f8d4a6b5c3e2d1f0a9b8c7d6e5f40 dev',
            'PyPI:starlette@0.45.2 prod',
          ],
        ],
        ['PyPI:packages/core', 'core', 48, ['PyPI:anyio@4.7.0 prod']],
      ],
    );
    const ruff = out.packages.find((p) => p.name === 'ruff');
    assert.deepEqual(ruff?.source, {
      kind: 'git',
      url: 'https://github.com/astral-sh/ruff',
      commit: '9bfa7b8e2c1f8d4a6b5c3e2d1f0a9b8c7d6e5f40',
    });
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['local-dependency', 89]],
    );
  });

  it('hostile: malformed TOML -> InputError with file and line', () => {
    assert.throws(
      () => extractMemory(ex, 'a/uv.lock', { 'a/uv.lock': 'version = 1\n[[package]]\nname = "x\n' }),
      (e: unknown) => e instanceof InputError && e.path === 'a/uv.lock' && e.line === 3,
    );
  });

  it('hostile: oversized input is refused', () => {
    const big = `# ${'x'.repeat(33 * 1024 * 1024)}\n`;
    assert.throws(() => extractMemory(ex, 'uv.lock', { 'uv.lock': big }), InputError);
  });

  it('entries without name or version are diagnostics; names with escapes quoted', () => {
    const out = extractMemory(ex, 'uv.lock', {
      'uv.lock': '[[package]]\nversion = "1"\n\n[[package]]\nname = "\\u001b]0;pwned\\u0007"\n',
    });
    assert.deepEqual(out.packages, []);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-entry', 1],
        ['invalid-entry', 5],
      ],
    );
    assert.ok(out.diagnostics.every((d) => !d.message.includes('\u001b') && !d.message.includes('\u0007')));
  });
});
