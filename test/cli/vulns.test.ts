/**
 * `sterling scan` with vulnerability matching, end to end through the CLI: a real SQLite database of
 * the Node.js security WG advisories (../shared), --fail-on, sterling.yaml ignores (and their expiry),
 * --vex suppressions, and the network contract: --offline makes no request at all, while a stale or
 * missing database is updated first and a failed update leaves the scan running on what exists.
 */
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/model/scan-result.js';
import { runCli } from '../helpers/cli.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { needsShared } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';
import { NSWG, vulnerableApp } from '../helpers/vulnerable-app.js';

describe('sterling scan: vulnerabilities', { skip: needsShared(...NSWG) }, () => {
  const work = tempDir();
  const db = join(work, 'osv.sqlite');
  const app = join(work, 'app');
  const requests: string[] = [];
  let server: Server;
  let base = '';
  before(async () => {
    await vulnerableApp(app, db);
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.writeHead(500).end('down for maintenance');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server?.close());

  async function json(args: string[], env: Record<string, string | undefined> = {}) {
    const r = await runCli(['scan', app, '--format', 'json', '--db', db, ...args], { env });
    return { ...r, result: JSON.parse(r.stdout || '{}') as ScanResult };
  }

  it('reports every finding in schema-valid JSON and exits 0 without --fail-on', async () => {
    const r = await json([]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(validateScanResult(r.result), []);
    assert.equal(r.result.vulnerabilities.status, 'ok');
    if (r.result.vulnerabilities.status === 'ok') assert.equal(r.result.vulnerabilities.findings.length, 8);
  });

  it('--fail-on exits 1 exactly when an open finding reaches the threshold', async () => {
    const all = await json([]);
    if (all.result.vulnerabilities.status !== 'ok') throw new Error('no report');
    const levels = all.result.vulnerabilities.findings.map((f) => f.severity.level);
    for (const threshold of ['critical', 'high', 'low'] as const) {
      const order = ['low', 'medium', 'high', 'critical'];
      const expectFail = levels.some((l) => order.indexOf(l) >= order.indexOf(threshold));
      const r = await runCli(['scan', app, '--db', db, '--fail-on', threshold]);
      assert.equal(r.code, expectFail ? 1 : 0, `${threshold}: ${r.stderr}`);
      if (expectFail)
        assert.match(
          r.stderr,
          new RegExp(`Failed: \\d+ vulnerability finding\\(s\\) at or above --fail-on ${threshold}`),
        );
    }
    assert.ok(levels.includes('high'), 'the fixture has high findings, so --fail-on high is exercised');
  });

  it('sterling.yaml ignores suppress (still listed, with the reason); an expired one does not', async () => {
    writeFileSync(
      join(app, 'sterling.yaml'),
      [
        'version: 1',
        'ignore:',
        '  - id: CVE-2015-8315',
        '    reason: ms is only used to format log durations we control',
        '  - id: NSWG-ECO-101',
        '    reason: old decision',
        '    until: 2020-01-31',
        'vulnerabilities:',
        '  failOn: high',
        '',
      ].join('\n'),
    );
    try {
      const r = await json([]);
      const v = r.result.vulnerabilities;
      if (v.status !== 'ok') throw new Error('no report');
      const ms = v.findings.find((f) => f.id === 'NSWG-ECO-46');
      assert.deepEqual(ms?.suppressed, {
        kind: 'config',
        source: 'sterling.yaml',
        reason: 'ms is only used to format log durations we control',
      });
      assert.equal(v.findings.find((f) => f.id === 'NSWG-ECO-101')?.suppressed, undefined);
      assert.equal(v.counts.suppressed, 1);
      assert.ok(
        r.result.diagnostics.some((d) => d.code === 'ignore-expired' && d.message.includes('2020-01-31')),
      );
      assert.deepEqual(r.result.config, { path: 'sterling.yaml', failOn: 'high' });
      assert.equal(r.code, 1, 'failOn from sterling.yaml applies when --fail-on is not given');
      const cli = await runCli(['scan', app, '--db', db, '--fail-on', 'critical']);
      assert.equal(cli.code, 0, '--fail-on wins over the config');
    } finally {
      writeFileSync(join(app, 'sterling.yaml'), 'version: 1\n');
    }
  });

  it('findings only in example/fixture lockfiles are reported, tagged, and fail only when asked', async () => {
    const tree = join(work, 'tagged');
    cpSync(app, join(tree, 'examples', 'vulnerable'), { recursive: true });
    writeFileSync(join(tree, 'examples', 'vulnerable', 'sterling.yaml'), 'version: 1\n');
    const r = await runCli(['scan', tree, '-f', 'json', '--db', db, '--fail-on', 'low']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      /Not counted for --fail-on: 8 finding\(s\) in packages declared only in test, example or fixture folders/,
    );
    const result = JSON.parse(r.stdout) as ScanResult;
    assert.deepEqual(validateScanResult(result), []);
    const v = result.vulnerabilities;
    if (v.status !== 'ok') throw new Error('no report');
    assert.equal(v.findings.length, 8);
    assert.ok(v.findings.every((f) => f.tags?.join() === 'example'));
    const counted = await runCli(['scan', tree, '--db', db, '--fail-on', 'low', '--fail-on-tagged']);
    assert.equal(counted.code, 1, counted.stderr);
    assert.match(counted.stderr, /Failed: 8 vulnerability finding\(s\)/);
    assert.match(counted.stdout, /\[example only\]/);
    writeFileSync(
      join(tree, 'sterling.yaml'),
      'version: 1\nvulnerabilities:\n  failOn: low\n  failOnTagged: true\n',
    );
    const fromConfig = await runCli(['scan', tree, '--db', db]);
    assert.equal(fromConfig.code, 1, 'failOnTagged in sterling.yaml counts them too');
  });

  it('a bad sterling.yaml is an input error naming the file and line', async () => {
    writeFileSync(join(app, 'sterling.yaml'), 'version: 1\nignores: []\n');
    try {
      const r = await runCli(['scan', app, '--db', db]);
      assert.equal(r.code, 3);
      assert.match(r.stderr, /sterling\.yaml:2: unknown key "ignores"/);
    } finally {
      writeFileSync(join(app, 'sterling.yaml'), 'version: 1\n');
    }
  });

  it('--vex not_affected statements suppress the named findings', async () => {
    const vex = join(work, 'app.openvex.json');
    writeFileSync(
      vex,
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex/1',
        author: 'Test',
        timestamp: '2026-01-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2015-8854' },
            products: [{ '@id': 'pkg:npm/marked@0.3.3' }],
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path',
          },
        ],
      }),
    );
    const r = await json(['--vex', vex]);
    if (r.result.vulnerabilities.status !== 'ok') throw new Error('no report');
    const marked = r.result.vulnerabilities.findings.find((f) => f.id === 'NSWG-ECO-23');
    assert.equal(marked?.suppressed?.kind, 'vex');
    assert.equal(marked?.suppressed?.justification, 'vulnerable_code_not_in_execute_path');
    assert.equal(r.result.vulnerabilities.findings.filter((f) => f.suppressed).length, 1);
  });

  it('--offline makes no network request, even with no database at all', async () => {
    requests.length = 0;
    const missing = join(work, 'none', 'osv.sqlite');
    const r = await runCli(['scan', app, '--db', missing, '--offline'], {
      env: { STERLING_OFFLINE: undefined, STERLING_OSV_BASE_URL: base },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(requests, []);
    assert.match(r.stderr, /Vulnerabilities not checked: no vulnerability database .*offline/);
  });

  it('--offline refuses a git URL target instead of cloning it', async () => {
    const r = await runCli(['scan', 'https://example.invalid/repo.git', '--offline']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--offline makes no network connection, and a git URL has to be cloned/);
  });

  it('without --offline a missing database is downloaded first; a failed download is reported, not fatal', async () => {
    requests.length = 0;
    const missing = join(work, 'none2', 'osv.sqlite');
    const r = await runCli(['scan', app, '--db', missing], {
      env: { STERLING_OFFLINE: undefined, STERLING_OSV_BASE_URL: base },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(requests, ['/npm/all.zip']);
    assert.match(r.stderr, /Vulnerabilities not checked: .*download failed/);
  });

  it('a stale database is refreshed first; when that fails the scan uses the old data and says so', async () => {
    requests.length = 0;
    const r = await json(['--max-db-age', '0'], { STERLING_OFFLINE: undefined, STERLING_OSV_BASE_URL: base });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(requests, ['/npm/all.zip']);
    const v = r.result.vulnerabilities;
    if (v.status !== 'ok') throw new Error('no report');
    assert.equal(v.findings.length, 8);
    assert.match(v.database.updateError ?? '', /500/);
    assert.match(r.stderr, /could not be updated; results use data/);
  });
});
