import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { SPDX23_SCHEMA, validateCycloneDx, validateSpdx23 } from '../helpers/schemas.js';
import { needsShared, repoPath } from '../helpers/shared.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const APP = repoPath('test', 'fixtures', 'npm-app');
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
const ESC = '\u001b';

describe('sterling scan', () => {
  it('prints a table summary of the inventory and exits 0', async () => {
    const r = await runCli(['scan', APP]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Sterling .* · demo-app/);
    assert.match(r.stdout, /Packages +4 \(direct 3, transitive 1\)/);
    assert.match(r.stdout, /scope +prod 3, dev 1/);
    assert.match(r.stdout, /left-pad +1\.3\.0 +dev/);
    assert.match(r.stdout, /vulnerabilities: no vulnerability database/);
    assert.ok(!r.stdout.includes(ESC), 'no colour codes when stdout is not a terminal');
    // Never a silent pass: without a database the scan says so, and how to get one.
    assert.match(r.stderr, /^Vulnerabilities not checked: .*sterling db update/m);
  });

  it('writes schema-valid, byte-identical JSON when SOURCE_DATE_EPOCH is set', async () => {
    const a = await runCli(['scan', APP, '--format', 'json'], { env: EPOCH });
    const b = await runCli(['scan', APP, '-f', 'json'], { env: EPOCH });
    assert.equal(a.code, 0, a.stderr);
    assert.equal(a.stdout, b.stdout);
    const doc = JSON.parse(a.stdout);
    assert.deepEqual(validateScanResult(doc), []);
    assert.equal(doc.createdAt, '2023-11-14T22:13:20Z');
    assert.equal(doc.inventory.packages.length, 4);
  });

  it('exits 3 and names file and line when a lockfile is broken, still reporting the rest', async () => {
    const dir = tempDir();
    cpSync(APP, join(dir, 'good'), { recursive: true });
    writeTree(dir, {
      'bad/package-lock.json': '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {,\n  }\n}\n',
    });
    const r = await runCli(['scan', dir, '--format', 'json']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /bad\/package-lock\.json:4/);
    assert.match(r.stderr, /Incomplete: 1 file/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(JSON.parse(r.stdout).inventory.packages.length, 4);
  });

  it('skips excluded folders given with --exclude and reports them', async () => {
    const dir = tempDir();
    cpSync(APP, join(dir, 'examples', 'app'), { recursive: true });
    const r = await runCli(['scan', dir, '-f', 'json', '--exclude', 'examples']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.inventory.packages.length, 0);
    assert.deepEqual(doc.inventory.skipped, [{ path: 'examples', reason: 'excluded-dir' }]);
  });

  it('--include and --exclude take patterns; the table says which lockfiles are tagged', async () => {
    const dir = tempDir();
    cpSync(APP, join(dir, 'services', 'web'), { recursive: true });
    cpSync(APP, join(dir, 'services', 'legacy'), { recursive: true });
    cpSync(APP, join(dir, 'test', 'fixtures', 'app'), { recursive: true });
    const r = await runCli([
      'scan',
      dir,
      '-f',
      'json',
      '--include',
      'services/**',
      'test/**',
      '--exclude',
      'services/leg*',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(
      doc.inventory.files.map((f: { path: string; tag?: string }) => `${f.path} ${f.tag ?? '-'}`),
      ['services/web/package-lock.json -', 'test/fixtures/app/package-lock.json fixture'],
    );
    assert.deepEqual(doc.inventory.skipped, [{ path: 'services/legacy', reason: 'excluded-dir' }]);
    const table = await runCli(['scan', dir, '--include', 'test/**']);
    assert.equal(table.code, 0, table.stderr);
    assert.match(
      table.stdout,
      /tagged {5}1 in test\/example\/fixture folders \(fixture 1\); 4 package\(s\) found only there/,
    );
    assert.match(table.stdout, /Skipped +4 paths: not-included 4/);
  });

  it('reports files over --max-file-size instead of reading them', async () => {
    const r = await runCli(['scan', APP, '-f', 'json', '--max-file-size', '1KB']);
    const doc = JSON.parse(r.stdout);
    assert.ok(
      doc.inventory.skipped.some(
        (s: { path: string; reason: string }) =>
          s.path === 'package-lock.json' && s.reason === 'file-too-large',
      ),
    );
  });

  it('neutralises terminal escape sequences in package names', async () => {
    const dir = tempDir();
    const evil = `evil${ESC}]0;pwned${String.fromCharCode(7)}${ESC}[2J`;
    writeTree(dir, {
      'package.json': JSON.stringify({ name: `app${ESC}[31m`, dependencies: { [evil]: '1.0.0' } }),
      'package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { name: `app${ESC}[31m`, dependencies: { [evil]: '1.0.0' } },
          [`node_modules/${evil}`]: { version: '1.0.0' },
        },
      }),
    });
    const r = await runCli(['scan', dir], { env: { FORCE_COLOR: undefined } });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes(ESC), 'raw ESC reached the terminal');
    assert.ok(!r.stdout.includes(String.fromCharCode(7)));
    assert.match(r.stdout, /evil\\x1b\]0;pwned\\x07\\x1b\[2J/);
  });
});

