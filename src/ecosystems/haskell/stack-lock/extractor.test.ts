import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { parseHackageId, stackLockExtractor } from './index.js';

const FIXTURE = readFileSync(new URL('./__fixtures__/stack.yaml.lock', import.meta.url), 'utf8');

function run(text: string): ExtractionOutput {
  return extractMemory(stackLockExtractor, 'stack.yaml.lock', { 'stack.yaml.lock': text });
}

describe('haskell/stack-lock: hackage ids', () => {
  const cases: [string, unknown][] = [
    ['fuzzyset-0.2.4@sha256:f1b6,1618', { name: 'fuzzyset', version: '0.2.4', hash: 'sha256:f1b6' }],
    ['postgresql-libpq-0.10.1.0', { name: 'postgresql-libpq', version: '0.10.1.0' }],
    ['nover', undefined],
    ['name-abc', undefined],
    ['-1.0', undefined],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(parseHackageId(text), want));
});

describe('haskell/stack-lock: a realistic lockfile', () => {
  const out = run(FIXTURE);
  it('hackage and git extra-deps with sources and lines', () => {
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.purl, p.source.kind, p.locations[0]?.line]),
      [
        ['Hackage:servant@0.20.1', 'pkg:hackage/servant@0.20.1', 'registry', 8],
        [
          'Hackage:my-forked-lib@0.3.0.1#git:4f1d5a2e9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49',
          'pkg:hackage/my-forked-lib@0.3.0.1?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Fmy-forked-lib.git%404f1d5a2e9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49',
          'git',
          17,
        ],
      ],
    );
    assert.equal(
      out.packages[0]!.source.integrity,
      'sha256:8b4f4bd8b4b09c0ee3c4e0d52f2e86c2ab3bb7e1b1b3f1c7e6d2a9b0c8e7f6a5',
    );
  });
  it('names the snapshot it does not expand', () => {
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.line]),
      [['info', 'snapshot', 30]],
    );
    assert.match(out.diagnostics[0]!.message, /"lts-21.25"/);
  });
});

describe('haskell/stack-lock: bad input', () => {
  it('empty or package-less files have no packages; a list is an InputError', () => {
    assert.deepEqual(run('').packages, []);
    assert.deepEqual(run('packages:\n').packages, []);
    assert.throws(() => run('- a\n'), InputError);
    assert.throws(() => run('packages: [\n'), InputError);
  });
  it('unreadable entries are warnings; escapes are quoted', () => {
    const out = run('packages:\n- completed:\n    hackage: "e\\e[31m"\n- completed: {}\n- 7\n');
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['invalid-entry', 'invalid-entry', 'invalid-entry'],
    );
    assert.ok(!out.diagnostics.some((d) => d.message.includes('\u001b')));
  });
});
