import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { validateScanResult } from '../helpers/scan-schema.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

/** 2023-11-14: `until` dates are compared with the scan's date. */
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
const exe = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);

const STERLING_YAML = [
  'version: 1',
  'posture:',
  '  suppress:',
  '    - path: test/data',
  '      reason: test-data',
  '      note: loader fixtures, never shipped',
  '    - check: SAST',
  '      reason: not-detected',
  '      note: "CodeQL runs from the organisation ruleset \\e[31m"',
  '    - check: Fuzzing',
  '      reason: not-applicable',
  '      note: no parser',
  '      until: 2023-01-31',
  '',
].join('\n');

const SCORECARD_YML =
  'annotations:\n  - checks: [dependency-update-tool, security-policy]\n    reasons:\n      - reason: not-supported\n';

function project(withAnnotations: boolean): string {
  const dir = tempDir();
  writeTree(dir, {
    'SECURITY.md': 'Report vulnerabilities to security@example.org; we disclose fixes within 90 days.\n',
    'bin/tool.exe': exe(),
    'test/data/a.exe': exe(),
    'test/data/b.exe': exe(),
    ...(withAnnotations ? { 'sterling.yaml': STERLING_YAML, '.github/scorecard.yml': SCORECARD_YML } : {}),
  });
  return dir;
}

interface Check {
  name: string;
  score: number;
  reason: string;
  annotations?: Array<{ reason: string; note: string; source: string }>;
  findings: Array<{ location?: { path: string }; suppressed?: { source: string } }>;
}

describe('sterling posture with suppressions (sterling.yaml) and annotations (scorecard.yml)', () => {
  it('json: schema-valid, annotations and suppressed findings shown, every score unchanged', async () => {
    const plain = await runCli(['posture', project(false), '-f', 'json'], { env: EPOCH });
    const r = await runCli(['posture', project(true), '-f', 'json'], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(validateScanResult(doc), []);
    const before = JSON.parse(plain.stdout).posture;
    const checks: Check[] = doc.posture.checks;
    assert.deepEqual(
      checks.map((c) => [c.name, c.score, c.reason]),
      before.checks.map((c: Check) => [c.name, c.score, c.reason]),
    );
    assert.equal(doc.posture.aggregateScore, before.aggregateScore);
    const shown = Object.fromEntries(
      checks.flatMap((c) => (c.annotations ? [[c.name, c.annotations.map((a) => a.source)]] : [])),
    );
    // Dependency-Update-Tool is annotated; Security-Policy scores 10, so its annotation is dropped.
    assert.deepEqual(shown, {
      'Binary-Artifacts': ['sterling.yaml:4'],
      'Dependency-Update-Tool': ['.github/scorecard.yml:4'],
      SAST: ['sterling.yaml:7'],
    });
    const binary = checks.find((c) => c.name === 'Binary-Artifacts')!;
    assert.deepEqual(
      binary.findings.map((f) => [f.location?.path, f.suppressed?.source]),
      [
        ['bin/tool.exe', undefined],
        ['test/data/a.exe', 'sterling.yaml:4'],
        ['test/data/b.exe', 'sterling.yaml:4'],
      ],
    );
    // The expired Fuzzing entry is told; the scorecard.yml entry is still shown on one of its checks.
    assert.deepEqual(
      doc.diagnostics.map((d: { code: string; line?: number }) => `${d.code} ${d.line}`),
      ['posture-suppression-expired 10'],
    );
  });

  it('scorecard-json: an `annotations` array of strings on annotated checks only, as Scorecard prints it', async () => {
    const r = await runCli(['posture', project(true), '-f', 'scorecard-json'], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    const checks: Array<{ name: string; annotations?: string[] }> = JSON.parse(r.stdout).checks;
    const annotated = checks.filter((c) => 'annotations' in c);
    assert.deepEqual(
      annotated.map((c) => [c.name, c.annotations]),
      [
        ['Binary-Artifacts', ['loader fixtures, never shipped']],
        [
          'Dependency-Update-Tool',
          ['The check or probe is fulfilled but in a way that is not supported by Scorecard.'],
        ],
        ['SAST', ['CodeQL runs from the organisation ruleset \u001b[31m']],
      ],
    );
  });

  it('table: an `annotated:` line under the check, the count of suppressed findings, control characters removed', async () => {
    const r = await runCli(['posture', project(true)], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /Binary-Artifacts .*\n(?: +fix: .*\n)? +annotated: test-data — loader fixtures, never shipped \(sterling\.yaml:4\); 2 findings suppressed\n/,
    );
    assert.match(
      r.stdout,
      / +annotated: not-detected — CodeQL runs from the organisation ruleset \\x1b\[31m \(sterling\.yaml:7\)\n/,
    );
    assert.ok(!r.stdout.includes('\u001b'), 'no escape sequence from the note reaches the terminal');
    assert.doesNotMatch(r.stdout, /Fuzzing .*\n.*\n? +annotated/, 'expired: not shown');
    assert.match(
      r.stdout,
      /\n {2}warning suppression of Fuzzing in sterling\.yaml:10 expired on 2023-01-31; the check is shown without it\n/,
    );
  });

  it('an invalid scorecard.yml is a warning; the scan goes on with the sterling.yaml suppressions', async () => {
    const dir = project(true);
    rmSync(join(dir, '.github/scorecard.yml'));
    writeTree(dir, {
      'scorecard.yml': 'annotations:\n  - checks: [code-reveiw]\n    reasons: [{reason: test-data}]\n',
    });
    const r = await runCli(['posture', dir, '-f', 'json'], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    const warning = doc.diagnostics.find((d: { code: string }) => d.code === 'scorecard-yml-invalid');
    assert.match(
      warning.message,
      /^scorecard\.yml:2: annotations\[0\]\.checks\[0\]: not a Scorecard check: "code-reveiw"/,
    );
    assert.ok(doc.posture.checks.some((c: Check) => c.annotations?.[0]?.source === 'sterling.yaml:4'));
  });

  it('a bad sterling.yaml entry stops with the file, line and a suggestion', async () => {
    const dir = project(false);
    writeTree(dir, {
      'sterling.yaml':
        'version: 1\nposture:\n  suppress:\n    - check: binary-artefacts\n      reason: test-data\n      note: n\n',
    });
    const r = await runCli(['posture', dir]);
    assert.notEqual(r.code, 0);
    assert.match(
      r.stderr,
      /sterling\.yaml:4: posture\.suppress\[0\]\.check: unknown check "binary-artefacts"; did you mean "Binary-Artifacts"\?/,
    );
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  });
});
