import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PostureSuppressEntry } from '../../config/schema.js';
import type { CheckResult, PostureReport } from '../../core/model/posture.js';
import { rawOf } from '../__fixtures__/tree.js';
import { binaryArtifactsCheck } from '../checks/binary-artifacts.js';
import { fuzzingCheck } from '../checks/fuzzing.js';
import { securityPolicyCheck } from '../checks/security-policy.js';
import { evaluatePosture } from '../run.js';
import { applyAnnotations } from './apply.js';
import { type AnnotationRule, ruleFromConfig } from './rules.js';
import { parseScorecardYml } from './scorecard-yml.js';

const TODAY = '2026-12-01';
const exe = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);

/** Binary-Artifacts (three binaries: two in test/data, one in bin), Fuzzing (0) and Security-Policy (10). */
async function report(): Promise<PostureReport> {
  const raw = await rawOf({
    'SECURITY.md': 'Report vulnerabilities to security@example.org within 90 days.\n',
    'test/data/a.exe': exe(),
    'test/data/deep/b.exe': exe(),
    'bin/tool.exe': exe(),
  });
  return evaluatePosture(raw, [binaryArtifactsCheck, fuzzingCheck, securityPolicyCheck]);
}

function entry(e: Partial<PostureSuppressEntry>, line = 3): AnnotationRule {
  return ruleFromConfig({ reason: 'test-data', note: 'n', source: 'sterling.yaml', line, ...e });
}

function check(r: PostureReport, name: string): CheckResult {
  const c = r.checks.find((x) => x.name === name);
  assert.ok(c, name);
  return c;
}

function suppressedPaths(c: CheckResult): string[] {
  return c.findings.flatMap((f) => (f.suppressed ? [f.location?.path ?? '?'] : [])).sort();
}

describe('applyAnnotations', () => {
  it('the fixture is what the tests assume', async () => {
    const r = await report();
    assert.deepEqual(
      r.checks.map((c) => `${c.name} ${c.score}`),
      ['Binary-Artifacts 7', 'Fuzzing 0', 'Security-Policy 10'],
    );
  });

  /** [name, rules, check -> expected annotations' sources, Binary-Artifacts' suppressed paths] */
  const CASES: Array<[string, AnnotationRule[], Record<string, string[]>, string[]]> = [
    [
      'a check-level entry annotates the check, suppresses no finding',
      [entry({ check: 'fuzzing', reason: 'not-supported' })],
      { Fuzzing: ['sterling.yaml:3'] },
      [],
    ],
    [
      'a path entry suppresses the findings under it, and annotates their check',
      [entry({ path: 'test/data' })],
      { 'Binary-Artifacts': ['sterling.yaml:3'] },
      ['test/data/a.exe', 'test/data/deep/b.exe'],
    ],
    [
      'a name pattern matches at any depth',
      [entry({ path: 'deep' })],
      { 'Binary-Artifacts': ['sterling.yaml:3'] },
      ['test/data/deep/b.exe'],
    ],
    [
      'a probe entry suppresses every finding to act on of the probe',
      [entry({ probe: 'hasUnverifiedBinaryArtifacts', reason: 'remediated' })],
      { 'Binary-Artifacts': ['sterling.yaml:3'] },
      ['bin/tool.exe', 'test/data/a.exe', 'test/data/deep/b.exe'],
    ],
    ['check and path together: only that check', [entry({ check: 'Fuzzing', path: 'test' })], {}, []],
    [
      'the first entry that matches a finding suppresses it; both are shown',
      [entry({ path: 'test' }, 3), entry({ path: 'test/data/deep' }, 7), entry({ path: 'bin' }, 9)],
      { 'Binary-Artifacts': ['sterling.yaml:3', 'sterling.yaml:9'] },
      ['bin/tool.exe', 'test/data/a.exe', 'test/data/deep/b.exe'],
    ],
    [
      'a check at the maximum score (10) shows no annotation, as in Scorecard',
      [entry({ check: 'security-policy', reason: 'not-applicable' })],
      {},
      [],
    ],
    [
      'an expired entry applies to nothing',
      [entry({ path: 'test', until: '2026-11-30' }), entry({ check: 'Fuzzing', until: '2026-11-30' })],
      {},
      [],
    ],
    [
      'an entry is in force on its until day',
      [entry({ path: 'test', until: TODAY })],
      { 'Binary-Artifacts': ['sterling.yaml:3'] },
      ['test/data/a.exe', 'test/data/deep/b.exe'],
    ],
  ];
  for (const [name, rules, annotations, paths] of CASES) {
    it(name, async () => {
      const before = await report();
      const { report: after } = applyAnnotations(before, rules, TODAY);
      const shown: Record<string, string[]> = {};
      for (const c of after.checks) if (c.annotations) shown[c.name] = c.annotations.map((a) => a.source);
      assert.deepEqual(shown, annotations);
      assert.deepEqual(suppressedPaths(check(after, 'Binary-Artifacts')), paths);
      // Scorecard's semantics: scores, reasons, details and the aggregate never change.
      assert.deepEqual(
        after.checks.map((c) => [c.score, c.reason, c.details]),
        before.checks.map((c) => [c.score, c.reason, c.details]),
      );
      assert.equal(after.aggregateScore, before.aggregateScore);
    });
  }

  it('only findings to act on are suppressed (not the probe’s good outcomes)', async () => {
    const { report: after } = applyAnnotations(
      await report(),
      [entry({ probe: 'securityPolicyPresent' })],
      TODAY,
    );
    assert.ok(check(after, 'Security-Policy').findings.every((f) => f.suppressed === undefined));
  });

  it('keeps the suppression as the model says: reason, note, file:line', async () => {
    const rule = entry({ path: 'bin', reason: 'remediated', note: 'signed by the release job' }, 12);
    const { report: after } = applyAnnotations(await report(), [rule], TODAY);
    const f = check(after, 'Binary-Artifacts').findings.find((x) => x.location?.path === 'bin/tool.exe');
    assert.deepEqual(f?.suppressed, {
      reason: 'remediated',
      note: 'signed by the release job',
      source: 'sterling.yaml:12',
    });
  });

  it('applying again gives the same report (nothing is added twice)', async () => {
    const rules = [entry({ path: 'test' }), entry({ check: 'Fuzzing' }, 8)];
    const once = applyAnnotations(await report(), rules, TODAY).report;
    assert.deepEqual(applyAnnotations(once, rules, TODAY).report, once);
  });

  it('does not modify the report passed in', async () => {
    const before = await report();
    const copy = structuredClone(before);
    applyAnnotations(before, [entry({ path: 'test' }), entry({ check: 'Fuzzing' })], TODAY);
    assert.deepEqual(before, copy);
  });

  it('scorecard.yml annotations: Scorecard’s reason text as the note, file:line as the source', async () => {
    const yml =
      'annotations:\n  - checks: [binary-artifacts, fuzzing]\n    reasons:\n      - reason: test-data\n';
    const { rules } = parseScorecardYml(yml, '.github/scorecard.yml');
    const { report: after } = applyAnnotations(await report(), rules, TODAY);
    const note = 'The files or code snippets are only used for test or example purposes.';
    for (const name of ['Binary-Artifacts', 'Fuzzing'])
      assert.deepEqual(check(after, name).annotations, [
        { reason: 'test-data', note, source: '.github/scorecard.yml:4' },
      ]);
    assert.deepEqual(suppressedPaths(check(after, 'Binary-Artifacts')), [], 'check-level: no finding');
  });
});

