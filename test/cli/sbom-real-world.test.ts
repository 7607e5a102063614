/**
 * `sterling sbom <dir>` on the real-world lockfiles committed beside each extractor (written by the
 * real npm, yarn 1, yarn 4, pnpm 7/8/9 and bun): both SBOM formats validate against the official
 * schemas, and the third-party package set equals what the package manager itself says is pinned
 * (recorded in each fixture's expected file), with no duplicates and no workspace member counted as a
 * third-party component. Runs the CLI entry point in-process (`main`), writing with `--output`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { SPDX23_SCHEMA, validateCycloneDx, validateSpdx23 } from '../helpers/schemas.js';
import { needsShared, repoPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

const NPM = ['src', 'ecosystems', 'npm'];

interface Fixture {
  dir: string[];
  /**
   * name@version of every third-party package the package manager pins, from its own output; `got`
   * (what Sterling listed) only to match by name what that output cannot name with a version.
   */
  expected: (got: string[]) => string[];
  /** Workspace member names that must not appear as third-party components. */
  members?: string[];
}

function readJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(repoPath(...parts), 'utf8')) as T;
}

function listExpected(dir: string[]): () => string[] {
  return () => readJson<{ packages: string[] }>(...dir, 'expected.json').packages;
}

/**
 * npm: every installed `node_modules/...` entry of the lockfile; a link counts as the folder it points
 * to (a `file:` dependency is a component), except links to workspace members (first-party).
 */
function npmInstalled(dir: string[]): () => string[] {
  return () => {
    type Entry = { name?: string; version?: string; link?: boolean; resolved?: string };
    const lock = readJson<{ packages: Record<string, Entry> }>(...dir, 'package-lock.json');
    const manifest = readJson<{ workspaces?: string[] }>(...dir, 'package.json');
    const memberRoots = (manifest.workspaces ?? []).map((w) => w.replace(/\/\*$/, '/'));
    const out: string[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      const at = key.lastIndexOf('node_modules/');
      if (at < 0) continue;
      const target = entry.link ? lock.packages[entry.resolved ?? ''] : entry;
      if (entry.link && memberRoots.some((r) => entry.resolved?.startsWith(r))) continue;
      out.push(`${target?.name ?? key.slice(at + 'node_modules/'.length)}@${target?.version}`);
    }
    return out;
  };
}

/**
 * bun: the packages bun installed, plus those bun.lock pins but bun skipped on the machine that
 * recorded the fixture (`notInstalled`, e.g. the macOS-only fsevents), matched by name.
 */
function bunExpected(dir: string[]): Fixture['expected'] {
  return (got) => {
    const e = readJson<{ packages: { name: string; version: string }[]; notInstalled: { name: string }[] }>(
      ...dir,
      'expected.json',
    );
    const skipped = new Set(e.notInstalled.map((n) => n.name));
    return [
      ...e.packages.map((p) => `${p.name}@${p.version}`),
      ...got.filter((g) => skipped.has(g.slice(0, g.lastIndexOf('@')))),
    ];
  };
}

const PNPM = [...NPM, 'pnpm-lock', '__fixtures__', 'real'];
const YARN = [...NPM, 'yarn-lock', '__fixtures__', 'real'];
const BUN = [...NPM, 'bun-lock', '__fixtures__', 'real-world'];
const LOCK = [...NPM, 'package-lock', '__fixtures__'];

