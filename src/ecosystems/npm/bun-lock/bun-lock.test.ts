import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { InputError } from '../../../core/errors/index.js';
import { MAX_DIAGNOSTICS_PER_CODE, TOO_MANY_DIAGNOSTICS } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput } from '../../../core/plugin/extractor.js';
import { bunLockExtractor } from './index.js';

const SHA = 'sha512-AAAA';

function run(text: string, path = 'bun.lock', extra: Record<string, string> = {}): ExtractionOutput {
  return extractMemory(bunLockExtractor, path, { [path]: text, ...extra });
}

function ids(out: ExtractionOutput): string[] {
  return out.packages.map((p) => p.id);
}

function pkg(out: ExtractionOutput, id: string) {
  const p = out.packages.find((x) => x.id === id);
  assert.ok(p, `no package ${id} in ${ids(out).join(', ')}`);
  return p;
}

const MONOREPO = `{
  "lockfileVersion": 1,
  "workspaces": {
    "": {
      "name": "root",
      "devDependencies": { "typescript": "^5" },
    },
    "packages/app": {
      "name": "@acme/app",
      "version": "2.0.0",
      "dependencies": { "@acme/lib": "workspace:*", "react": "^18" },
      "optionalDependencies": { "fsevents": "^2" },
    },
    "packages/lib": {
      "name": "@acme/lib",
      "dependencies": { "react": "^17" },
      "peerDependencies": { "loose-envify": "*" },
    },
  },
  "packages": {
    "@acme/app": ["@acme/app@workspace:packages/app"],
    "@acme/lib": ["@acme/lib@workspace:packages/lib"],
    "fsevents": ["fsevents@2.3.3", "", { "os": "darwin" }, "${SHA}"],
    "js-tokens": ["js-tokens@4.0.0", "", {}, "${SHA}"],
    "loose-envify": ["loose-envify@1.4.0", "", { "dependencies": { "js-tokens": "^4" } }, "${SHA}"],
    "react": ["react@17.0.2", "", { "dependencies": { "loose-envify": "^1.1.0" } }, "${SHA}"],
    "typescript": ["typescript@5.6.3", "", {}, "${SHA}"],
    "@acme/app/react": ["react@18.3.1", "", { "dependencies": { "loose-envify": "^1.1.0" } }, "${SHA}"],
  }
}`;

