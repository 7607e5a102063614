import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import type { Package } from '../../../core/model/package.js';
import { cargoLockExtractor } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

/** Every file below `dir`, keyed by its path relative to `dir` (POSIX). */
function loadTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function byName(packages: readonly Package[], name: string, version?: string): Package {
  const p = packages.find((x) => x.name === name && (version === undefined || x.version === version));
  assert.ok(p, `package ${name} ${version ?? ''}`);
  return p;
}

describe('rust/cargo-lock: a v4 workspace with members, path, git and sparse sources', () => {
  const out = extractMemory(cargoLockExtractor, 'Cargo.lock', loadTree(join(FIXTURES, 'workspace')));

  it('reports workspace members as projects with their scoped direct dependencies', () => {
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.path, p.location.line]),
      [
        ['crates.io:crates/app', 'acme-app', '0.3.1', 'crates/app', 6],
        ['crates.io:crates/core', 'acme-core', '0.3.1', 'crates/core', 19],
      ],
    );
    assert.deepEqual(out.projects[0]?.dependencies, [
      { id: 'crates.io:anyhow@1.0.86', scope: 'prod' },
      { id: 'crates.io:cc@1.0.98', scope: 'prod' },
      { id: 'crates.io:crates/core', scope: 'prod' },
      { id: 'crates.io:http@1.1.0#git:9f5b8e1c2d3a4b5c6d7e8f90a1b2c3d4e5f60718', scope: 'prod' },
      { id: 'crates.io:libc@0.2.155', scope: 'prod' },
      { id: 'crates.io:log@0.4.21', scope: 'prod' },
      { id: 'crates.io:tempfile@3.10.1', scope: 'dev' },
    ]);
    assert.deepEqual(out.projects[1]?.dependencies, [
      { id: 'crates.io:serde@1.0.203', scope: 'prod' },
      { id: 'crates.io:serde_json@1.0.117', scope: 'dev' },
    ]);
  });

  it('never reports a member as a package, and keeps every third-party crate', () => {
    assert.deepEqual(out.packages.map((p) => p.name).sort(), [
      'anyhow',
      'cc',
      'http',
      'itoa',
      'libc',
      'log',
      'ryu',
      'serde',
      'serde_json',
      'tempfile',
      'windows-sys',
    ]);
  });

  const cases: Array<[string, boolean, string[], number]> = [
    ['anyhow', true, ['prod'], 27],
    ['cc', true, ['prod'], 33],
    ['http', true, ['prod'], 39],
    ['itoa', false, ['prod', 'dev'], 47],
    ['libc', true, ['prod', 'dev'], 53],
    ['serde_json', true, ['dev'], 71],
    ['ryu', false, ['dev'], 82],
    ['tempfile', true, ['dev'], 88],
    ['windows-sys', false, ['dev'], 98],
  ];
  for (const [name, direct, scopes, line] of cases) {
    it(`${name}: direct ${direct}, scopes ${scopes.join('+')}, line ${line}`, () => {
      const p = byName(out.packages, name);
      assert.equal(p.direct, direct);
      assert.deepEqual(p.scopes, scopes);
      assert.deepEqual(p.locations, [{ path: 'Cargo.lock', line }]);
    });
  }

  it('git source keeps the repository and the pinned commit (also in the purl)', () => {
    const http = byName(out.packages, 'http');
    assert.deepEqual(http.source, {
      kind: 'git',
      url: 'https://github.com/acme/http',
      commit: '9f5b8e1c2d3a4b5c6d7e8f90a1b2c3d4e5f60718',
    });
    assert.equal(
      http.purl,
      'pkg:cargo/http@1.1.0?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Facme%2Fhttp%409f5b8e1c2d3a4b5c6d7e8f90a1b2c3d4e5f60718',
    );
    assert.deepEqual(http.dependencies, ['crates.io:itoa@1.0.11']);
  });

  it('registry and sparse crates.io sources are the default registry; checksums become sha256 integrity', () => {
    const itoa = byName(out.packages, 'itoa');
    assert.equal(itoa.id, 'crates.io:itoa@1.0.11');
    assert.equal(itoa.purl, 'pkg:cargo/itoa@1.0.11');
    assert.equal(
      Buffer.from(itoa.source.integrity?.slice('sha256-'.length) ?? '', 'base64').toString('hex'),
      '49f1f14873335454500d59611f1cf4a4b0f786f9ac11f4312a78e4cf2566695b',
    );
    assert.equal(itoa.source.kind, 'registry');
    assert.equal(itoa.source.url, undefined);
  });

  it('edges written as "name version" resolve', () => {
    assert.deepEqual(byName(out.packages, 'tempfile').dependencies, [
      'crates.io:libc@0.2.155',
      'crates.io:windows-sys@0.52.0',
    ]);
  });

  it('no warnings on a well-formed workspace', () => {
    assert.deepEqual(out.diagnostics, []);
  });
});

