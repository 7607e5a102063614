import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { osvRecord } from '../../test/helpers/osv.js';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import type { CheckResult } from '../core/model/posture.js';
import { scan } from '../core/pipeline/scan.js';
import { importRecords, openDatabase } from '../vuln/db/index.js';
import { Workspace } from '../workspace/workspace.js';
import { runPosture } from './run.js';

/** An npm lockfile pinning three packages below 1.0.0 (every test record affects < 1.0.0). */
function lockfile(): string {
  const pkgs: Record<string, unknown> = { '': { name: 'app', version: '1.0.0' } };
  for (const n of ['pkg-a', 'pkg-b', 'pkg-c']) pkgs[`node_modules/${n}`] = { version: '0.5.0' };
  return JSON.stringify({
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: pkgs,
  });
}

const record = (id: string, pkg: string, aliases: string[] = []) =>
  JSON.stringify({ ...osvRecord(id, { packages: [['npm', pkg]] }), aliases });

describe('Vulnerabilities from the scan’s own matching', () => {
  const work = tempDir();
  const db = join(work, 'osv.sqlite');
  before(async () => {
    const recs = join(work, 'records');
    writeTree(recs, {
      // One issue in two packages: GHSA-aaaa and GHSA-bbbb share the alias CVE-2024-0001.
      'GHSA-aaaa.json': record('GHSA-aaaa', 'pkg-a', ['CVE-2024-0001']),
      'GHSA-bbbb.json': record('GHSA-bbbb', 'pkg-b', ['CVE-2024-0001']),
      'GHSA-cccc.json': record('GHSA-cccc', 'pkg-c'),
      // Suppressed in sterling.yaml below: not counted.
      'GHSA-dddd.json': record('GHSA-dddd', 'pkg-c', ['CVE-2024-0009']),
    });
    const handle = openDatabase(db);
    try {
      await importRecords(handle, [recs], { workers: 0 });
    } finally {
      handle.close();
    }
  });

  function app(extra: Record<string, string> = {}): string {
    const dir = tempDir();
    writeTree(dir, {
      'package-lock.json': lockfile(),
      'sterling.yaml': 'version: 1\nignore:\n  - id: CVE-2024-0009\n    reason: not reachable in this app\n',
      ...extra,
    });
    return dir;
  }

  async function vulnCheck(dir: string, matching = true): Promise<CheckResult | undefined> {
    const r = await scan(dir, {
      posture: { checks: ['Vulnerabilities'] },
      ...(matching ? { vulnerabilities: { dbPath: db, offline: true } } : {}),
    });
    return r.posture.status === 'ok' ? r.posture.checks[0] : undefined;
  }

  it('10 less one per open vulnerability, aliases grouped across packages, suppressed ones left out', async () => {
    const c = await vulnCheck(app());
    assert.deepEqual([c?.score, c?.status, c?.reason], [8, 'scored', '2 existing vulnerabilities detected']);
    assert.equal(c?.evidence, 'vulnerability-db');
    assert.deepEqual(
      c?.findings.map((f) => f.values?.aliases),
      ['CVE-2024-0001 GHSA-aaaa GHSA-bbbb', 'GHSA-cccc'],
    );
    assert.ok(c?.details.includes('Warn: Project is vulnerable to: https://osv.dev/GHSA-aaaa'));
    assert.ok(c?.details.includes('Info: 1 suppressed finding(s) not counted'));
    assert.match(c?.details[0] ?? '', /^Info: computed from Sterling's own vulnerability matching/);
  });

  it('an ecosystem the database has no data for makes it inconclusive, never 10', async () => {
    const c = await vulnCheck(app({ 'requirements.txt': 'requests==2.0.0\n' }));
    assert.deepEqual([c?.score, c?.status], [-1, 'inconclusive']);
    assert.match(c?.reason ?? '', /no data for PyPI/);
  });

  it('matching that did not run is inconclusive with the reason', async () => {
    const c = await vulnCheck(app(), false);
    assert.deepEqual(
      [c?.score, c?.status, c?.reason],
      [
        -1,
        'inconclusive',
        'not scored: vulnerability matching did not run (vulnerability matching was not requested); `sterling scan` with matching computes it',
      ],
    );
    const alone = await runPosture(Workspace.open(app()), { checks: ['Vulnerabilities'] });
    assert.match(alone.checks[0]?.reason ?? '', /run `sterling scan` for this check/);
  });

  it('no package at all: nothing is vulnerable (10), as in Scorecard', async () => {
    const c = await vulnCheck(tempDir());
    assert.deepEqual([c?.score, c?.reason], [10, '0 existing vulnerabilities detected']);
  });
});