describe('sterling sbom', () => {
  it('writes a schema-valid CycloneDX 1.6 file atomically and says so on stderr', async () => {
    const out = join(tempDir(), 'bom.cdx.json');
    const r = await runCli(['sbom', APP, '-o', out], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Wrote cyclonedx report for demo-app .*4 packages from 1 files/);
    const bom = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(validateCycloneDx(bom, '1.6'), []);
    assert.equal(bom.components.length, 4);
  });

  it('writes SPDX 2.3 to stdout, valid against the official schema', {
    skip: needsShared(...SPDX23_SCHEMA),
  }, async () => {
    const r = await runCli(['sbom', APP, '--format', 'spdx'], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(validateSpdx23(doc), []);
    assert.equal(doc.creationInfo.created, '2023-11-14T22:13:20Z');
  });

  it('is quiet with --quiet', async () => {
    const out = join(tempDir(), 'bom.json');
    const r = await runCli(['sbom', APP, '-o', out, '--quiet']);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
  });
});

describe('exit-code contract', () => {
  const cases: Array<[string, string[], number, RegExp]> = [
    ['unknown flag', ['scan', '--frobnicate'], 2, /unknown option '--frobnicate'/],
    ['unknown command', ['scna'], 2, /unknown command 'scna'/],
    [
      'format not offered by sbom',
      ['sbom', '.', '--format', 'table'],
      2,
      /Allowed choices are cyclonedx, spdx/,
    ],
    ['bad size', ['scan', '.', '--max-file-size', 'huge'], 2, /--max-file-size: "huge" is not a size/],
    ['missing target', ['scan', '/no/such/dir'], 3, /\/no\/such\/dir: no such file or directory/],
    ['plain http URL', ['scan', 'http://example.com/repo.git'], 2, /unsupported URL scheme/],
    ['pattern leaving the tree', ['scan', '.', '--include', '../x/**'], 2, /cannot leave the scanned folder/],
    ['empty pattern', ['scan', '.', '--exclude', ' '], 2, /not a usable path pattern/],
  ];
  for (const [name, args, code, message] of cases) {
    it(`${name} -> ${code}`, async () => {
      const r = await runCli(args);
      assert.equal(r.code, code, r.stderr);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }
  it('bad SOURCE_DATE_EPOCH is a usage error', async () => {
    const r = await runCli(['scan', APP], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /SOURCE_DATE_EPOCH="yesterday"/);
  });
  it('an unwritable --output is an input error naming the path', async () => {
    const r = await runCli(['sbom', APP, '-o', '/no/such/dir/bom.json']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /cannot write \/no\/such\/dir\/bom\.json: ENOENT/);
  });
  it('--version and --help exit 0', async () => {
    const v = await runCli(['--version']);
    assert.equal(v.code, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
    const h = await runCli(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Exit codes:/);
  });
});

it('the built binary runs (dist/cli/bin.js, produced by npm run build)', async () => {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync(process.execPath, [repoPath('dist', 'cli', 'bin.js'), '--version'], {
    encoding: 'utf8',
  });
  assert.equal(out.trim(), JSON.parse(readFileSync(repoPath('package.json'), 'utf8')).version);
});