describe('applyAnnotations: diagnostics', () => {
  /** [name, rules, expected "code level line: message"] */
  const CASES: Array<[string, AnnotationRule[], string[]]> = [
    ['an entry in use says nothing', [entry({ path: 'test' }), entry({ check: 'Fuzzing' })], []],
    [
      'an expired path entry: its findings are to act on again',
      [entry({ path: 'test', until: '2026-01-31' })],
      [
        'posture-suppression-expired warning 3: suppression of findings under "test" in sterling.yaml:3 expired on 2026-01-31; 2 findings are to act on again',
      ],
    ],
    [
      'an expired entry whose findings another entry suppresses',
      [entry({ path: 'test', until: '2026-01-31' }), entry({ probe: 'hasUnverifiedBinaryArtifacts' }, 9)],
      [
        'posture-suppression-expired warning 3: suppression of findings under "test" in sterling.yaml:3 expired on 2026-01-31; the findings it matched are suppressed by other entries',
      ],
    ],
    [
      'an expired check-level entry',
      [entry({ check: 'Fuzzing', until: '2026-01-31' })],
      [
        'posture-suppression-expired warning 3: suppression of Fuzzing in sterling.yaml:3 expired on 2026-01-31; the check is shown without it',
      ],
    ],
    [
      'an entry that matches no finding to act on',
      [entry({ path: 'docs' })],
      [
        'posture-suppression-unused info 3: suppression of findings under "docs" in sterling.yaml:3 matches no finding to act on; remove it if the issue is gone',
      ],
    ],
    [
      'an entry on a check that scores 10',
      [entry({ check: 'Security-Policy' })],
      [
        'posture-annotation-dropped info 3: suppression of Security-Policy in sterling.yaml:3 is not shown: the check scores 10 (as in Scorecard, an annotation on a maximum score is out of date); remove it',
      ],
    ],
  ];
  for (const [name, rules, expected] of CASES) {
    it(name, async () => {
      const { diagnostics } = applyAnnotations(await report(), rules, TODAY);
      assert.deepEqual(
        diagnostics.map((d) => `${d.code} ${d.level} ${d.line}: ${d.message}`),
        expected,
      );
    });
  }

  it('refuses a date that is not YYYY-MM-DD (a programming error)', async () => {
    const r = await report();
    assert.throws(() => applyAnnotations(r, [], '1 Dec 2026'), /today must be YYYY-MM-DD/);
  });
});
