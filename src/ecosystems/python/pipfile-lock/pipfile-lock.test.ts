import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { pipfileLockExtractor as ex } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('python/pipfile-lock', () => {
  it('pipenv lockfile with Pipfile: scopes, git source, local path, direct from Pipfile', () => {
    const out = extractMemory(ex, 'Pipfile.lock', {
      'Pipfile.lock': fixture('Pipfile.lock'),
      Pipfile: fixture('Pipfile'),
    });
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.resolution, p.direct, p.scopes.join(), p.locations[0]?.line]),
      [
        ['PyPI:blinker@1.8.2', 'pinned', false, 'prod', 19],
        ['PyPI:flask@3.0.3', 'pinned', true, 'prod', 26],
        ['PyPI:iniconfig@2.0.0', 'pinned', false, 'dev', 44],
        [
          'PyPI:internal-tools@2f1e8c7d6b5a49382716059483726150493827ab#git:2f1e8c7d6b5a49382716059483726150493827ab',
          'unresolved',
          true,
          'prod',
          34,
        ],
        ['PyPI:pytest@8.3.4', 'pinned', true, 'dev', 51],
      ],
    );
    assert.equal(out.packages[1]!.purl, 'pkg:pypi/flask@3.0.3');
    assert.equal(
      out.packages[1]!.source.integrity,
      'sha256:34e815dfaa43340d1d15a5c3a02b8476004037eb4840b34910c6e21679d288f3',
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['local-dependency', 38]],
    );
    assert.deepEqual(
      out.projects[0]?.dependencies.map((d) => d.scope),
      ['prod', 'prod', 'dev'],
    );
  });

  it('without a Pipfile no package is claimed direct and there is no project', () => {
    const out = extractMemory(ex, 'Pipfile.lock', { 'Pipfile.lock': fixture('Pipfile.lock') });
    assert.equal(out.packages.filter((p) => p.direct).length, 0);
    assert.deepEqual(out.projects, []);
  });

  const bad: [string, string][] = [
    ['not JSON', '{"default": {,}}'],
    ['not an object', '[1, 2]'],
    ['too deep', `${'['.repeat(1000)}${']'.repeat(1000)}`],
  ];
  for (const [name, text] of bad) {
    it(`hostile: ${name} -> InputError`, () => {
      assert.throws(
        () => extractMemory(ex, 'Pipfile.lock', { 'Pipfile.lock': text }),
        (e: unknown) => e instanceof InputError && e.path === 'Pipfile.lock',
      );
    });
  }

  it('bad entries are diagnostics with lines; escapes quoted', () => {
    const text = '{\n "default": {\n  "a": {"version": ">=1"},\n  "\\u001b[2Jb": 5,\n  "c": {}\n }\n}\n';
    const out = extractMemory(ex, 'Pipfile.lock', { 'Pipfile.lock': text });
    assert.deepEqual(out.packages, []);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-entry', 3],
        ['invalid-entry', 4],
        ['invalid-entry', 5],
      ],
    );
    assert.ok(out.diagnostics.every((d) => !d.message.includes('\u001b')));
  });
});
