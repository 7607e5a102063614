/**
 * End to end on real advisory data: the Node.js security WG advisories as OSV records (467, in
 * ../shared, imported into a real SQLite database), scanned against a hand-written lockfile whose
 * pinned versions sit on every boundary (see test/fixtures/vulnerable-npm-app/README.md).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/core/pipeline/scan.js';
import { importRecords, openDatabase } from '../../src/vuln/db/index.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { needsShared, repoPath, sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

const NSWG = ['osv-sample', 'npm-nodejs-security-wg-osv'];
const APP = repoPath('test', 'fixtures', 'vulnerable-npm-app');

describe('vulnerabilities of a real lockfile against real npm advisories', {
  skip: needsShared(...NSWG),
}, () => {
  const dbPath = join(tempDir(), 'osv.sqlite');
  before(async () => {
    const db = openDatabase(dbPath);
    try {
      const report = await importRecords(db, [sharedPath(...NSWG)]);
      assert.equal(report.invalid, 0);
    } finally {
      db.close();
    }
  });

  async function run() {
    return scan(APP, {
      createdAt: new Date('2026-01-01T00:00:00Z'),
      reproducible: true,
      vulnerabilities: { dbPath, offline: true, maxAgeHours: 24 },
    });
  }

  it('finds exactly the affected versions: last_affected inclusive, fixed exclusive', async () => {
    const r = await run();
    assert.equal(r.vulnerabilities.status, 'ok');
    if (r.vulnerabilities.status !== 'ok') return;
    assert.deepEqual(
      r.vulnerabilities.findings.map((f) => [f.id, f.package.id]),
      [
        ['NSWG-ECO-101', 'npm:marked@0.3.3'],
        ['NSWG-ECO-23', 'npm:marked@0.3.3'],
        ['NSWG-ECO-367', 'npm:hoek@5.0.2'],
        ['NSWG-ECO-368', 'npm:lodash@4.17.4'],
        ['NSWG-ECO-39', 'npm:uglify-js@2.4.23'],
        ['NSWG-ECO-46', 'npm:ms@0.7.0'],
        ['NSWG-ECO-48', 'npm:uglify-js@2.4.23'],
        ['NSWG-ECO-493', 'npm:lodash@4.17.4'],
      ],
    );
    assert.deepEqual(r.vulnerabilities.unchecked, []);
    assert.deepEqual(validateScanResult(r), []);
  });

  it('explains each finding: aliases, severity from the CVSS vector, smallest fix, path, lockfile line', async () => {
    const r = await run();
    if (r.vulnerabilities.status !== 'ok') throw new Error('no report');
    const by = (id: string) =>
      r.vulnerabilities.status === 'ok' && r.vulnerabilities.findings.find((f) => f.id === id);
    const ms = by('NSWG-ECO-46');
    assert.ok(ms);
    assert.deepEqual(ms.aliases, ['CVE-2015-8315', 'NSWG-ECO-46']);
    assert.deepEqual(ms.paths, [['npm:debug@2.2.0', 'npm:ms@0.7.0']]);
    assert.equal(ms.fixedIn, undefined, 'last_affected only: no fixed version is known');
    assert.ok(ms.locations[0]?.path === 'package-lock.json' && (ms.locations[0].line ?? 0) > 1);
    const lodash = by('NSWG-ECO-493');
    assert.ok(lodash);
    assert.equal(lodash.fixedIn, '4.17.11');
    assert.deepEqual(lodash.paths, [['npm:lodash@4.17.4']]);
    assert.equal(lodash.severity.source, 'cvss-v3');
    assert.ok((lodash.severity.score ?? 0) > 0);
    const hoek = by('NSWG-ECO-367');
    assert.ok(hoek);
    assert.equal(hoek.fixedIn, '5.0.3', 'the fix of the 5.x range, not the 4.x one');
    assert.equal(r.vulnerabilities.counts.suppressed, 0);
    const total = Object.values(r.vulnerabilities.counts).reduce((a, b) => a + b, 0);
    assert.equal(total, 8);
    assert.deepEqual(r.vulnerabilities.database.missingEcosystems, []);
    assert.equal(r.vulnerabilities.database.sources[0]?.ecosystem, 'npm');
  });
});
