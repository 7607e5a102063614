import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { conanLockExtractor } from './index.js';
import { parseConanRef } from './reference.js';

const FIXTURE = readFileSync(new URL('./__fixtures__/conan.lock', import.meta.url), 'utf8');

function run(text: string): ExtractionOutput {
  return extractMemory(conanLockExtractor, 'native/conan.lock', { 'native/conan.lock': text });
}

describe('cpp/conan-lock: references', () => {
  const cases: [string, unknown][] = [
    ['zlib/1.2.11', { name: 'zlib', version: '1.2.11' }],
    ['zlib/1.3.1#f52e%1708593606.497', { name: 'zlib', version: '1.3.1', revision: 'f52e' }],
    [
      'zlib/1.2.11@bincrafters/testing#5f49:1972#5884',
      { name: 'zlib', version: '1.2.11', user: 'bincrafters', channel: 'testing', revision: '5f49' },
    ],
    ['test/1.0:2ce0', { name: 'test', version: '1.0' }],
    ['a/1@_/_', { name: 'a', version: '1' }],
    ['1.2.3', undefined],
    ['/1.0', undefined],
    ['a/', undefined],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(parseConanRef(text), want));
});

describe('cpp/conan-lock: Conan 2 lock', () => {
  const out = run(FIXTURE);
  it('requires are prod, build requires dev; purls carry user, channel and rrev', () => {
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.purl, p.scopes.join(), p.locations[0]?.line]),
      [
        ['ConanCenter:zlib@1.3.1', 'pkg:conan/zlib@1.3.1?rrev=f52e03ae3d251dec704634230cd806a2', 'prod', 4],
        [
          'ConanCenter:openssl@3.2.1',
          'pkg:conan/openssl@3.2.1?rrev=3a0b1d4a0d7ac2b2b29bd6b4b5ad0e6e',
          'prod',
          5,
        ],
        ['ConanCenter:fmt@10.2.1', 'pkg:conan/fmt@10.2.1?rrev=9199a7a0611866dea5c8849a77467b25', 'prod', 6],
        [
          'ConanCenter:boost@1.84.0',
          'pkg:conan/acme/boost@1.84.0?channel=stable&rrev=c54e8dc1e2b3a7d1f0e6b5c4d3a2f1e0',
          'prod',
          7,
        ],
        [
          'ConanCenter:cmake@3.28.1',
          'pkg:conan/cmake@3.28.1?rrev=92f79424d7b65b12a84a2180866c3a78',
          'dev',
          10,
        ],
        [
          'ConanCenter:ninja@1.11.1',
          'pkg:conan/ninja@1.11.1?rrev=77587f8c8318662ac8e5a7867eb4be21',
          'dev',
          11,
        ],
      ],
    );
    assert.deepEqual(out.diagnostics, []);
  });
});

describe('cpp/conan-lock: Conan 1 graph lock', () => {
  const lock = {
    graph_lock: {
      nodes: {
        '0': { ref: 'app/1.0', requires: ['1'], build_requires: ['3'], path: 'conanfile.py' },
        '1': { ref: 'libpng/1.6.39', requires: ['2'] },
        '2': { ref: 'zlib/1.2.13' },
        '3': { ref: 'cmake/3.25.0', requires: ['2', '4'] },
        '4': { ref: 'openssl/3.0.8' },
      },
    },
    version: '0.4',
  };
  const out = run(JSON.stringify(lock, null, 1));
  it('the conanfile node is the project; scopes follow build requirements; the graph is kept', () => {
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.scopes.join(), p.direct, p.dependencies, p.locations[0]?.line]),
      [
        ['libpng', 'prod', true, ['ConanCenter:zlib@1.2.13'], 14],
        ['zlib', 'dev,prod', false, [], 20],
        ['cmake', 'dev', true, ['ConanCenter:openssl@3.0.8', 'ConanCenter:zlib@1.2.13'], 23],
        ['openssl', 'dev', false, [], 30],
      ],
    );
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.dependencies]),
      [
        [
          'ConanCenter:native',
          'app',
          '1.0',
          [
            { id: 'ConanCenter:libpng@1.6.39', scope: 'prod' },
            { id: 'ConanCenter:cmake@3.25.0', scope: 'dev' },
          ],
        ],
      ],
    );
  });
});

describe('cpp/conan-lock: bad input', () => {
  const bad: [string, string][] = [
    ['not JSON', 'x'],
    ['null', 'null'],
    ['an array', '[]'],
  ];
  for (const [name, text] of bad)
    it(`${name} is an InputError`, () => assert.throws(() => run(text), InputError));
  it('bad references are warnings; cycles in the graph terminate', () => {
    const out = run(
      JSON.stringify({
        graph_lock: {
          nodes: {
            '0': { path: 'x', requires: ['1'] },
            '1': { ref: 'a/1', requires: ['2'] },
            '2': { ref: 'b/1', requires: ['1'] },
            '3': { ref: 'e\u001b[31m' },
          },
        },
      }),
    );
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.dependencies]),
      [
        ['a', ['ConanCenter:b@1']],
        ['b', ['ConanCenter:a@1']],
      ],
    );
    assert.equal(out.diagnostics.length, 1);
    assert.ok(!out.diagnostics[0]!.message.includes('\u001b'));
    const v2 = run(JSON.stringify({ version: '0.5', requires: ['ok/1', 7, 'nope'], build_requires: 'x' }));
    assert.deepEqual(
      v2.diagnostics.map((d) => d.code),
      ['invalid-entry', 'invalid-entry', 'invalid-entry'],
    );
    assert.equal(v2.packages.length, 1);
  });
});
