import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RELEASE, siWithRepository } from '../../src/posture/baseline/__fixtures__/insights.js';
import { runCli } from '../helpers/cli.js';
import { commitAll } from '../helpers/git.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
const FORGE = 'needs forge access (repository settings are not in the checkout)';
const ATTESTED = [
  'OSPS-AC-01.01',
  'OSPS-AC-02.01',
  'OSPS-AC-03.01',
  'OSPS-AC-03.02',
  'OSPS-QA-01.01',
  'OSPS-QA-01.02',
];

interface Req {
  id: string;
  level: number;
  status: string;
  reason: string;
  evidence: Array<{ kind: string; path?: string; line?: number }>;
}

/**
 * A project that meets every level-1 requirement: files and security-insights.yml for what Sterling
 * can see, and attestations in sterling.yaml for the forge settings it cannot. It stops at level 1
 * because level 2 needs, among others, required status checks (OSPS-QA-03.01), a forge setting.
 */
function levelOneProject(): string {
  const dir = tempDir();
  const attest = ATTESTED.map(
    (id) => `    - id: ${id}\n      status: pass\n      reason: checked in the forge settings\n`,
  ).join('');
  writeTree(dir, {
    'README.md': `# Widget\n\n${'Widget turns gadgets into gizmos. '.repeat(40)}\n`,
    LICENSE: 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n',
    'SECURITY.md': '# Security\n\nReport vulnerabilities to security@example.com.\n',
    'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n',
    '.github/ISSUE_TEMPLATE/bug.yml': 'name: Bug report\n',
    '.gitleaks.toml': 'title = "gitleaks"\n',
    'security-insights.yml': siWithRepository(RELEASE),
    'package.json': '{"name":"widget","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n',
    'sterling.yaml': `version: 1\nbaseline:\n  attest:\n${attest}`,
  });
  commitAll(dir);
  return dir;
}

async function baselineJson(
  dir: string,
): Promise<{ levelReached: number; requirements: Req[]; levels: Array<{ missing: string[] }> }> {
  const r = await runCli(['baseline', dir, '-f', 'json'], { env: EPOCH });
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(validateScanResult(doc), []);
  assert.equal(doc.baseline.status, 'ok');
  return doc.baseline;
}

describe('sterling baseline', () => {
  it('a project meeting every level-1 requirement reaches exactly level 1', async () => {
    const dir = levelOneProject();
    const b = await baselineJson(dir);
    assert.equal(b.levelReached, 1);
    const l1 = b.requirements.filter((r) => r.level === 1);
    assert.deepEqual(
      l1.filter((r) => r.status !== 'pass' && r.status !== 'not-applicable').map((r) => r.id),
      [],
    );
    assert.ok(b.levels[1]!.missing.includes('OSPS-QA-03.01'), 'level 2 stops at a forge setting');
    for (const id of ATTESTED) {
      const r = b.requirements.find((x) => x.id === id)!;
      assert.ok(
        r.evidence.some((e) => e.kind === 'attestation' && e.path === 'sterling.yaml'),
        id,
      );
    }
    const dependencies = b.requirements.find((r) => r.id === 'OSPS-QA-02.01')!;
    assert.deepEqual(dependencies.evidence[0], { kind: 'file', ref: 'package.json', path: 'package.json' });

    const table = await runCli(['baseline', dir]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /OSPS Baseline v2026\.02\.19: level 1 of 3 reached/);
    assert.match(table.stdout, /Level 1: 24 of 24 met \(nothing missing at this level\)/);
    assert.match(table.stdout, /6 requirement\(s\) rest on the maintainers' attestations/);
    assert.match(table.stdout, /security-insights\.yml: security-insights\.yml, schema 2\.0\.0/);
    assert.match(table.stdout, /OSPS-QA-03\.01 +needs-review +Status checks pass/);
  });

  it('forge-only requirements need review, never fail, without forge access', async () => {
    const dir = tempDir();
    writeTree(dir, { 'README.md': '# x\n' });
    const b = await baselineJson(dir);
    assert.equal(b.levelReached, 0);
    for (const id of ['OSPS-AC-01.01', 'OSPS-AC-03.01', 'OSPS-QA-03.01', 'OSPS-QA-07.01', 'OSPS-VM-04.01']) {
      const r = b.requirements.find((x) => x.id === id)!;
      assert.equal(r.status, 'needs-review', id);
      assert.equal(r.reason, FORGE, id);
    }
    assert.deepEqual(
      b.requirements.filter((r) => r.status === 'fail').map((r) => r.id),
      ['OSPS-LE-03.01'],
    );
    const table = await runCli(['baseline', dir]);
    assert.match(
      table.stdout,
      /OSPS-AC-01\.01 +needs-review +Collaborators must pass multi-factor authentication/,
    );
    assert.match(table.stdout, / {32}needs forge access \(repository settings are not in the checkout\)/);
  });

  it('an invalid security-insights.yml is reported with file and line, and not used', async () => {
    const dir = tempDir();
    writeTree(dir, { 'security-insights.yml': 'header:\n  schema-version: 2.0.0\n  url: ftp://x\n' });
    const table = await runCli(['baseline', dir]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /security-insights\.yml: invalid, not used: security-insights\.yml:\d+: /);
  });

  it('`sterling scan` shows one Baseline line; --no-posture leaves it out', async () => {
    const dir = levelOneProject();
    const scan = await runCli(['scan', dir, '--offline', '--no-vulns']);
    assert.match(scan.stdout, /\nBaseline {5}level 1 of 3 \(OSPS Baseline v2026\.02\.19: \d+ pass, 0 fail/);
    const none = await runCli(['scan', dir, '--offline', '--no-vulns', '--no-posture', '-f', 'json'], {
      env: EPOCH,
    });
    assert.equal(JSON.parse(none.stdout).baseline.status, 'not-run');
  });
});
