import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { pylockExtractor as ex, markerNames, matchesPylock } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('python/pylock', () => {
  const names: [string, boolean][] = [
    ['pylock.toml', true],
    ['a/pylock.dev.toml', true],
    ['pylock..toml', false],
    ['pylock.a.b.toml', false],
    ['pylock.toml.bak', false],
    ['my-pylock.toml', false],
  ];
  for (const [path, want] of names)
    it(`matches ${path}: ${want}`, () => assert.equal(matchesPylock(path), want));

  const markers: [string, string, string[]][] = [
    [`'dev' in dependency_groups`, 'dependency_groups', ['dev']],
    [`"a" in extras or 'b'  in extras`, 'extras', ['a', 'b']],
    [`python_version >= "3.8"`, 'extras', []],
  ];
  for (const [m, what, want] of markers) {
    it(`marker ${m}`, () => assert.deepEqual(markerNames(m, what as 'extras'), want));
  }

  it('uv export: scopes from markers, VCS without version, root directory as the project', () => {
    const out = extractMemory(ex, 'pylock.toml', { 'pylock.toml': fixture('pylock.toml') });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.resolution, p.direct, p.scopes.join(), p.locations[0]?.line]),
      [
        ['PyPI:iniconfig@2.0.0', 'pinned', true, 'dev', 11],
        ['PyPI:pyyaml@6.0.2', 'pinned', true, 'optional', 18],
        ['PyPI:requests@2.32.3', 'pinned', true, 'prod', 29],
        [
          'PyPI:tabulate@83fd4fb98926c8a6fdf45caa1b91ee8913b64dcb#git:83fd4fb98926c8a6fdf45caa1b91ee8913b64dcb',
          'unresolved',
          true,
          'prod',
          36,
        ],
        ['PyPI:urllib3@2.3.0', 'pinned', false, 'prod', 40],
      ],
    );
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.location.line, p.dependencies.length]),
      [['PyPI:.', 'report-tool', 25, 4]],
    );
    assert.deepEqual(out.packages[2]!.dependencies, ['PyPI:urllib3@2.3.0']);
  });

  it('hostile: malformed TOML -> InputError with line; bad entries are diagnostics', () => {
    assert.throws(
      () =>
        extractMemory(ex, 'pylock.toml', { 'pylock.toml': 'lock-version = "1.0"\n[[packages]]\nname = \n' }),
      (e: unknown) => e instanceof InputError && e.path === 'pylock.toml' && e.line === 3,
    );
    const out = extractMemory(ex, 'pylock.toml', {
      'pylock.toml': '[[packages]]\nname = "x"\n\n[[packages]]\nversion = "1"\n',
    });
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-entry', 2],
        ['invalid-entry', 4],
      ],
    );
  });
});
