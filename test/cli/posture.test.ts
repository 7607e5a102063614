import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { commitAll } from '../helpers/git.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { repoPath } from '../helpers/shared.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
const POLICY = 'Report vulnerabilities to security@example.org; we disclose fixes within 90 days.\n';

function project(): string {
  const dir = tempDir();
  writeTree(dir, {
    'SECURITY.md': POLICY,
    'LICENSE-MIT': 'MIT License\n',
    '.github/dependabot.yml': 'version: 2\n',
    'bin/tool.exe': Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]),
  });
  return dir;
}

describe('sterling posture', () => {
  it('prints each check with its score and reason, and the aggregate', async () => {
    const r = await runCli(['posture', project()]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Posture {6}6\.7\/10 \(Scorecard v5-compatible, from the folder\)/);
    assert.match(r.stdout, /9\/10 +Binary-Artifacts +binaries present in source code/);
    assert.match(r.stdout, /10\/10 +Dependency-Update-Tool +update tool detected/);
    assert.match(r.stdout, /0\/10 +Fuzzing +project is not fuzzed\n +fix: Add fuzz tests/);
    assert.match(r.stdout, /10\/10 +License +license file detected/);
    assert.match(r.stdout, /10\/10 +Security-Policy +security policy file detected/);
    assert.match(r.stdout, /\? +Webhooks +needs forge access: /, 'forge-only checks say so, with no score');
    assert.match(
      r.stdout,
      /\? +Token-Permissions +No tokens found \[inconclusive\]/,
      'no workflow: not scored',
    );
    assert.match(r.stdout, /0\/10 +SAST +no SAST tool detected \(from the workflow files; /);
    assert.doesNotMatch(r.stdout, /Packages/, 'posture alone: no inventory');
  });

  it('--format json is a schema-valid ScanResult with every finding', async () => {
    const r = await runCli(['posture', project(), '-f', 'json'], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(validateScanResult(doc), []);
    assert.equal(doc.posture.status, 'ok');
    assert.equal(doc.posture.aggregateScore, 6.7);
    assert.deepEqual(doc.inventory.packages, []);
    assert.deepEqual(doc.diagnostics, [], 'no "nothing found" warning when no extractor ran');
    const binary = doc.posture.checks.find((c: { name: string }) => c.name === 'Binary-Artifacts');
    assert.deepEqual(binary.findings[0].location, { path: 'bin/tool.exe' });
    assert.equal(binary.findings[0].remediation.effort, 'medium');
  });

  it('--format scorecard-json has Scorecard JSON v2 shape, the aggregate with one decimal', async () => {
    const dir = project();
    commitAll(dir);
    writeTree(dir, { 'untracked.dll': Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]) });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const r = await runCli(['posture', dir, '-f', 'scorecard-json'], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(doc), ['date', 'repo', 'scorecard', 'score', 'checks', 'metadata']);
    assert.equal(doc.repo.commit, head);
    assert.equal(doc.date, '2023-11-14T22:13:20Z');
    // A repository created today with one direct commit by one author: Code-Review 0/1, no
    // organisation, Maintained 0 (created within 90 days); Vulnerabilities needs `sterling scan`.
    assert.match(r.stdout, /^ {2}"score": 4\.3,$/m);
    assert.deepEqual(
      doc.checks.map((c: { name: string; score: number }) => [c.name, c.score]),
      [
        ['Binary-Artifacts', 9],
        ['Branch-Protection', -1],
        ['CI-Tests', -1],
        ['CII-Best-Practices', -1],
        ['Code-Review', 0],
        ['Contributors', 0],
        ['Dangerous-Workflow', -1],
        ['Dependency-Update-Tool', 10],
        ['Fuzzing', 0],
        ['License', 10],
        ['Maintained', 0],
        ['Packaging', -1],
        ['Pinned-Dependencies', -1],
        ['SAST', 0],
        ['Security-Policy', 10],
        ['Signed-Releases', -1],
        ['Token-Permissions', -1],
        ['Vulnerabilities', -1],
        ['Webhooks', -1],
      ],
      'the untracked .dll is not counted: git-tracked files only; forge checks -1 (offline)',
    );
    assert.match(doc.checks[0].documentation.url, /docs\/checks\.md#binary-artifacts$/);
    assert.deepEqual(doc.checks[0].details, ['Warn: binary detected: bin/tool.exe']);
  });

  it('a missing target is a clear error (exit 3), not a stack trace', async () => {
    const r = await runCli(['posture', '/no/such/dir']);
    assert.equal(r.code, 3);
    assert.match(r.stderr, /no such file or directory/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  });
});

describe('sterling scan with posture', () => {
  it('runs posture by default and shows a section per check; --no-posture skips it', async () => {
    const app = repoPath('test', 'fixtures', 'npm-app');
    const on = await runCli(['scan', app]);
    assert.equal(on.code, 0, on.stderr);
    assert.match(on.stdout, /Posture +\d+\.\d\/10/);
    assert.match(on.stdout, /Security-Policy +security policy file not detected/);
    const off = await runCli(['scan', app, '--no-posture']);
    assert.doesNotMatch(off.stdout, /Posture +\d/);
    assert.match(off.stdout, /posture: posture checks were not requested/);
  });
});