describe('rust/cargo-lock: v1 with [metadata] checksums and full dependency strings', () => {
  const files = {
    'Cargo.lock': readFileSync(join(FIXTURES, 'v1.lock'), 'utf8'),
    'Cargo.toml': readFileSync(join(FIXTURES, 'v1-Cargo.toml'), 'utf8'),
  };
  const out = extractMemory(cargoLockExtractor, 'Cargo.lock', files);

  it('the root package is a project; both rand versions are direct (one through a rename)', () => {
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name]),
      [['crates.io:.', 'hello']],
    );
    assert.deepEqual(out.projects[0]?.dependencies, [
      { id: 'crates.io:rand@0.7.3', scope: 'prod' },
      { id: 'crates.io:rand@0.8.5', scope: 'prod' },
    ]);
    assert.equal(byName(out.packages, 'rand', '0.8.5').direct, true);
    assert.equal(byName(out.packages, 'bitflags').direct, false);
  });

  it('edges with a source in parentheses resolve; checksums come from [metadata]', () => {
    const rand = byName(out.packages, 'rand', '0.7.3');
    assert.deepEqual(rand.dependencies, ['crates.io:bitflags@1.2.1']);
    assert.ok(rand.source.integrity?.startsWith('sha256-'));
    assert.ok(byName(out.packages, 'bitflags').source.integrity?.startsWith('sha256-'));
  });
});

