/**
 * The round trip on a multi-ecosystem tree: every extractor's committed fixtures (`__fixtures__`
 * folders under src/ecosystems, copied under another name because the walk skips fixture folders),
 * scanned, written as CycloneDX and SPDX, and scanned again from each SBOM.
 *
 * Both come back with exactly the same package set (id, purl, version, ecosystem, name). CycloneDX
 * carries Sterling's properties, so the dependencies, direct flags and scopes come back too, and
 * so do the first-party projects. SPDX 2.3 has no fields for what a purl cannot say (the ecosystem
 * of a `pkg:generic` runtime; a local-folder or toolchain source, which the id names): Sterling's
 * package annotation carries it (src/ecosystems/sbom/facts.ts); the projects come back too, plus
 * the synthetic root SPDX describes.
 */
import assert from 'node:assert/strict';
import { cpSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Package } from '../../src/core/model/package.js';
import type { ScanResult } from '../../src/core/model/scan-result.js';
import { runCli } from '../helpers/cli.js';
import { repoPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

async function scanJson(target: string): Promise<ScanResult> {
  const run = await runCli(['scan', target, '-f', 'json', '--no-vulns', '--quiet']);
  assert.equal(run.code === 0 || run.code === 3, true, run.stderr);
  return JSON.parse(run.stdout) as ScanResult;
}

const row = (p: Package) => `${p.id} ${p.purl} ${p.version} ${p.ecosystem} ${p.name}`;
const rows = (list: Package[]) => list.map(row).sort();

describe('SBOM round trip on a multi-ecosystem tree', () => {
  const work = tempDir();
  const tree = join(work, 'tree');
  let before_: ScanResult;
  before(async () => {
    const src = repoPath('src', 'ecosystems');
    for (const e of readdirSync(src, { recursive: true, withFileTypes: true })) {
      if (!e.isDirectory() || e.name !== '__fixtures__') continue;
      const from = join(e.parentPath, e.name);
      cpSync(from, join(tree, relative(src, e.parentPath), 'fx'), { recursive: true });
    }
    before_ = await scanJson(tree);
  });

  it('covers many ecosystems', () => {
    const ecosystems = new Set(before_.inventory.packages.map((p) => p.ecosystem.split(':')[0]));
    assert.ok(ecosystems.size >= 10, [...ecosystems].join(', '));
  });

  for (const format of ['cyclonedx', 'spdx'] as const) {
    it(`${format}: the package set comes back`, async () => {
      const out = join(work, format === 'cyclonedx' ? 'tree.cdx.json' : 'tree.spdx.json');
      const written = await runCli(['sbom', tree, '-f', format, '-o', out, '--quiet']);
      assert.equal(written.code === 0 || written.code === 3, true, written.stderr);
      const after = await scanJson(out);
      assert.deepEqual(rows(after.inventory.packages), rows(before_.inventory.packages));
      assert.ok(before_.inventory.packages.some((p) => p.purl?.startsWith('pkg:generic/')));
      assert.ok(before_.inventory.packages.some((p) => ['file', 'link'].includes(p.source.kind)));
      const projects = (r: ScanResult) => r.inventory.projects.map((p) => p.id).sort();
      if (format === 'cyclonedx') {
        // The graph, direct flags, scopes and first-party projects come back too.
        const full = (list: Package[]) =>
          list.map((p) => `${p.id} ${p.direct} ${p.scopes.join(',')} ${p.dependencies.join(',')}`).sort();
        assert.deepEqual(full(after.inventory.packages), full(before_.inventory.packages));
        assert.deepEqual(projects(after), projects(before_));
        return;
      }
      // The tree has no root project: the synthetic root SPDX describes comes back as one, in the
      // ecosystem most packages have (npm).
      assert.equal(
        before_.inventory.projects.some((p) => p.path === '.'),
        false,
      );
      assert.deepEqual(projects(after), [...projects(before_), 'npm:.'].sort());
    });
  }
});