const FIXTURES: Record<string, Fixture> = {
  'npm real-app': { dir: [...LOCK, 'real-app'], expected: npmInstalled([...LOCK, 'real-app']) },
  'npm real-monorepo': {
    dir: [...LOCK, 'real-monorepo'],
    expected: npmInstalled([...LOCK, 'real-monorepo']),
  },
  'pnpm app-v6': { dir: [...PNPM, 'app-v6'], expected: listExpected([...PNPM, 'app-v6']) },
  'pnpm app-v9': { dir: [...PNPM, 'app-v9'], expected: listExpected([...PNPM, 'app-v9']) },
  'pnpm ws-v5': { dir: [...PNPM, 'ws-v5'], expected: listExpected([...PNPM, 'ws-v5']) },
  'pnpm ws-v6': { dir: [...PNPM, 'ws-v6'], expected: listExpected([...PNPM, 'ws-v6']) },
  'pnpm ws-v9': { dir: [...PNPM, 'ws-v9'], expected: listExpected([...PNPM, 'ws-v9']) },
  'yarn v1-app': { dir: [...YARN, 'v1-app'], expected: listExpected([...YARN, 'v1-app']) },
  'yarn v1-monorepo': { dir: [...YARN, 'v1-monorepo'], expected: listExpected([...YARN, 'v1-monorepo']) },
  'yarn berry-app': { dir: [...YARN, 'berry-app'], expected: listExpected([...YARN, 'berry-app']) },
  'yarn berry-monorepo': {
    dir: [...YARN, 'berry-monorepo'],
    expected: listExpected([...YARN, 'berry-monorepo']),
  },
  'bun express-app': { dir: [...BUN, 'express-app'], expected: bunExpected([...BUN, 'express-app']) },
  'bun monorepo': { dir: [...BUN, 'monorepo'], expected: bunExpected([...BUN, 'monorepo']) },
};

async function sbom(dir: string, format: 'cyclonedx' | 'spdx'): Promise<Record<string, unknown>> {
  const out = join(tempDir(), `bom.${format}.json`);
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const code = await main(['sbom', dir, '--format', format, '--output', out, '--quiet'], {
    env: { SOURCE_DATE_EPOCH: '1700000000' },
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdoutIsTTY: false,
  });
  assert.equal(code, 0, err);
  return JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
}

interface CdxComponent {
  'bom-ref': string;
  name: string;
  group?: string;
  version?: string;
  purl?: string;
  properties?: { name: string; value: string }[];
}

function sorted(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}

for (const [name, f] of Object.entries(FIXTURES)) {
  describe(`sterling sbom on real-world ${name}`, () => {
    const dir = repoPath(...f.dir);

    it('CycloneDX: schema-valid, exactly the pinned packages, no duplicates, members first-party', async () => {
      const bom = await sbom(dir, 'cyclonedx');
      assert.deepEqual(validateCycloneDx(bom, '1.6'), []);
      const components = bom.components as CdxComponent[];
      const refs = components.map((c) => c['bom-ref']);
      assert.equal(new Set(refs).size, refs.length, 'duplicate bom-ref');
      const firstParty = (c: CdxComponent) =>
        c.properties?.some((p) => p.name === 'sterling:first-party' && p.value === 'true') === true;
      const thirdParty = components.filter((c) => !firstParty(c));
      assert.ok(
        thirdParty.every((c) => c.purl?.startsWith('pkg:npm/')),
        'every package has an npm purl',
      );
      const got = thirdParty.map((c) => `${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`);
      assert.deepEqual(sorted(got), sorted(f.expected(got)));
      for (const m of components.filter(firstParty)) {
        assert.ok(
          !thirdParty.some((c) => c.name === m.name && c.group === m.group),
          `${m.name} listed twice`,
        );
      }
    });

    it('SPDX: schema-valid, the same package set', { skip: needsShared(...SPDX23_SCHEMA) }, async () => {
      const doc = await sbom(dir, 'spdx');
      assert.deepEqual(validateSpdx23(doc), []);
      const pkgs = doc.packages as { name: string; versionInfo?: string; primaryPackagePurpose: string }[];
      const libs = pkgs.filter((p) => p.primaryPackagePurpose === 'LIBRARY' && p.versionInfo !== undefined);
      const got = sorted(libs.map((p) => `${p.name}@${p.versionInfo}`));
      const expected = sorted(f.expected(got));
      for (const e of expected) assert.ok(got.includes(e), `SPDX lacks ${e}`);
    });
  });
}