describe('npm/bun-lock extractor', () => {
  it('makes one project per workspace, joined with the lockfile folder; members are never packages', () => {
    const out = run(MONOREPO, 'repo/bun.lock');
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version, p.path, p.location.line]),
      [
        ['npm:repo', 'root', undefined, 'repo', 4],
        ['npm:repo/packages/app', '@acme/app', '2.0.0', 'repo/packages/app', 8],
        ['npm:repo/packages/lib', '@acme/lib', undefined, 'repo/packages/lib', 14],
      ],
    );
    assert.deepEqual(ids(out), [
      'npm:fsevents@2.3.3',
      'npm:js-tokens@4.0.0',
      'npm:loose-envify@1.4.0',
      'npm:react@17.0.2',
      'npm:react@18.3.1',
      'npm:typescript@5.6.3',
    ]);
    assert.deepEqual(out.diagnostics, []);
  });

  it('resolves direct dependencies per workspace (private copy first, then the hoisted one)', () => {
    const out = run(MONOREPO);
    const deps = Object.fromEntries(
      out.projects.map((p) => [p.id, p.dependencies.map((d) => `${d.id} ${d.scope}`)]),
    );
    assert.deepEqual(deps, {
      'npm:.': ['npm:typescript@5.6.3 dev'],
      'npm:packages/app': ['npm:react@18.3.1 prod', 'npm:fsevents@2.3.3 optional'],
      'npm:packages/lib': ['npm:react@17.0.2 prod', 'npm:loose-envify@1.4.0 peer'],
    });
  });

  it('propagates scopes and marks direct packages', () => {
    const out = run(MONOREPO);
    const view = Object.fromEntries(out.packages.map((p) => [p.id, [p.scopes.join('+'), p.direct]]));
    assert.deepEqual(view, {
      'npm:fsevents@2.3.3': ['optional', true],
      'npm:js-tokens@4.0.0': ['prod+peer', false],
      'npm:loose-envify@1.4.0': ['prod+peer', true],
      'npm:react@17.0.2': ['prod', true],
      'npm:react@18.3.1': ['prod', true],
      'npm:typescript@5.6.3': ['dev', true],
    });
  });

  it('uses the root package.json for a root the lockfile leaves unnamed', () => {
    const text = '{"lockfileVersion": 1, "workspaces": {"": {}}, "packages": {}}';
    const out = run(text, 'web/bun.lock', { 'web/package.json': '{"name": "web", "version": "1.2.3"}' });
    assert.deepEqual(
      out.projects.map((p) => [p.id, p.name, p.version]),
      [['npm:web', 'web', '1.2.3']],
    );
    const broken = run(text, 'bun.lock', { 'package.json': '{ not json' });
    assert.deepEqual(
      broken.projects.map((p) => [p.id, p.name]),
      [['npm:.', '.']],
    );
  });

  it('handles every source kind: git, github, tarball, file, link and npm aliases', () => {
    const text = `{
      "lockfileVersion": 1,
      "workspaces": { "": { "dependencies": {
        "gh": "github:u/gh", "g": "git+https://host.example/g.git#main", "t": "https://cdn.example/t.tgz",
        "f": "file:./vendor/f", "l": "link:l", "old": "npm:lodash@^3", "lodash": "^4",
      } } },
      "packages": {
        "gh": ["gh@github:u/gh#abcdef1", { "dependencies": { "lodash": "^4" } }, "u-gh-abcdef1"],
        "g": ["g@git+https://host.example/g.git#0123456789abcdef0123456789abcdef01234567", {}, "0123456789abcdef0123456789abcdef01234567"],
        "t": ["t@https://cdn.example/t.tgz", {}, "${SHA}"],
        "f": ["f@file:vendor/f", { "dependencies": { "lodash": "^4" } }],
        "l": ["l@link:l", {}],
        "old": ["lodash@3.10.1", "", {}, "${SHA}"],
        "lodash": ["lodash@4.17.21", "", {}, "${SHA}"],
      }
    }`;
    const out = run(text);
    assert.deepEqual(out.diagnostics, []);
    const gh = pkg(out, 'npm:gh@#git:abcdef1');
    assert.deepEqual(gh.source, { kind: 'git', url: 'git+https://github.com/u/gh.git', commit: 'abcdef1' });
    assert.equal(gh.purl, 'pkg:npm/gh?vcs_url=git%2Bhttps:%2F%2Fgithub.com%2Fu%2Fgh.git%40abcdef1');
    assert.deepEqual(gh.dependencies, ['npm:lodash@4.17.21']);
    assert.equal(
      pkg(out, 'npm:g@#git:0123456789abcdef0123456789abcdef01234567').source.url,
      'git+https://host.example/g.git',
    );
    const t = pkg(out, 'npm:t@#tarball:https://cdn.example/t.tgz');
    assert.equal(t.purl, 'pkg:npm/t?download_url=https:%2F%2Fcdn.example%2Ft.tgz');
    assert.equal(t.source.integrity, SHA);
    assert.deepEqual(pkg(out, 'npm:f@#file:vendor/f').dependencies, ['npm:lodash@4.17.21']);
    assert.deepEqual(pkg(out, 'npm:l@#link:l').source, { kind: 'link', url: 'l' });
    const old = pkg(out, 'npm:lodash@3.10.1');
    assert.deepEqual(old.aliases, ['old']);
    assert.equal(old.purl, 'pkg:npm/lodash@3.10.1');
    assert.equal(pkg(out, 'npm:lodash@4.17.21').aliases, undefined);
    assert.ok(out.packages.every((p) => p.direct && p.resolution === 'pinned'));
  });

  it('merges one name@version found at several keys into one package with every line', () => {
    const text = [
      '{',
      '  "lockfileVersion": 1,',
      '  "workspaces": { "": { "dependencies": { "a": "1", "b": "1", "ms": "2" } } },',
      '  "packages": {',
      `    "a": ["a@1.0.0", "", { "dependencies": { "ms": "2.0.0" } }, "${SHA}"],`,
      `    "b": ["b@1.0.0", "", { "dependencies": { "ms": "2.0.0" } }, "${SHA}"],`,
      `    "ms": ["ms@2.1.3", "", {}, "${SHA}"],`,
      `    "a/ms": ["ms@2.0.0", "", {}, "${SHA}"],`,
      `    "b/ms": ["ms@2.0.0", "", {}, "${SHA}"],`,
      '  }',
      '}',
    ].join('\n');
    const out = run(text);
    assert.deepEqual(
      out.packages.map((p) => [p.id, p.locations.map((l) => l.line), p.dependencies]),
      [
        ['npm:a@1.0.0', [5], ['npm:ms@2.0.0']],
        ['npm:b@1.0.0', [6], ['npm:ms@2.0.0']],
        ['npm:ms@2.0.0', [8, 9], []],
        ['npm:ms@2.1.3', [7], []],
      ],
    );
    assert.equal(pkg(out, 'npm:ms@2.0.0').direct, false);
  });

  it('resolves through scoped parents and several levels', () => {
    const text = `{
      "workspaces": { "": { "dependencies": { "@s/a": "1" } } },
      "packages": {
        "@s/a": ["@s/a@1.0.0", "", { "dependencies": { "b": "1" } }, "${SHA}"],
        "@s/a/b": ["b@1.0.0", "", { "dependencies": { "c": "1", "@t/d": "1" } }, "${SHA}"],
        "@s/a/c": ["c@1.0.0", "", {}, "${SHA}"],
        "c": ["c@9.0.0", "", {}, "${SHA}"],
        "@t/d": ["@t/d@1.0.0", "", {}, "${SHA}"],
      }
    }`;
    const out = run(text);
    assert.deepEqual(pkg(out, 'npm:b@1.0.0').dependencies, ['npm:@t/d@1.0.0', 'npm:c@1.0.0']);
    assert.deepEqual(pkg(out, 'npm:c@9.0.0').scopes, ['prod'], 'unreached packages default to prod');
  });

  it('keeps JSONC comments and trailing commas apart from string data', () => {
    const text = `// written by hand
{
  /* version */ "lockfileVersion": 1,
  "workspaces": { "": { "dependencies": { "x": "// not a comment", }, }, },
  "packages": {
    // the only package
    "x": ["x@1.0.0", "https://r.example/x/-/x-1.0.0.tgz?a=/*b*/,]", {}, "${SHA}",], /* trailing */
  },
}`;
    const out = run(text);
    assert.deepEqual(ids(out), ['npm:x@1.0.0']);
    assert.equal(pkg(out, 'npm:x@1.0.0').source.url, 'https://r.example/x/-/x-1.0.0.tgz?a=/*b*/,]');
    assert.deepEqual(pkg(out, 'npm:x@1.0.0').locations, [{ path: 'bun.lock', line: 7 }]);
    assert.equal(pkg(out, 'npm:x@1.0.0').direct, true);
  });

  it('keeps good entries next to malformed ones, with a warning and line for each bad one', () => {
    const text = [
      '{',
      '  "workspaces": { "": { "dependencies": { "a": "1" } }, "bad": 5 },',
      '  "packages": {',
      `    "a": ["a@1.0.0", "", {}, "${SHA}"],`,
      '    "b": 42,',
      '    "c": ["c"],',
      `    "d": ["d@1.0.0", "", "not an object", "${SHA}"],`,
      '  }',
      '}',
    ].join('\n');
    const out = run(text);
    assert.deepEqual(ids(out), ['npm:a@1.0.0']);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.line, d.path]),
      [
        ['warning', 'invalid-entry', 5, 'bun.lock'],
        ['warning', 'invalid-entry', 6, 'bun.lock'],
        ['warning', 'invalid-entry', 7, 'bun.lock'],
        ['warning', 'invalid-entry', 2, 'bun.lock'],
      ],
    );
    assert.match(out.diagnostics[0]!.message, /package "b": expected an array/);
  });

  it('warns about required dependencies the lockfile lacks, not about optional or peer ones', () => {
    const text = `{
      "workspaces": { "": {
        "dependencies": { "gone": "1", "w": "workspace:*" },
        "optionalDependencies": { "opt": "1" },
        "peerDependencies": { "peer": "1" },
      } },
      "packages": {
        "a": ["a@1.0.0", "", { "dependencies": { "missing": "1" }, "optionalDependencies": { "o": "1" },
          "peerDependencies": { "p": "1", "q": "1" }, "optionalPeers": ["p"] }, "${SHA}"],
      }
    }`;
    const out = run(text);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.message]),
      [
        ['unresolved-dependency', '"a" depends on "missing", which the lockfile does not list.'],
        ['unresolved-dependency', 'workspace "" depends on "gone", which the lockfile does not list.'],
      ],
    );
  });

  it('reads lockfileVersion 0 workspace entries with a dependency object', () => {
    const text = `{
      "lockfileVersion": 0,
      "workspaces": { "": { "name": "r" }, "packages/a": { "name": "a", "dependencies": { "ms": "2" } } },
      "packages": {
        "a": ["a@workspace:packages/a", { "dependencies": { "ms": "2" } }],
        "ms": ["ms@2.1.3", "", {}, "${SHA}"],
      }
    }`;
    const out = run(text);
    assert.deepEqual(ids(out), ['npm:ms@2.1.3']);
    assert.deepEqual(out.projects.find((p) => p.id === 'npm:packages/a')?.dependencies, [
      { id: 'npm:ms@2.1.3', scope: 'prod' },
    ]);
  });

  it('warns once about an unknown lockfileVersion and reads on', () => {
    const out = run(`{"lockfileVersion": 9, "packages": {"a": ["a@1.0.0", "", {}, "${SHA}"]}}`);
    assert.deepEqual(ids(out), ['npm:a@1.0.0']);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code]),
      [['warning', 'unknown-lockfile-version']],
    );
  });

  it('accepts an empty document and an empty lockfile', () => {
    for (const text of ['{}', '{"lockfileVersion": 1, "workspaces": {"": {}}}']) {
      const out = run(text);
      assert.deepEqual([out.packages, out.diagnostics], [[], []]);
    }
  });

  const fatal: Array<[string, string, number | undefined]> = [
    ['not JSON', 'this is not json!', 1],
    ['not an object', '[1, 2]', undefined],
    ['packages not an object', '{"packages": []}', undefined],
    ['workspaces not an object', '{"workspaces": "x"}', undefined],
    ['lockfileVersion not a number', '{"lockfileVersion": "1"}', undefined],
    // Node 20 gives a position (hence a line) for most JSON errors; not for "Unexpected token".
    ['broken JSON on line 3', '{\n"packages": {\n"a" ["a@1"]\n}}', 3],
    ['deep nesting', `{"packages": {"a": ${'['.repeat(300)}${']'.repeat(300)}}}`, 1],
  ];
  for (const [name, text, line] of fatal) {
    it(`throws InputError naming the file: ${name}`, () => {
      assert.throws(
        () => run(text, 'dir/bun.lock'),
        (e: unknown) => e instanceof InputError && e.path === 'dir/bun.lock' && e.line === line,
      );
    });
  }

  it('treats hostile keys and names as data', () => {
    const text = `{
      "workspaces": {
        "": { "dependencies": { "__proto__": "1", "constructor": "1" } },
        "../../outside": { "name": "evil" },
        "/abs": { "name": "evil2" },
      },
      "packages": {
        "__proto__": ["__proto__@1.0.0", "", {}, "${SHA}"],
        "constructor": ["constructor@1.0.0", "", { "dependencies": { "toString": "1" } }, "${SHA}"],
        "esc": ["\\u0000x\\"y\\n@1.0.0", "", {}, "${SHA}"],
        "${'a/'.repeat(100)}b": ["b@1.0.0", "", {}, "${SHA}"],
      }
    }`;
    const out = run(text);
    assert.deepEqual(ids(out), ['npm:\u0000x"y\n@1.0.0', 'npm:__proto__@1.0.0', 'npm:constructor@1.0.0']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(pkg(out, 'npm:__proto__@1.0.0').direct, true);
    assert.deepEqual(
      out.projects.map((p) => p.id),
      ['npm:.'],
    );
    assert.deepEqual(
      out.diagnostics.map((d) => d.code),
      ['invalid-entry', 'unresolved-dependency', 'invalid-entry', 'invalid-entry'],
    );
  });

  it('caps repeated diagnostics of one kind', () => {
    const bad = Array.from({ length: 500 }, (_, i) => `"bad${i}": [${i}]`).join(',\n');
    const out = run(`{"packages": {${bad}}}`);
    assert.equal(out.diagnostics.length, MAX_DIAGNOSTICS_PER_CODE + 1);
    assert.equal(out.diagnostics.at(-1)!.code, TOO_MANY_DIAGNOSTICS);
    assert.match(out.diagnostics.at(-1)!.message, /^450 more "invalid-entry" diagnostics/);
  });

  it('handles a lockfile with many packages and a long dependency chain', () => {
    const n = 20_000;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const deps = i + 1 < n ? `{ "dependencies": { "p${i + 1}": "1" } }` : '{}';
      lines.push(`"p${i}": ["p${i}@1.0.${i}", "", ${deps}, "${SHA}"],`);
      lines.push(`"p${i}/nested": ["nested@2.0.${i % 50}", "", {}, "${SHA}"],`);
    }
    const text = `{"workspaces": {"": {"dependencies": {"p0": "1"}}}, "packages": {\n${lines.join('\n')}\n}}`;
    const out = run(text);
    assert.equal(out.packages.length, n + 50);
    assert.ok(out.packages.every((p) => p.scopes.join() === 'prod'));
    assert.equal(pkg(out, 'npm:nested@2.0.7').locations.length, n / 50);
  });

  it('is deterministic', () => {
    assert.deepEqual(JSON.stringify(run(MONOREPO)), JSON.stringify(run(MONOREPO)));
  });
});

describe('npm/bun-lock on bun.lockb', () => {
  it('says once that the binary lockfile is not read', () => {
    const out = extractMemory(bunLockExtractor, 'app/bun.lockb', {
      'app/bun.lockb': '\u0000bun-lockfile-format-v0',
    });
    assert.deepEqual(out.packages, []);
    assert.deepEqual(
      out.diagnostics.map((d) => [d.level, d.code, d.path]),
      [['info', 'unsupported-format', 'app/bun.lockb']],
    );
  });
  it('is silent when a text bun.lock sits beside it', () => {
    const out = extractMemory(bunLockExtractor, 'bun.lockb', { 'bun.lockb': 'x', 'bun.lock': '{}' });
    assert.deepEqual(out.diagnostics, []);
  });
  it('matches both names by basename only', () => {
    assert.ok(bunLockExtractor.matches('a/bun.lock'));
    assert.ok(bunLockExtractor.matches('bun.lockb'));
    assert.ok(!bunLockExtractor.matches('bun.lock/x'));
    assert.ok(!bunLockExtractor.matches('my-bun.lock'));
  });
});
