import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { mixLockExtractor } from './index.js';
import { parseTerm } from './term.js';

const FIXTURE = readFileSync(new URL('./__fixtures__/mix.lock', import.meta.url), 'utf8');

function run(text: string): ExtractionOutput {
  return extractMemory(mixLockExtractor, 'apps/web/mix.lock', { 'apps/web/mix.lock': text });
}

describe('elixir/mix-lock: term reader', () => {
  it('reads maps, tuples, lists, atoms, keywords and strings with lines', () => {
    const t = parseTerm('%{\n  "a": {:hex, :"q a", "1", [x: true, y: -1], nil},\n}\n', 'mix.lock');
    assert.deepEqual(t, {
      t: 'map',
      line: 1,
      items: [
        {
          t: 'pair',
          key: 'a',
          line: 2,
          value: {
            t: 'tuple',
            line: 2,
            items: [
              { t: 'atom', v: 'hex', line: 2 },
              { t: 'atom', v: 'q a', line: 2 },
              { t: 'str', v: '1', line: 2 },
              {
                t: 'list',
                line: 2,
                items: [
                  { t: 'pair', key: 'x', line: 2, value: { t: 'word', v: 'true', line: 2 } },
                  { t: 'pair', key: 'y', line: 2, value: { t: 'word', v: '-1', line: 2 } },
                ],
              },
              { t: 'word', v: 'nil', line: 2 },
            ],
          },
        },
      ],
    });
  });

  const bad: [string, string, number][] = [
    ['unterminated string', '%{\n  "a": {:hex, "x}\n', 2],
    ['unclosed bracket', '%{\n  "a": {:hex,\n', 2],
    ['mismatched', '%{\n "a": [1}\n}', 2],
    ['code is not data', '%{\n  "a": Enum.map(x)\n}', 2],
    ['two values', '%{} %{}', 1],
  ];
  for (const [name, text, line] of bad) {
    it(`${name}: InputError with the line`, () => {
      assert.throws(
        () => parseTerm(text, 'mix.lock'),
        (e: unknown) =>
          e instanceof InputError && e.line === line && e.message.startsWith(`mix.lock:${line}:`),
      );
    });
  }
});

describe('elixir/mix-lock: a realistic lockfile', () => {
  const out = run(FIXTURE);
  it('lists hex and git packages with purls and lines', () => {
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.purl, p.locations[0]?.line]),
      [
        ['Hex:castore@1.0.5', 'pkg:hex/castore@1.0.5', 2],
        ['Hex:finch@0.18.0', 'pkg:hex/finch@0.18.0', 3],
        ['Hex:internal_auth@0.3.1', 'pkg:hex/acme/internal_auth@0.3.1', 4],
        ['Hex:mime@2.0.5', 'pkg:hex/mime@2.0.5', 5],
        ['Hex:mint@1.5.2', 'pkg:hex/mint@1.5.2', 6],
        [
          'Hex:my_fork@#git:0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
          'pkg:hex/my_fork?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Fmy_fork.git%400a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
          7,
        ],
        ['Hex:nimble_options@1.1.0', 'pkg:hex/nimble_options@1.1.0', 8],
        ['Hex:nimble_pool@1.0.0', 'pkg:hex/nimble_pool@1.0.0', 9],
        ['Hex:telemetry@1.2.1', 'pkg:hex/telemetry@1.2.1', 10],
      ],
    );
  });
  it('keeps dependency edges to locked packages only', () => {
    const finch = out.packages.find((p) => p.name === 'finch')!;
    assert.deepEqual(finch.dependencies, [
      'Hex:castore@1.0.5',
      'Hex:mime@2.0.5',
      'Hex:mint@1.5.2',
      'Hex:nimble_options@1.1.0',
      'Hex:nimble_pool@1.0.0',
      'Hex:telemetry@1.2.1',
    ]);
    assert.deepEqual(out.packages.find((p) => p.name === 'mint')!.dependencies, ['Hex:castore@1.0.5']);
    assert.equal(
      out.packages[0]!.source.integrity,
      '9eeebb394cc9a0f3ae56b813459f990abb0a3dedee1be6b27fdb50301930502f',
    );
    assert.deepEqual(out.diagnostics, []);
  });
});

describe('elixir/mix-lock: bad entries and hostile input', () => {
  it('bad entries are warnings with lines, the rest is kept', () => {
    const out = run(
      '%{\n  "a": {:hex, },\n  "b": {:svn, "x"},\n  "c": 1,\n  "ok": {:hex, :ok, "1.0.0", "c", [:mix], [], "hexpm", "o"},\n}\n',
    );
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-entry', 2],
        ['unsupported-source', 3],
        ['invalid-entry', 4],
      ],
    );
    assert.deepEqual(
      out.packages.map((p) => p.id),
      ['Hex:ok@1.0.0'],
    );
  });
  it('a list at the top is an InputError', () => {
    assert.throws(() => run('[]'), InputError);
  });
  it('deep nesting is refused before it can exhaust anything', () => {
    assert.throws(() => run(`%{"a": ${'['.repeat(100_000)}`), /nested deeper than 64/);
  });
  it('terminal escapes in names are quoted in messages', () => {
    const out = run('%{\n  "evil\\e[31m": {:hex},\n}\n');
    assert.ok(!out.diagnostics[0]!.message.includes('\u001b'));
    assert.match(out.diagnostics[0]!.message, /evil\\u001b\[31m/);
  });
  it('thousands of entries are read', () => {
    const entries = Array.from(
      { length: 5000 },
      (_, i) =>
        `  "p${i}": {:hex, :p${i}, "1.0.${i}", "c", [:mix], [{:p${(i + 1) % 5000}, "~> 1.0", [hex: :p${(i + 1) % 5000}]}], "hexpm", "o"},`,
    );
    const out = run(`%{\n${entries.join('\n')}\n}\n`);
    assert.equal(out.packages.length, 5000);
    assert.equal(out.packages[4999]!.locations[0]!.line, 5001);
    assert.deepEqual(out.packages[4999]!.dependencies, ['Hex:p0@1.0.0']);
  });
});
