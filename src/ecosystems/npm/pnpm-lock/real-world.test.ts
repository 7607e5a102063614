/**
 * Lockfiles written by real pnpm releases (see __fixtures__/real/README.md for how they were made).
 * expected.json was recorded at generation time from `pnpm list -r --depth Infinity --json` (and
 * its `--prod` / `--dev` variants), independently of Sterling.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Package } from '../../../core/model/package.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { pnpmLockExtractor } from './index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'real');

interface Expected {
  generatedBy: string;
  packageCount: number;
  packages: string[];
  prod: string[];
  dev: string[];
  /** Packages reached only through optionalDependencies edges (pnpm list minus pnpm list --no-optional). */
  optionalEdge: string[];
  /** Config dependencies pnpm installed into node_modules/.pnpm-config (pnpm list does not show them). */
  configDependencies?: string[];
  projects: Array<{
    path: string;
    name: string;
    version: string;
    direct: Array<{ name: string; package: string; scope: string }>;
  }>;
}

/** Every file under `dir`, as a workspace rooted there. */
function dirContext(dir: string): { ctx: ExtractorContext; read: (p: string) => string } {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  files.sort();
  const read = (p: string): string => readFileSync(join(dir, p), 'utf8');
  return {
    ctx: { files, has: (p) => files.includes(p), readText: (p) => (files.includes(p) ? read(p) : undefined) },
    read,
  };
}

const nv = (p: Package): string => `${p.name}@${p.version}`;

const FIXTURES: Array<{ dir: string; lockfileVersion: string }> = [
  { dir: 'app-v6', lockfileVersion: "'6.0'" },
  { dir: 'env-v12', lockfileVersion: "'9.0'" },
  { dir: 'app-v9', lockfileVersion: "'9.0'" },
  { dir: 'ws-v5', lockfileVersion: '5.4' },
  { dir: 'ws-v6', lockfileVersion: "'6.0'" },
  { dir: 'ws-v9', lockfileVersion: "'9.0'" },
];