describe('rust/cargo-lock: inline cases', () => {
  const lock = (body: string) => `version = 3\n\n${body}`;
  const cases: Array<{
    name: string;
    files: Record<string, string>;
    want: Array<[string, string, string | undefined]>;
    codes: string[];
  }> = [
    {
      name: 'v2 (no version key, inline checksum)',
      files: {
        'Cargo.lock':
          '[[package]]\nname = "a"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "0000000000000000000000000000000000000000000000000000000000000000"\n',
      },
      want: [['a', '1.0.0', 'registry']],
      codes: [],
    },
    {
      name: 'alternative registry keeps its index URL',
      files: {
        'Cargo.lock': lock(
          '[[package]]\nname = "b"\nversion = "2.0.0"\nsource = "sparse+https://crates.example.com/index/"\n',
        ),
      },
      want: [['b', '2.0.0', 'registry https://crates.example.com/index/']],
      codes: [],
    },
    {
      name: 'local package without a Cargo.toml beside the lock stays a file package',
      files: { 'Cargo.lock': lock('[[package]]\nname = "local"\nversion = "0.1.0"\n') },
      want: [['local', '0.1.0', 'file']],
      codes: ['manifest-missing'],
    },
    {
      name: 'local package the manifests do not name',
      files: {
        'Cargo.lock': lock('[[package]]\nname = "stray"\nversion = "0.1.0"\n'),
        'Cargo.toml': '[package]\nname = "root"\nversion = "0.1.0"\n',
      },
      want: [['stray', '0.1.0', 'file']],
      codes: ['local-package'],
    },
    {
      name: 'dependency with no entry is a warning, the package stays',
      files: {
        'Cargo.lock': lock(
          '[[package]]\nname = "c"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\ndependencies = ["ghost"]\n',
        ),
      },
      want: [['c', '1.0.0', 'registry']],
      codes: ['unresolved-dependency'],
    },
    {
      name: 'unknown source kind is kept and reported',
      files: { 'Cargo.lock': lock('[[package]]\nname = "d"\nversion = "1.0.0"\nsource = "weird+thing"\n') },
      want: [['d', '1.0.0', 'registry weird+thing']],
      codes: ['unsupported-source'],
    },
    {
      name: 'entry without version is skipped with a warning, the rest kept',
      files: {
        'Cargo.lock': lock(
          '[[package]]\nname = "e"\n\n[[package]]\nname = "f"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
        ),
      },
      want: [['f', '1.0.0', 'registry']],
      codes: ['invalid-entry'],
    },
    {
      name: 'future lockfile version is read with a warning',
      files: {
        'Cargo.lock':
          'version = 9\n[[package]]\nname = "g"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
      },
      want: [['g', '1.0.0', 'registry']],
      codes: ['unsupported-lockfile-version'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = extractMemory(cargoLockExtractor, 'Cargo.lock', c.files);
      assert.deepEqual(
        out.packages.map((p) => [
          p.name,
          p.version,
          p.source.url ? `${p.source.kind} ${p.source.url}` : p.source.kind,
        ]),
        c.want,
      );
      assert.deepEqual(
        out.diagnostics.map((d) => d.code),
        c.codes,
      );
    });
  }

  it('a lockfile in a subfolder reads the Cargo.toml beside it', () => {
    const out = extractMemory(cargoLockExtractor, 'svc/Cargo.lock', {
      'svc/Cargo.lock': lock('[[package]]\nname = "svc"\nversion = "0.1.0"\n'),
      'svc/Cargo.toml': '[package]\nname = "svc"\nversion = "0.1.0"\n',
    });
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.path, p.location]),
      [['crates.io:svc', 'svc', { path: 'svc/Cargo.lock', line: 4 }]],
    );
    assert.deepEqual(out.packages, []);
  });

  it('a [patch] pointing at a local folder makes that crate first-party, not a package', () => {
    const out = extractMemory(cargoLockExtractor, 'Cargo.lock', {
      'Cargo.lock': lock(
        `[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["mio"]\n\n[[package]]\nname = "mio"\nversion = "1.0.0"\n`,
      ),
      'Cargo.toml':
        '[package]\nname = "app"\nversion = "0.1.0"\n[dependencies]\nmio = "1"\n[patch.crates-io]\nmio = { path = "patched/mio" }\n',
      'patched/mio/Cargo.toml': '[package]\nname = "mio"\nversion = "1.0.0"\n',
    });
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.dependencies]),
      [
        ['crates.io:.', [{ id: 'crates.io:patched/mio', scope: 'prod' }]],
        ['crates.io:patched/mio', []],
      ],
    );
    assert.deepEqual(out.packages, []);
  });

  it('optional (feature-gated) dependencies get the optional scope; prod wins when also required', () => {
    const reg = 'source = "registry+https://github.com/rust-lang/crates.io-index"';
    const out = extractMemory(cargoLockExtractor, 'Cargo.lock', {
      'Cargo.lock': lock(
        `[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["opt", "both"]\n\n[[package]]\nname = "opt"\nversion = "1.0.0"\n${reg}\n\n[[package]]\nname = "both"\nversion = "1.0.0"\n${reg}\n`,
      ),
      'Cargo.toml':
        '[package]\nname = "app"\nversion = "0.1.0"\n[dependencies]\nopt = { version = "1", optional = true }\n[target.\'cfg(unix)\'.dependencies]\nboth = { version = "1", optional = true }\n[build-dependencies]\nboth = "1"\n',
    });
    assert.deepEqual(
      out.packages.map((p) => [p.name, p.scopes]),
      [
        ['opt', ['optional']],
        ['both', ['prod']],
      ],
    );
  });

  it('matches Cargo.lock by basename only', () => {
    assert.equal(cargoLockExtractor.matches('Cargo.lock'), true);
    assert.equal(cargoLockExtractor.matches('a/b/Cargo.lock'), true);
    assert.equal(cargoLockExtractor.matches('a/Cargo.lock.bak'), false);
    assert.equal(cargoLockExtractor.matches('a/xCargo.lock'), false);
  });
});
