import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { goModExtractor } from './index.js';

const run = (text: string) => extractMemory(goModExtractor, 'go.mod', { 'go.mod': text });

type Want = [version: string, resolution: string, line: number] | undefined;

describe('go/go-mod: the stdlib / toolchain version from the go and toolchain lines', () => {
  const cases: Array<[name: string, text: string, want: Want, codes: string[]]> = [
    ['go 1.22 is a minimum', 'module m\ngo 1.22\n', ['>=1.22', 'unresolved', 2], []],
    ['go 1.22.3 is a minimum too', 'module m\ngo 1.22.3\n', ['>=1.22.3', 'unresolved', 2], []],
    ['toolchain go1.22.5 pins', 'go 1.22.0\ntoolchain go1.22.5\n', ['1.22.5', 'pinned', 2], []],
    [
      'a custom toolchain suffix is dropped',
      'go 1.23\ntoolchain go1.23.6-xyz\n',
      ['1.23.6', 'pinned', 2],
      [],
    ],
    ['a release candidate pins', 'go 1.21rc1\ntoolchain go1.21rc2\n', ['1.21rc2', 'pinned', 2], []],
    ['toolchain without patch is a minimum', 'go 1.20\ntoolchain go1.21\n', ['>=1.21', 'unresolved', 2], []],
    ['toolchain default defers to go', 'go 1.22\ntoolchain default\n', ['>=1.22', 'unresolved', 1], []],
    [
      'a toolchain older than go is ignored',
      'go 1.22.3\ntoolchain go1.22.1\n',
      ['>=1.22.3', 'unresolved', 1],
      ['go-toolchain-ignored'],
    ],
    [
      'a toolchain that is no Go release',
      'go 1.22\ntoolchain gcc-14\n',
      ['>=1.22', 'unresolved', 1],
      ['go-toolchain-invalid'],
    ],
    ['a bad toolchain and no go line', 'toolchain 1.22.3\n', undefined, ['go-toolchain-invalid']],
    ['a go line that is no version', 'go banana\n', undefined, ['go-version-invalid']],
    ['no go line: no stdlib', 'module m\nrequire example.com/a v1.0.0\n', undefined, []],
  ];
  for (const [name, text, want, codes] of cases) {
    it(name, () => {
      const out = run(text);
      const got = out.packages.filter((p) => p.source.kind === 'toolchain');
      assert.deepEqual(
        got.map((p) => [p.name, p.version, p.resolution, p.locations[0]?.line]),
        want ? ['stdlib', 'toolchain'].map((n) => [n, ...want]) : [],
      );
      assert.deepEqual(
        out.diagnostics.map((d) => d.code),
        codes,
      );
    });
  }

  it('unresolved: no version in the purl; the module project depends on both (stdlib prod, toolchain dev)', () => {
    const out = run('module example.com/m\ngo 1.22\n');
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.purl, p.scopes, p.direct]),
      [
        ['Go:stdlib@>=1.22#toolchain', 'pkg:golang/stdlib', ['prod'], true],
        ['Go:toolchain@>=1.22#toolchain', 'pkg:golang/toolchain', ['dev'], true],
      ],
    );
    assert.deepEqual(out.projects[0]?.dependencies, [
      { id: 'Go:stdlib@>=1.22#toolchain', scope: 'prod' },
      { id: 'Go:toolchain@>=1.22#toolchain', scope: 'dev' },
    ]);
  });

  it('hostile toolchain text is quoted in the message and bounded', () => {
    const out = run(`go 1.22\ntoolchain go\u001b[31m${'9'.repeat(5000)}\n`);
    const d = out.diagnostics.find((x) => x.code === 'go-toolchain-invalid');
    assert.ok(d, 'diagnostic');
    assert.ok(!d.message.includes('\u001b'), d.message);
    assert.ok(d.message.length < 1000, `${d.message.length} characters`);
  });
});
