import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BaselineRequirementResult, BaselineStatus } from '../../core/model/baseline.js';
import { inputOf } from './__fixtures__/input.js';
import { MINIMUM_SI } from './__fixtures__/insights.js';
import { BASELINE_CATALOG } from './catalog.js';
import { evaluateBaseline, levelReached, levelSummaries } from './evaluate.js';
import { FORGE_REASON } from './rule.js';

/** Requirements only the forge can answer. */
const FORGE_ONLY = [
  'OSPS-AC-01.01',
  'OSPS-AC-02.01',
  'OSPS-AC-03.01',
  'OSPS-AC-03.02',
  'OSPS-BR-02.02',
  'OSPS-QA-03.01',
  'OSPS-QA-07.01',
  'OSPS-VM-04.01',
];

function results(statuses: Record<string, BaselineStatus>): BaselineRequirementResult[] {
  return BASELINE_CATALOG.map((r) => ({
    id: r.id,
    level: r.level,
    title: r.title,
    status: statuses[r.id] ?? 'pass',
    reason: '',
    evidence: [],
    url: r.url,
  }));
}

describe('level reached', () => {
  const cases: Array<[string, Record<string, BaselineStatus>, number]> = [
    ['everything passes', {}, 3],
    ['a level-3 requirement needs review', { 'OSPS-VM-06.02': 'needs-review' }, 2],
    ['a level-2 requirement fails', { 'OSPS-LE-01.01': 'fail' }, 1],
    ['a level-1 requirement errs', { 'OSPS-QA-05.01': 'error' }, 0],
    [
      'not applicable counts as met',
      { 'OSPS-AC-04.01': 'not-applicable', 'OSPS-BR-01.01': 'not-applicable' },
      3,
    ],
    ['a level-1 gap caps it even when 2 and 3 are met', { 'OSPS-AC-01.01': 'needs-review' }, 0],
  ];
  for (const [name, statuses, want] of cases) {
    it(`${name} -> level ${want}`, () => {
      const levels = levelSummaries(results(statuses));
      assert.equal(levelReached(levels), want);
      const missing = levels.flatMap((l) => l.missing).sort();
      assert.deepEqual(
        missing,
        Object.keys(statuses)
          .filter((id) => statuses[id] !== 'not-applicable')
          .sort(),
      );
    });
  }

  it('counts are cumulative per level', () => {
    const levels = levelSummaries(results({ 'OSPS-AC-01.01': 'fail' }));
    assert.deepEqual(
      levels.map((l) => [l.level, l.met, l.total]),
      [
        [1, 23, 24],
        [2, 42, 43],
        [3, 63, 64],
      ],
    );
  });
});

describe('evaluateBaseline', () => {
  it('an evaluator that throws becomes one error result; the others still run', async () => {
    const input = await inputOf({});
    const broken = BASELINE_CATALOG.map((r) =>
      r.id === 'OSPS-DO-01.01'
        ? {
            ...r,
            evaluate: () => {
              throw new Error('boom');
            },
          }
        : r,
    );
    const report = evaluateBaseline(input, [], broken);
    const r = report.requirements.find((x) => x.id === 'OSPS-DO-01.01')!;
    assert.equal(r.status, 'error');
    assert.equal(r.reason, 'internal error: boom');
    assert.equal(report.counts.error, 1);
    assert.equal(report.requirements.length, 64);
  });

  it('on an empty tree nothing fails except the missing license file: not seeing is needs-review', async () => {
    const report = evaluateBaseline(await inputOf({ 'README.md': '# x\n' }));
    const failed = report.requirements.filter((r) => r.status === 'fail').map((r) => r.id);
    assert.deepEqual(failed, ['OSPS-LE-03.01']);
    assert.equal(report.levelReached, 0);
    assert.deepEqual(report.securityInsights, { status: 'absent' });
  });

  it('forge-only requirements need review without forge access, whatever the files say', async () => {
    const rich = {
      LICENSE: 'MIT License\n\nPermission is hereby granted, free of charge, to any person\n',
      'SECURITY.md': '# Security\n\nMail security@example.com; we answer within 2 days.\n',
      'CONTRIBUTING.md': '# Contributing\n',
      '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: go test ./...\n',
    };
    const report = evaluateBaseline(await inputOf(rich));
    for (const id of FORGE_ONLY) {
      const r = report.requirements.find((x) => x.id === id)!;
      assert.equal(r.status, 'needs-review', id);
      assert.equal(r.reason, FORGE_REASON, id);
    }
  });

  it('keeps the warnings of a valid security-insights.yml (an unknown key), and uses the file', async () => {
    const text = MINIMUM_SI.replace('  status: active\n', '  status: active\n  mood: sunny\n');
    const report = evaluateBaseline(await inputOf({ '.github/security-insights.yml': text }));
    assert.deepEqual(report.securityInsights, {
      status: 'valid',
      path: '.github/security-insights.yml',
      schemaVersion: '2.0.0',
      warnings: ['.github/security-insights.yml:21: unknown key "mood" in repository'],
    });
    assert.equal(report.requirements.find((r) => r.id === 'OSPS-QA-04.01')!.status, 'pass');
  });

  it('reports an invalid security-insights.yml with its errors, and does not use it', async () => {
    const report = evaluateBaseline(await inputOf({ 'security-insights.yml': 'header:\n  url: 1\n' }));
    assert.equal(report.securityInsights.status, 'invalid');
    assert.ok(report.securityInsights.errors?.[0]?.startsWith('security-insights.yml:'));
    assert.equal(report.requirements.find((r) => r.id === 'OSPS-QA-04.01')!.status, 'needs-review');
  });
});

describe('attestations (sterling.yaml baseline.attest)', () => {
  const mfa = {
    id: 'OSPS-AC-01.01',
    status: 'pass' as const,
    reason: 'the org requires 2FA',
    source: 'sterling.yaml',
    line: 4,
  };

  it('settle what Sterling could not observe, with the attestation as evidence', async () => {
    const report = evaluateBaseline(await inputOf({}), [mfa]);
    const r = report.requirements.find((x) => x.id === 'OSPS-AC-01.01')!;
    assert.equal(r.status, 'pass');
    assert.match(
      r.reason,
      /^attested by the maintainers in sterling\.yaml:4: the org requires 2FA \(Sterling: needs forge access/,
    );
    assert.deepEqual(r.evidence, [
      { kind: 'attestation', ref: 'pass: the org requires 2FA', path: 'sterling.yaml', line: 4 },
    ]);
  });

  it("never override Sterling's own evidence", async () => {
    const noLicense = { ...mfa, id: 'OSPS-LE-03.01', reason: 'trust us' };
    const report = evaluateBaseline(await inputOf({}), [noLicense]);
    const r = report.requirements.find((x) => x.id === 'OSPS-LE-03.01')!;
    assert.equal(r.status, 'fail');
    assert.match(r.reason, /the attestation in sterling\.yaml:4 is not used/);
    assert.equal(r.evidence.at(-1)?.kind, 'attestation');
  });
});
