import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { cabalFreezeExtractor, parseConstraint } from './index.js';

const FIXTURE = readFileSync(new URL('./__fixtures__/cabal.project.freeze', import.meta.url), 'utf8');

function run(text: string): ExtractionOutput {
  return extractMemory(cabalFreezeExtractor, 'cabal.project.freeze', { 'cabal.project.freeze': text });
}

describe('haskell/cabal-freeze: constraints', () => {
  const cases: [string, unknown][] = [
    [
      'any.aeson ==2.2.1.0',
      { kind: 'version', name: 'aeson', version: '2.2.1.0', exact: true, scope: 'prod' },
    ],
    ['foo ==1', { kind: 'version', name: 'foo', version: '1', exact: true, scope: 'prod' }],
    ['setup.Cabal ==3.10', { kind: 'version', name: 'Cabal', version: '3.10', exact: true, scope: 'dev' }],
    [
      'hspec:exe.hspec-discover ==2.11',
      { kind: 'version', name: 'hspec-discover', version: '2.11', exact: true, scope: 'dev' },
    ],
    [
      'any.vector >=0.13 && <0.14',
      { kind: 'version', name: 'vector', version: '>=0.13 && <0.14', exact: false, scope: 'prod' },
    ],
    ['any.text==2.0', { kind: 'version', name: 'text', version: '2.0', exact: true, scope: 'prod' }],
    ['hashable -arch-native +integer-gmp', { kind: 'flags', name: 'hashable' }],
    ['any.base installed', { kind: 'installed', name: 'base' }],
    ['any.x source', { kind: 'source', name: 'x' }],
    ['foo', { kind: 'invalid' }],
    ['b@d ==1', { kind: 'invalid' }],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(parseConstraint(text), want));
});

describe('haskell/cabal-freeze: a realistic freeze file', () => {
  const out = run(FIXTURE);
  it('pins, scopes, unresolved ranges and lines', () => {
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.resolution, p.scopes.join(), p.locations[0]?.line]),
      [
        ['Hackage:Cabal@3.10.2.0', 'pinned', 'prod', 2],
        ['Hackage:Cabal-syntax@3.10.2.0', 'pinned', 'prod', 3],
        ['Hackage:aeson@2.2.1.0', 'pinned', 'prod', 4],
        ['Hackage:base@4.18.1.0', 'pinned', 'prod', 6],
        ['Hackage:bytestring@0.11.5.3', 'pinned', 'prod', 7],
        ['Hackage:hashable@1.4.3.0', 'pinned', 'prod', 9],
        ['Hackage:directory@1.3.8.1', 'pinned', 'dev', 11],
        ['Hackage:text@2.0.2', 'pinned', 'prod', 12],
        ['Hackage:vector@>=0.13 && <0.14', 'unresolved', 'prod', 13],
      ],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['installed', 8],
        ['unpinned', 13],
      ],
    );
  });
});

describe('haskell/cabal-freeze: hostile input', () => {
  it('comments are dropped, stray lines are warnings, escapes quoted', () => {
    const out = run(
      '-- frozen\nconstraints: any.a ==1, -- trailing\n  any.b ==2\nnot a field\n  any.c ==3\n  x\u001b[31m\n',
    );
    assert.deepEqual(
      out.packages.map((p) => p.name),
      ['a', 'b'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['invalid-line', 4]],
    );
    const bad = run('constraints: e\u001b[31m ==1\n');
    assert.ok(!bad.diagnostics[0]!.message.includes('\u001b'));
  });
  it('a huge constraints field is read in one pass', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `             any.p${i} ==1.${i}`).join(',\n');
    const out = run(`constraints: ${items.trimStart()}\n`);
    assert.equal(out.packages.length, 20_000);
    assert.equal(out.packages[19_999]!.locations[0]!.line, 20_000);
  });
});
