/**
 * osv-scalibr has go.mod fixtures but no expected-results file for them in ../shared, so the
 * expectations here are Sterling's own (read from the fixtures, never copied). Where Sterling differs
 * from scalibr on purpose: the `go` / `toolchain` lines give `stdlib` and `toolchain` packages of
 * source kind `toolchain` (compared apart below), unresolved `>=1.23` when only the go line (a minimum)
 * names the version where scalibr reports a pinned `1.23`; a local replacement (`=> ./fork/net`) is reported as a
 * Diagnostic instead of being dropped silently; go.sum is read only when it is named go.sum (the fixture's is
 * indirect-1.16.sum, so a separate case passes it as go.sum).
 * Also the purl-spec test vectors for the `golang` type.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scalibrFixture, scalibrSkip } from '../../../../test/helpers/conformance.js';
import { extractDisk, extractMemory } from '../../../../test/helpers/extract.js';
import { needsShared, readSharedJson } from '../../../../test/helpers/shared.js';
import { InputError } from '../../../core/errors/index.js';
import type { Package } from '../../../core/model/package.js';
import { goModExtractor } from './index.js';
import { makeGoPackage } from './module.js';

const DIR = 'golang/gomod';

/** The module packages, without the stdlib / toolchain ones (tested apart). */
const modules = (packages: readonly Package[]) => packages.filter((p) => p.source.kind !== 'toolchain');

type Row = [name: string, version: string, direct: boolean, aliases?: string[]];

const CASES: Array<{ fixture: string; packages: Row[]; codes: string[] }> = [
  { fixture: 'empty.mod', packages: [], codes: [] },
  { fixture: 'one-package.mod', packages: [['github.com/BurntSushi/toml', 'v1.0.0', true]], codes: [] },
  {
    fixture: 'two-packages.mod',
    packages: [
      ['github.com/BurntSushi/toml', 'v1.0.0', true],
      ['gopkg.in/yaml.v2', 'v2.4.0', true],
    ],
    codes: [],
  },
  {
    fixture: 'indirect-packages.mod',
    packages: [
      ['github.com/BurntSushi/toml', 'v1.0.0', true],
      ['gopkg.in/yaml.v2', 'v2.4.0', true],
      ['github.com/mattn/go-colorable', 'v0.1.9', false],
      ['github.com/mattn/go-isatty', 'v0.0.14', false],
      ['golang.org/x/sys', 'v0.0.0-20210630005230-0f9fa26af87c', false],
    ],
    codes: [],
  },
  {
    fixture: 'indirect-1.16.mod',
    packages: [['github.com/sirupsen/logrus', 'v1.9.3', true]],
    codes: [],
  },
  {
    fixture: 'indirect-1.23.mod',
    packages: [
      ['github.com/sirupsen/logrus', 'v1.9.3', true],
      ['golang.org/x/sys', 'v0.0.0-20220715151400-c0bba94af5f8', false],
    ],
    codes: [],
  },
  {
    fixture: 'replace-one.mod',
    packages: [['example.com/fork/net', 'v1.4.5', true, ['golang.org/x/net']]],
    codes: [],
  },
  {
    fixture: 'replace-different.mod',
    packages: [
      ['example.com/fork/foe', 'v1.4.5', true, ['golang.org/x/net']],
      ['example.com/fork/foe', 'v1.4.2', true, ['golang.org/x/net']],
    ],
    codes: [],
  },
  {
    fixture: 'replace-mixed.mod',
    packages: [
      ['example.com/fork/net', 'v1.4.5', true, ['golang.org/x/net']],
      ['golang.org/x/net', 'v0.5.6', true],
    ],
    codes: [],
  },
  {
    fixture: 'replace-no-version.mod',
    packages: [['example.com/fork/net', 'v1.4.5', true, ['golang.org/x/net']]],
    codes: [],
  },
  {
    fixture: 'replace-not-required.mod',
    packages: [
      ['golang.org/x/net', 'v0.5.6', true],
      ['github.com/BurntSushi/toml', 'v1.0.0', true],
    ],
    codes: [],
  },
  {
    fixture: 'replace-local.mod',
    packages: [['github.com/BurntSushi/toml', 'v1.0.0', true]],
    codes: ['go-local-replace'],
  },
  {
    fixture: 'toolchain.mod',
    packages: [['github.com/BurntSushi/toml', 'v1.0.0', true]],
    codes: [],
  },
  {
    fixture: 'toolchain-with-suffix.mod',
    packages: [['github.com/BurntSushi/toml', 'v1.0.0', true]],
    codes: [],
  },
];

