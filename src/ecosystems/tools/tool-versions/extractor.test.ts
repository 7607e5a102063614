import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { isFullVersion, toolVersionsExtractor, unpinnedReason } from './index.js';

const FIXTURE = readFileSync(new URL('./__fixtures__/.tool-versions', import.meta.url), 'utf8');

function run(path: string, text: string): ExtractionOutput {
  return extractMemory(toolVersionsExtractor, path, { [path]: text });
}

function view(out: ExtractionOutput) {
  return out.packages.map((p) => [
    p.ecosystem,
    p.name,
    p.version,
    p.purl,
    p.resolution,
    p.locations[0]?.line,
  ]);
}

describe('tools/tool-versions: versions', () => {
  const full: [string, boolean][] = [
    ['20.11.0', true],
    ['3.12.1', true],
    ['1.22.0-rc1', true],
    ['20', false],
    ['3.12', false],
    ['3.12.', false],
    ['lts/iron', false],
  ];
  for (const [v, want] of full) it(`${v} full: ${want}`, () => assert.equal(isFullVersion(v), want));
  const reasons: [string, boolean, boolean][] = [
    ['system', false, true],
    ['latest', false, true],
    ['ref:abc', false, true],
    ['path:/opt/x', false, true],
    ['temurin-17.0.9+9', false, false],
    ['temurin-17.0.9+9', true, true],
    ['17', false, false],
    ['17', true, true],
  ];
  for (const [v, strict, unpinned] of reasons) {
    it(`${v} (strict ${strict}) unpinned: ${unpinned}`, () =>
      assert.equal(unpinnedReason(v, strict) !== undefined, unpinned));
  }
});

describe('tools/tool-versions: files', () => {
  it('.tool-versions: every tool and fallback version, aliases mapped', () => {
    const out = run('.tool-versions', FIXTURE);
    assert.deepEqual(view(out), [
      ['runtime:node', 'node', '20.11.0', 'pkg:generic/node@20.11.0', 'pinned', 2],
      ['runtime:python', 'python', '3.12.1', 'pkg:generic/python@3.12.1', 'pinned', 3],
      ['runtime:python', 'python', '3.11.7', 'pkg:generic/python@3.11.7', 'pinned', 3],
      ['runtime:go', 'go', '1.22.0', 'pkg:generic/go@1.22.0', 'pinned', 4],
      ['runtime:terraform', 'terraform', '1.6.6', 'pkg:generic/terraform@1.6.6', 'pinned', 5],
      ['runtime:java', 'java', 'temurin-17.0.9+9', 'pkg:generic/java@temurin-17.0.9%2B9', 'pinned', 6],
      ['runtime:ruby', 'ruby', 'system', 'pkg:generic/ruby', 'unresolved', 7],
    ]);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [['unpinned-tool', 7]],
    );
  });

  const single: [string, string, [string, string, string][]][] = [
    ['.nvmrc', 'v20.11.0\n', [['node', '20.11.0', 'pinned']]],
    ['.nvmrc', 'lts/*\n', [['node', 'lts/*', 'unresolved']]],
    ['.nvmrc', '# pinned for CI\n20\n', [['node', '20', 'unresolved']]],
    ['.node-version', '18.19.0', [['node', '18.19.0', 'pinned']]],
    [
      '.python-version',
      '3.12.1\n3.11\n',
      [
        ['python', '3.12.1', 'pinned'],
        ['python', '3.11', 'unresolved'],
      ],
    ],
    ['.ruby-version', 'ruby-3.3.0\n', [['ruby', '3.3.0', 'pinned']]],
    ['.nvmrc', '', []],
  ];
  for (const [path, text, want] of single) {
    it(`${path}: ${JSON.stringify(text)}`, () => {
      const out = run(`app/${path}`, text);
      assert.deepEqual(
        out.packages.map((p) => [p.name, p.version, p.resolution]),
        want,
      );
      assert.equal(out.diagnostics.length, want.filter((w) => w[2] === 'unresolved').length);
    });
  }
});

describe('tools/tool-versions: hostile input', () => {
  it('a tool without a version is a warning; escapes are quoted; big files are read', () => {
    const out = run('.tool-versions', 'nodejs\nevil\u001b[31m system\n');
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-entry', 1],
        ['unpinned-tool', 2],
      ],
    );
    assert.ok(!out.diagnostics.some((d) => d.message.includes('\u001b')));
    const many = Array.from({ length: 10_000 }, (_, i) => `tool${i} 1.0.${i}`).join('\n');
    assert.equal(run('.tool-versions', many).packages.length, 10_000);
  });
});