describe('npm/pnpm-lock on lockfiles written by pnpm', () => {
  for (const { dir, lockfileVersion } of FIXTURES) {
    describe(dir, () => {
      const { ctx, read } = dirContext(join(ROOT, dir));
      const text = read('pnpm-lock.yaml');
      const expected = JSON.parse(read('expected.json')) as Expected;
      const out = pnpmLockExtractor.extract({ path: 'pnpm-lock.yaml', text }, ctx);

      // pnpm 11+ writes config dependencies in an env document before the project lockfile; they are
      // installed (node_modules/.pnpm-config) but pnpm list does not show them. Sterling reports
      // them as direct dev dependencies of the root project.
      const config = expected.configDependencies ?? [];

      it('is the lockfile version the fixture claims', () => {
        const start =
          config.length > 0
            ? `---\nlockfileVersion: ${lockfileVersion}\n`
            : `lockfileVersion: ${lockfileVersion}\n`;
        assert.ok(text.startsWith(start));
      });

      it('finds exactly the packages pnpm installs, once each', () => {
        assert.equal(out.packages.length, expected.packageCount + config.length);
        assert.deepEqual(out.packages.map(nv).sort(), [...expected.packages, ...config].sort());
        assert.equal(new Set(out.packages.map((p) => p.id)).size, out.packages.length);
      });

      it('gives prod/optional and dev scopes matching pnpm list --prod / --dev', () => {
        // pnpm list --prod / --dev leave out what is reached only through a nested optionalDependencies
        // edge (fsevents under chokidar); Sterling gives such a package the scope of the path to it.
        const optionalEdge = new Set(expected.optionalEdge);
        const check = (got: string[], want: string[], label: string): void => {
          const wanted = new Set(want);
          for (const w of want) assert.ok(got.includes(w), `${label}: missing ${w}`);
          assert.deepEqual(
            got.filter((g) => !wanted.has(g) && !optionalEdge.has(g)),
            [],
            `${label}: more than pnpm list reports`,
          );
        };
        const prod = out.packages.filter((p) => p.scopes.includes('prod') || p.scopes.includes('optional'));
        check(prod.map(nv), expected.prod, 'prod');
        check(
          out.packages.filter((p) => p.scopes.includes('dev')).map(nv),
          [...expected.dev, ...config],
          'dev',
        );
      });

      it('reports the projects with their direct dependencies', () => {
        const byId = new Map(out.packages.map((p) => [p.id, p]));
        const got = out.projects.map((p) => ({
          path: p.path,
          name: p.name,
          version: p.version,
          direct: p.dependencies
            .map((d) => {
              const pkg = byId.get(d.id);
              return `${d.scope} ${pkg ? nv(pkg) : d.id}`;
            })
            .sort(),
        }));
        const want = expected.projects.map((p) => ({
          path: p.path,
          name: p.name,
          version: p.version,
          direct: [
            ...p.direct,
            ...(p.path === '.' ? config.map((c) => ({ name: c, package: c, scope: 'dev' })) : []),
          ]
            .map((d) =>
              // A workspace link is an edge to the member project, not a package.
              d.package.startsWith('link:')
                ? `${d.scope} npm:${join(p.path, d.package.slice(5)).split(sep).join('/')}`
                : `${d.scope} ${d.package}`,
            )
            .sort(),
        }));
        assert.deepEqual(got, want);
        const direct = new Set([
          ...expected.projects.flatMap((p) => p.direct.map((d) => d.package)),
          ...config,
        ]);
        assert.deepEqual(
          out.packages
            .filter((p) => p.direct)
            .map(nv)
            .sort(),
          [...direct].filter((d) => !d.startsWith('link:')).sort(),
        );
      });

      it('points every package at the line of its packages: key', () => {
        const lines = text.split('\n');
        const packagesLine = lines.indexOf('packages:') + 1; // the first document's
        for (const p of out.packages) {
          assert.ok(p.locations.length > 0, nv(p));
          for (const loc of p.locations) {
            assert.equal(loc.path, 'pnpm-lock.yaml');
            assert.ok(loc.line && loc.line > packagesLine, `${nv(p)} line ${loc.line}`);
            const keyLine = lines[loc.line - 1]!;
            assert.match(keyLine, /^ {2}\S/, `${nv(p)} line ${loc.line}`);
            const key = keyLine.trim().replace(/^'|':$|:$/g, '');
            assert.ok(
              key.includes(`${p.name}@${p.version}`) || key.includes(`${p.name}/${p.version}`),
              `${nv(p)}: ${keyLine}`,
            );
          }
        }
      });

      it('builds a graph of known ids with integrity on every registry package', () => {
        const ids = new Set(out.packages.map((p) => p.id));
        for (const p of out.packages) {
          for (const d of p.dependencies) assert.ok(ids.has(d), `${p.id} -> ${d}`);
          assert.equal(p.source.kind, 'registry');
          assert.match(p.source.integrity ?? '', /^sha(1|512)-/);
          assert.equal(p.resolution, 'pinned');
        }
        assert.deepEqual(out.diagnostics, []);
      });
    });
  }

  it('app: the npm alias lodash3 -> lodash@3.10.1 is kept', () => {
    for (const dir of ['app-v6', 'app-v9']) {
      const { ctx, read } = dirContext(join(ROOT, dir));
      const out = pnpmLockExtractor.extract({ path: 'pnpm-lock.yaml', text: read('pnpm-lock.yaml') }, ctx);
      const lodash = out.packages.find((p) => p.id === 'npm:lodash@3.10.1');
      assert.deepEqual(lodash?.aliases, ['lodash3'], dir);
      assert.equal(lodash?.direct, true);
      const express = out.packages.find((p) => p.name === 'express');
      assert.ok(express && express.dependencies.length > 20, `${dir}: express has its dependencies`);
    }
  });
});