describe('osv-scalibr go.mod fixtures (Sterling expectations)', { skip: scalibrSkip(DIR) }, () => {
  for (const c of CASES) {
    it(c.fixture, () => {
      const out = extractDisk(goModExtractor, scalibrFixture(DIR, 'testdata', c.fixture));
      assert.deepEqual(
        modules(out.packages).map(
          (p): Row => (p.aliases ? [p.name, p.version, p.direct, p.aliases] : [p.name, p.version, p.direct]),
        ),
        c.packages,
      );
      assert.deepEqual(
        out.diagnostics.map((d) => d.code),
        c.codes,
      );
    });
  }

  it('not-go-mod.mod is refused naming the file and line', () => {
    assert.throws(
      () => extractDisk(goModExtractor, scalibrFixture(DIR, 'testdata', 'not-go-mod.mod')),
      (err: unknown) => err instanceof InputError && err.line === 1 && err.path === 'not-go-mod.mod',
    );
  });

  const stdlib: Array<[fixture: string, version: string, resolution: string, line: number]> = [
    ['toolchain.mod', '1.23.6', 'pinned', 5],
    ['toolchain-with-suffix.mod', '1.23.6', 'pinned', 5],
    ['indirect-1.23.mod', '>=1.23', 'unresolved', 3],
    ['indirect-1.16.mod', '>=1.16', 'unresolved', 3],
    ['two-packages.mod', '>=1.17', 'unresolved', 3],
    ['one-package.mod', '', '', 0],
  ];
  for (const [fixture, version, resolution, line] of stdlib) {
    it(`${fixture}: the stdlib and toolchain packages ${version || '(none)'} ${resolution}`, () => {
      const out = extractDisk(goModExtractor, scalibrFixture(DIR, 'testdata', fixture));
      const got = out.packages.filter((p) => p.source.kind === 'toolchain');
      const want = version
        ? ['stdlib', 'toolchain'].map((name) => [name, version, resolution, line, true])
        : [];
      assert.deepEqual(
        got.map((p) => [p.name, p.version, p.resolution, p.locations[0]?.line, p.direct]),
        want,
      );
    });
  }

  it('indirect-1.16.mod with its go.sum beside it (as go.sum): the transitive modules come from go.sum', () => {
    const read = (n: string) => readFileSync(scalibrFixture(DIR, 'testdata', n), 'utf8');
    const out = extractMemory(goModExtractor, 'go.mod', {
      'go.mod': read('indirect-1.16.mod'),
      'go.sum': read('indirect-1.16.sum'),
    });
    assert.deepEqual(
      modules(out.packages).map((p) => [p.name, p.version, p.direct]),
      [
        ['github.com/sirupsen/logrus', 'v1.9.3', true],
        ['github.com/davecgh/go-spew', 'v1.1.1', false],
        ['github.com/pmezard/go-difflib', 'v1.0.0', false],
        ['github.com/stretchr/testify', 'v1.7.0', false],
        ['golang.org/x/sys', 'v0.0.0-20220715151400-c0bba94af5f8', false],
        ['gopkg.in/yaml.v3', 'v3.0.0-20200313102051-9f266ea9e77c', false],
      ],
    );
  });

  it('replace-no-version.mod: both required versions become one replacement package with every line', () => {
    const out = extractDisk(goModExtractor, scalibrFixture(DIR, 'testdata', 'replace-no-version.mod'));
    assert.deepEqual(
      out.packages[0]?.locations.map((l) => l.line),
      [2, 7, 3],
    );
  });
});

interface PurlTest {
  test_type: string;
  input: unknown;
  expected_output: unknown;
}
const PURL_TESTS = ['conformance', 'purl-spec', 'tests', 'types', 'golang-test.json'] as const;

describe('purl-spec: golang build vectors', { skip: needsShared(...PURL_TESTS) }, () => {
  const tests = readSharedJson<{ tests: PurlTest[] }>(...PURL_TESTS).tests.filter(
    (t) => t.test_type === 'build' && (t.input as { subpath?: string | null }).subpath == null,
  );
  it('has build vectors without subpath', () => assert.ok(tests.length > 0));
  for (const t of tests) {
    const input = t.input as { namespace: string; name: string; version: string | null };
    it(String(t.expected_output), () => {
      // The module path as go.mod writes it; makeGoPackage splits it at the last "/".
      const pkg = makeGoPackage({
        path: `${input.namespace}/${input.name}`,
        version: input.version ?? '',
        locations: [],
        direct: true,
      });
      assert.equal(pkg.purl, t.expected_output);
    });
  }
});
