/**
 * Lockfiles written by npm 11 (`npm install --package-lock-only --ignore-scripts`) for a small
 * express app and a workspaces monorepo. The expected package set is computed here from the raw
 * JSON keys; direct/transitive and per-project dependencies come from `npm ls --all
 * --package-lock-only --json`, recorded in npm-ls.expected.json beside each lockfile.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { extractMemory } from '../../../../test/helpers/extract.js';
import type { Package, Project } from '../../../core/model/package.js';
import { packageLockExtractor } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

interface NpmLsExpected {
  projects: Record<string, string[]>;
  direct: string[];
  transitive: string[];
}

interface RawEntry {
  name?: string;
  version?: string;
  link?: boolean;
  resolved?: string;
}

function load(folder: string) {
  const read = (f: string) => readFileSync(join(HERE, '__fixtures__', folder, f), 'utf8');
  const lock = read('package-lock.json');
  const files = { 'package-lock.json': lock, 'package.json': read('package.json') };
  const expected = JSON.parse(read('npm-ls.expected.json')) as NpmLsExpected;
  const raw = JSON.parse(lock) as { packages: Record<string, RawEntry> };
  return {
    out: extractMemory(packageLockExtractor, 'package-lock.json', files),
    expected,
    raw: raw.packages,
  };
}

/** name@version of every package npm installs into a node_modules folder, straight from the keys. */
function installedFromKeys(packages: Record<string, RawEntry>, workspacePrefix: string): string[] {
  const out: string[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    const at = key.lastIndexOf('node_modules/');
    if (at < 0) continue;
    if (entry.link) {
      if (entry.resolved?.startsWith(workspacePrefix)) continue;
      const target = packages[entry.resolved ?? ''];
      out.push(`${target?.name ?? key.slice(at + 13)}@${target?.version}`);
    } else {
      out.push(`${entry.name ?? key.slice(at + 13)}@${entry.version}`);
    }
  }
  return out;
}

const installedName = (p: Package) => `${p.aliases?.[0] ?? p.name}@${p.version}`;
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

function projectDeps(project: Project, packages: Package[], projects: Project[]): string[] {
  const byId = new Map<string, string>(packages.map((p) => [p.id, installedName(p)]));
  for (const p of projects) byId.set(p.id, `${p.name}@${p.version}`);
  return sorted(project.dependencies.map((d) => byId.get(d.id) ?? `missing ${d.id}`));
}

const CASES = [
  { folder: 'real-app', workspacePrefix: '\u0000', projects: ['npm:.'] },
  {
    folder: 'real-monorepo',
    workspacePrefix: 'packages/',
    projects: ['npm:.', 'npm:packages/api', 'npm:packages/shared', 'npm:packages/web'],
  },
];

for (const c of CASES) {
  describe(`real npm lockfile: ${c.folder}`, () => {
    const { out, expected, raw } = load(c.folder);

    it('extracts exactly the packages npm wrote, one location per entry', () => {
      const installed = installedFromKeys(raw, c.workspacePrefix);
      assert.deepEqual(sorted(out.packages.map((p) => `${p.name}@${p.version}`)), sorted(installed));
      const locations = out.packages.reduce((n, p) => n + p.locations.length, 0);
      assert.equal(locations, installed.length);
      assert.deepEqual(out.diagnostics, []);
    });

    it('finds the projects, and no workspace member is a package', () => {
      assert.deepEqual(
        out.projects.map((p) => p.id),
        c.projects,
      );
      const memberNames = new Set(out.projects.map((p) => p.name));
      assert.deepEqual(
        out.packages.filter((p) => memberNames.has(p.name)),
        [],
      );
    });

    it('agrees with npm ls on direct and transitive packages', () => {
      assert.deepEqual(sorted(out.packages.filter((p) => p.direct).map(installedName)), expected.direct);
      assert.deepEqual(sorted(out.packages.filter((p) => !p.direct).map(installedName)), expected.transitive);
    });

    it("agrees with npm ls on each project's direct dependencies", () => {
      for (const project of out.projects) {
        const want = expected.projects[project.path];
        assert.ok(want, `npm ls knows no project at ${project.path}`);
        assert.deepEqual(projectDeps(project, out.packages, out.projects), want, project.id);
      }
    });

    it('builds a graph whose edges exist and which reaches every package from the projects', () => {
      const byId = new Map(out.packages.map((p) => [p.id, p]));
      for (const p of out.packages) for (const d of p.dependencies) assert.ok(byId.has(d), `${p.id} -> ${d}`);
      const seen = new Set<string>();
      const stack = out.projects.flatMap((p) => p.dependencies.map((d) => d.id));
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(byId.get(id)?.dependencies ?? []));
      }
      assert.deepEqual(
        out.packages.filter((p) => !seen.has(p.id)).map((p) => p.id),
        [],
      );
    });
  });
}

describe('real npm lockfile: node_modules resolution in a monorepo', () => {
  const { out } = load('real-monorepo');
  const pkg = (id: string) => out.packages.find((p) => p.id === id);
  it('nested node_modules wins over the hoisted copy', () => {
    assert.deepEqual(pkg('npm:debug@2.6.9')?.dependencies, ['npm:ms@2.0.0']);
  });
  it("a workspace member's own node_modules is searched first, then the root's", () => {
    const shared = out.projects.find((p) => p.id === 'npm:packages/shared');
    assert.ok(shared?.dependencies.some((d) => d.id === 'npm:debug@4.4.3' && d.scope === 'prod'));
    assert.deepEqual(pkg('npm:debug@4.4.3')?.dependencies, ['npm:ms@2.1.3']);
    // Installed twice (also under superagent): one package, two locations.
    assert.deepEqual(
      pkg('npm:debug@4.4.3')?.locations.map((l) => l.line),
      [lineOf('node_modules/superagent/node_modules/debug'), lineOf('packages/shared/node_modules/debug')],
    );
  });
  it('workspace members depend on each other as projects; a file: dependency is a link package', () => {
    const api = out.projects.find((p) => p.id === 'npm:packages/api');
    assert.ok(api?.dependencies.some((d) => d.id === 'npm:packages/shared'));
    const lint = out.packages.find((p) => p.name === 'lint-rules');
    assert.deepEqual(lint?.source, { kind: 'link', url: 'tools/lint-rules' });
    assert.deepEqual(lint?.scopes, ['dev']);
    assert.deepEqual(lint?.dependencies, ['npm:ms@2.1.3']);
  });
});

function lineOf(key: string): number {
  const text = readFileSync(join(HERE, '__fixtures__', 'real-monorepo', 'package-lock.json'), 'utf8');
  return text.slice(0, text.indexOf(`"${key}": {`)).split('\n').length;
}
