/**
 * `sterling scan` of a Go module against real Go vulndb records (../shared/osv-sample): the
 * standard library (`stdlib`) and go command (`toolchain`) named by go.mod's toolchain line are
 * matched only with `--go-stdlib` or `vulnerabilities.goStdlib: true`; otherwise they are listed as
 * unchecked (`toolchain-opt-in`). A go line alone is a minimum: unchecked even when asked.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { ScanResult } from '../../src/core/model/scan-result.js';
import type { VulnerabilityReport } from '../../src/core/model/vulnerability.js';
import { importRecords, openDatabase } from '../../src/vuln/db/index.js';
import { runCli } from '../helpers/cli.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { needsShared, sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

const GO = ['osv-sample', 'golang-vulndb', 'data', 'osv'];
/** stdlib fixed in 1.22.4 (net/netip), toolchain fixed in 1.23.11 (cmd/go), golang.org/x/text fixed in 0.3.8. */
const RECORDS = ['GO-2024-2887', 'GO-2025-3828', 'GO-2022-1059'];

const GO_MOD = (directives: string) =>
  `module example.com/app\n\n${directives}\n\nrequire golang.org/x/text v0.3.7\n`;

describe('sterling scan: Go stdlib matching is opt-in', { skip: needsShared(...GO) }, () => {
  const work = tempDir();
  const db = join(work, 'osv.sqlite');
  const pinned = join(work, 'pinned');
  const minimum = join(work, 'minimum');
  before(async () => {
    mkdirSync(pinned);
    mkdirSync(minimum);
    writeFileSync(join(pinned, 'go.mod'), GO_MOD('go 1.22.0\n\ntoolchain go1.22.3'));
    writeFileSync(join(minimum, 'go.mod'), GO_MOD('go 1.22'));
    const handle = openDatabase(db);
    try {
      const report = await importRecords(
        handle,
        RECORDS.map((id) => sharedPath(...GO, `${id}.json`)),
      );
      assert.equal(report.invalid, 0);
    } finally {
      handle.close();
    }
  });

  async function scan(dir: string, ...args: string[]): Promise<VulnerabilityReport> {
    const r = await runCli(['scan', dir, '--format', 'json', '--db', db, ...args]);
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout) as ScanResult;
    assert.deepEqual(validateScanResult(result), []);
    assert.equal(result.vulnerabilities.status, 'ok');
    return result.vulnerabilities as VulnerabilityReport;
  }
  const found = (v: VulnerabilityReport) => v.findings.map((f) => [f.id, f.package.name, f.package.version]);
  const unchecked = (v: VulnerabilityReport) => v.unchecked.map((u) => [u.packageId, u.reason, u.records]);

  it('by default: stdlib and toolchain are unchecked with the opt-in reason; modules are matched', async () => {
    const v = await scan(pinned);
    assert.deepEqual(found(v), [['GO-2022-1059', 'golang.org/x/text', 'v0.3.7']]);
    assert.deepEqual(unchecked(v), [
      ['Go:stdlib@1.22.3#toolchain', 'toolchain-opt-in', ['GO-2024-2887']],
      ['Go:toolchain@1.22.3#toolchain', 'toolchain-opt-in', ['GO-2025-3828']],
    ]);
    assert.match(v.unchecked[0]!.detail, /minimum Go version.*--go-stdlib/);
  });

  const stdlibFindings = [
    ['GO-2022-1059', 'golang.org/x/text', 'v0.3.7'],
    ['GO-2024-2887', 'stdlib', '1.22.3'],
    ['GO-2025-3828', 'toolchain', '1.22.3'],
  ];

  it('--go-stdlib: toolchain go1.22.3 is matched (stdlib fixed in 1.22.4, toolchain in 1.23.11)', async () => {
    const v = await scan(pinned, '--go-stdlib');
    assert.deepEqual(found(v).sort(), stdlibFindings);
    assert.deepEqual(unchecked(v), []);
    const stdlib = v.findings.find((f) => f.package.name === 'stdlib');
    assert.equal(stdlib?.fixedIn, '1.22.4');
  });

  it('vulnerabilities.goStdlib: true in sterling.yaml does the same', async () => {
    const config = join(work, 'go-stdlib.yaml');
    writeFileSync(config, 'version: 1\nvulnerabilities:\n  goStdlib: true\n');
    const v = await scan(pinned, '--config', config);
    assert.deepEqual(found(v).sort(), stdlibFindings);
  });

  it('--go-stdlib with only "go 1.22" (a minimum): unchecked as unresolved, never a guessed finding', async () => {
    const v = await scan(minimum, '--go-stdlib');
    assert.deepEqual(found(v), [['GO-2022-1059', 'golang.org/x/text', 'v0.3.7']]);
    assert.deepEqual(unchecked(v), [
      ['Go:stdlib@>=1.22#toolchain', 'unresolved-version', ['GO-2024-2887']],
      ['Go:toolchain@>=1.22#toolchain', 'unresolved-version', ['GO-2025-3828']],
    ]);
    assert.match(v.unchecked[0]!.detail, /minimum version ">=1\.22"/);
  });
});
