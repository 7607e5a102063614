/**
 * bun.lock files written by real bun (see __fixtures__/real-world/README.md), checked against what
 * `bun install` put on disk, recorded independently in expected.json when the fixtures were made.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import type { Package } from '../../../core/model/package.js';
import { bunLockExtractor } from './index.js';

const ROOT = fileURLToPath(new URL('./__fixtures__/real-world/', import.meta.url));

interface Expected {
  projects: Array<{
    path: string;
    name: string;
    dependencies: Array<{ name: string; scope: string; target: string }>;
  }>;
  packages: Array<{
    key: string;
    name: string;
    version: string;
    source: string;
    installedAt: string[];
    dependencies: string[];
    scopes: string[];
  }>;
  notInstalled: Array<{ from: string; name: string; section: string }>;
}

function readTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n !== 'expected.json') files[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** The key expected.json uses: name@version|source. */
function keyOf(p: Package): string {
  return `${p.name}@${p.version}|${p.source.kind}`;
}

/**
 * Adjusts the on-disk truth to what a lockfile can say:
 * - (a `file:` folder has no version in bun.lock; Sterling reads it from the folder's package.json,
 *   so it matches the installed one);
 * - packages bun skipped on this platform (fsevents, os: darwin) are in bun.lock all the same,
 *   reached through the edge named in notInstalled, with the scopes of the package that wants them.
 */
function lockfileView(expected: Expected, skipped: Record<string, { key: string; scopes: string[] }>) {
  const packages = new Map(
    expected.packages.map((p) => [p.key, { deps: [...p.dependencies], scopes: [...p.scopes].sort() }]),
  );
  for (const miss of expected.notInstalled) {
    const extra = skipped[miss.name];
    assert.ok(extra, `unexpected uninstalled dependency ${miss.name}`);
    packages.set(extra.key, { deps: [], scopes: [...extra.scopes].sort() });
    if (miss.from.includes('node_modules')) {
      const parent = expected.packages.find((p) => p.installedAt.includes(miss.from));
      assert.ok(parent);
      packages.get(parent.key)!.deps.push(extra.key);
    }
  }
  for (const v of packages.values()) v.deps.sort();
  return packages;
}

const CASES = [
  {
    name: 'express app (bun 1.4.5, lockfileVersion 2): registry, nested duplicates, remote tarball, dev tool',
    dir: 'express-app',
    skipped: { fsevents: { key: 'fsevents@2.3.3|registry', scopes: ['dev'] } },
  },
  {
    name: 'workspaces monorepo (bun 1.2.23, lockfileVersion 1): workspace link, alias, file:, peer, optional',
    dir: 'monorepo',
    skipped: { fsevents: { key: 'fsevents@2.3.3|registry', scopes: ['optional'] } },
  },
];

describe('npm/bun-lock on lockfiles written by bun', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      const dir = join(ROOT, c.dir);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const out = extractMemory(bunLockExtractor, 'bun.lock', readTree(dir));
      const want = lockfileView(expected, c.skipped);
      const byId = new Map(out.packages.map((p) => [p.id, p]));

      it('reports no problems', () => {
        assert.deepEqual(out.diagnostics, []);
      });

      it('lists exactly the installed packages', () => {
        assert.deepEqual(out.packages.map(keyOf).sort(), [...want.keys()].sort());
      });

      it('resolves the same dependency edges as Node does in the installed tree', () => {
        for (const p of out.packages) {
          const deps = p.dependencies.map((id) => keyOf(byId.get(id)!)).sort();
          assert.deepEqual(deps, want.get(keyOf(p))?.deps, `dependencies of ${keyOf(p)}`);
        }
      });

      it('gives each package the scopes it is reachable through', () => {
        for (const p of out.packages) {
          assert.deepEqual([...p.scopes].sort(), want.get(keyOf(p))?.scopes, `scopes of ${keyOf(p)}`);
        }
      });

      it('has one project per workspace with its direct dependencies', () => {
        const got = out.projects.map((p) => ({
          path: p.path,
          name: p.name,
          dependencies: p.dependencies
            .map((d) => `${keyOf(byId.get(d.id)!)} ${d.scope}`)
            .map((s) => s.replace(/@[^@|]*\|file /, '@|file '))
            .sort(),
        }));
        const wantProjects = expected.projects.map((p) => ({
          path: p.path,
          name: p.name,
          dependencies: [
            ...p.dependencies
              .filter((d) => !d.target.startsWith('workspace:')) // first-party: not a package
              .map((d) => `${d.target.replace(/@[^@|]*\|file$/, '@|file')} ${d.scope}`),
            ...expected.notInstalled
              .filter((m) => m.from === p.path)
              .map((m) => `${c.skipped[m.name as 'fsevents'].key} ${m.section.replace('Dependencies', '')}`),
          ].sort(),
        }));
        assert.deepEqual(got, wantProjects);
        for (const p of out.packages) {
          const direct = out.projects.some((proj) => proj.dependencies.some((d) => d.id === p.id));
          assert.equal(p.direct, direct, `direct flag of ${p.id}`);
        }
      });

      it('points every package at its lines in bun.lock', () => {
        const lines = readFileSync(join(dir, 'bun.lock'), 'utf8').split('\n');
        for (const p of out.packages) {
          assert.ok(p.locations.length > 0, `${p.id} has no location`);
          for (const l of p.locations) {
            assert.equal(l.path, 'bun.lock');
            const text = lines[(l.line ?? 0) - 1] ?? '';
            assert.ok(text.includes(`["${p.name}@`), `line ${l.line} of ${p.id}: ${text.slice(0, 80)}`);
          }
        }
      });
    });
  }

  it('keeps sources, aliases and the tarball version of the monorepo and the app', () => {
    const mono = extractMemory(bunLockExtractor, 'bun.lock', readTree(join(ROOT, 'monorepo')));
    const find = (out: typeof mono, id: string) => out.packages.find((p) => p.id === id);
    assert.deepEqual(find(mono, 'npm:semver@5.7.3')?.aliases, ['old-semver']);
    assert.deepEqual(find(mono, 'npm:local-helper@0.0.1#file:vendor/local-helper')?.source, {
      kind: 'file',
      url: 'vendor/local-helper',
    });
    assert.deepEqual(
      mono.projects.map((p) => [p.id, p.name, p.version]),
      [
        ['npm:.', 'acme-monorepo', undefined],
        ['npm:packages/utils', '@acme/utils', '0.2.0'],
        ['npm:packages/web', '@acme/web', '1.3.0'],
      ],
    );
    const app = extractMemory(bunLockExtractor, 'bun.lock', readTree(join(ROOT, 'express-app')));
    const url = 'https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz';
    const tarball = find(app, `npm:is-number@7.0.0#tarball:${url}`);
    assert.ok(tarball, 'the tarball dependency is its own package');
    assert.equal(tarball.source.integrity?.startsWith('sha512-'), true);
    assert.equal(
      tarball.purl,
      'pkg:npm/is-number@7.0.0?download_url=https:%2F%2Fregistry.npmjs.org%2Fis-number%2F-%2Fis-number-7.0.0.tgz',
    );
    assert.ok(find(app, 'npm:is-number@7.0.0'), 'the registry copy under to-regex-range stays separate');
  });
});
