/**
 * OS packages found in a root filesystem are matched against OSV's Debian and Alpine records the way
 * OSV names them: by source package (`openssl`, `shadow`) in the release ecosystem (`Debian:12`,
 * `Alpine:v3.20`), with each finding on the installed binary package. End to end through the CLI,
 * offline, with a database built from a few records.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/model/scan-result.js';
import { importRecords, openDatabase } from '../../src/vuln/db/index.js';
import { runCli } from '../helpers/cli.js';
import { repoPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

function record(id: string, ecosystem: string, name: string, fixed: string): Record<string, unknown> {
  return {
    schema_version: '1.6.0',
    id,
    modified: '2024-06-01T00:00:00Z',
    published: '2024-06-01T00:00:00Z',
    summary: `${name} issue`,
    affected: [
      {
        package: { ecosystem, name },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }],
      },
    ],
  };
}

const RECORDS = [
  record('DEBIAN-CVE-2024-0001', 'Debian:12', 'openssl', '3.0.13-1~deb12u1'),
  record('DEBIAN-CVE-2024-0002', 'Debian:12', 'shadow', '1:4.13+dfsg1-1+deb12u1'),
  record('DEBIAN-CVE-2024-0003', 'Debian:12', 'glibc', '2.36-9+deb12u4'),
  record('DEBIAN-CVE-2024-0004', 'Debian:11', 'openssl', '9.9.9'),
  record('ALPINE-CVE-2024-0005', 'Alpine:v3.20', 'openssl', '3.3.2-r0'),
  record('ALPINE-CVE-2024-0006', 'Alpine:v3.19', 'busybox', '9.9.9'),
];

describe('OS packages and OSV records', () => {
  const work = tempDir();
  const db = join(work, 'osv.sqlite');
  before(async () => {
    const dir = join(work, 'records');
    mkdirSync(dir);
    for (const r of RECORDS) writeFileSync(join(dir, `${r.id}.json`), JSON.stringify(r));
    const handle = openDatabase(db);
    try {
      await importRecords(handle, [dir]);
    } finally {
      handle.close();
    }
  });

  const cases: [string, string[], string[]][] = [
    [
      'dpkg-status/__fixtures__/debian12',
      ['Debian:12'],
      [
        'DEBIAN-CVE-2024-0001 Debian:12:libssl3@3.0.11-1~deb12u2',
        'DEBIAN-CVE-2024-0002 Debian:12:login@1:4.13+dfsg1-1+b1',
      ],
    ],
    [
      'apk-installed/__fixtures__/alpine320',
      ['Alpine:v3.20'],
      [
        'ALPINE-CVE-2024-0005 Alpine:v3.20:libcrypto3@3.3.1-r0',
        'ALPINE-CVE-2024-0005 Alpine:v3.20:libssl3@3.3.1-r0',
      ],
    ],
  ];
  for (const [fixture, ecosystems, want] of cases) {
    it(`${fixture}: findings by source package and release`, async () => {
      const dir = repoPath('src', 'ecosystems', 'os', ...fixture.split('/'));
      const run = await runCli(['scan', dir, '-f', 'json', '--db', db, '--offline']);
      assert.equal(run.code, 0, run.stderr);
      const r = JSON.parse(run.stdout) as ScanResult;
      assert.deepEqual([...new Set(r.inventory.packages.map((p) => p.ecosystem))], ecosystems);
      assert.equal(r.vulnerabilities.status, 'ok');
      if (r.vulnerabilities.status !== 'ok') return;
      assert.deepEqual(r.vulnerabilities.findings.map((f) => `${f.id} ${f.package.id}`).sort(), want);
      assert.deepEqual(r.vulnerabilities.unchecked, []);
    });
  }
});
