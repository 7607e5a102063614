import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { SARIF_SCHEMA, validateSarif } from '../../../../test/helpers/schemas.js';
import { needsShared } from '../../../../test/helpers/shared.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import type { SeverityLevel, VulnerabilityFinding } from '../../../core/model/vulnerability.js';
import {
  finding,
  HOSTILE_PATH,
  manyFindingsResult,
  notRunResult,
  vulnPackages as P,
  sampleFindings,
  vulnResult,
} from '../__fixtures__/vulns.js';
import { sarifFormat } from './index.js';
import { GITHUB_SARIF_LIMITS } from './limits.js';

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: string };
  help: { text: string; markdown: string };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations?: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } };
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: {
    kind: string;
    status: string;
    justification: string;
    location?: { physicalLocation: { artifactLocation: { uri: string } } };
  }[];
  properties: Record<string, string>;
}
interface Notification {
  level: string;
  message: { text: string };
  descriptor: { id: string };
  properties?: Record<string, unknown>;
}
interface Run {
  tool: { driver: { name: string; version: string; semanticVersion?: string; rules: Rule[] } };
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: Notification[] }[];
  originalUriBaseIds: Record<string, unknown>;
  versionControlProvenance?: { repositoryUri: string; revisionId?: string }[];
  results: Result[];
  properties: Record<string, unknown>;
}
interface Log {
  $schema: string;
  version: string;
  runs: Run[];
}

const SCHEMA = { skip: needsShared(...SARIF_SCHEMA) };

function render(result: ScanResult = vulnResult()): Run {
  const log = JSON.parse(sarifFormat.render(result)) as Log;
  assert.equal(log.runs.length, 1);
  return log.runs[0]!;
}

function rule(run: Run, id: string): Rule {
  const r = run.tool.driver.rules.find((x) => x.id === id);
  assert.ok(r, `rule ${id}`);
  return r;
}

function results(run: Run, ruleId: string): Result[] {
  return run.results.filter((r) => r.ruleId === ruleId);
}

function notifications(run: Run, id: string): Notification[] {
  return run.invocations[0]!.toolExecutionNotifications.filter((n) => n.descriptor.id === id);
}

/** Every string value of a JSON document. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function withFindings(findings: VulnerabilityFinding[]): ScanResult {
  return vulnResult(findings);
}

describe('sarif format: schema', SCHEMA, () => {
  const cases: [string, () => ScanResult][] = [
    ['the sample (every kind of finding)', () => vulnResult()],
    ['matching not run', () => notRunResult()],
    ['no findings', () => withFindings([])],
    ['a git target', () => ({ ...vulnResult(), target: gitTarget() })],
  ];
  for (const [name, make] of cases) {
    it(`is valid SARIF 2.1.0: ${name}`, () => {
      assert.deepEqual(validateSarif(JSON.parse(sarifFormat.render(make()))), []);
    });
  }
  it('is what the validator rejects once broken (the check is real)', () => {
    const log = JSON.parse(sarifFormat.render(vulnResult())) as Log;
    (log.runs[0]!.results[0] as unknown as Record<string, unknown>).level = 'fatal';
    delete (log.runs[0]!.tool.driver as Partial<Run['tool']['driver']>).rules;
    (log.runs[0]!.tool.driver as unknown as Record<string, unknown>).name = 42;
    const errors = validateSarif(log);
    assert.ok(errors.some((e) => e.includes('/results/0/level')));
    assert.ok(errors.some((e) => e.includes('/tool/driver/name')));
  });
});

function gitTarget(): ScanResult['target'] {
  return {
    input: 'https://user:secret@example.com/acme/app.git',
    kind: 'git',
    name: 'app',
    commit: '0123456789abcdef0123456789abcdef01234567',
  };
}

describe('sarif format: run and tool', () => {
  it('describes the tool with its version', () => {
    const run = render();
    assert.equal(run.tool.driver.name, 'sterling');
    assert.equal(run.tool.driver.version, '0.1.0');
    assert.equal(run.tool.driver.semanticVersion, '0.1.0');
    assert.equal(run.invocations[0]!.executionSuccessful, true);
  });

  it('makes every URI relative to %SRCROOT% and says what that is, without local paths', () => {
    const text = sarifFormat.render(vulnResult());
    const run = JSON.parse(text).runs[0] as Run;
    assert.ok(run.originalUriBaseIds['%SRCROOT%']);
    for (const r of run.results)
      for (const l of r.locations ?? [])
        assert.equal(l.physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(!text.includes('/tmp/demo-app'), 'the scanned folder path is not published');
    assert.ok(!text.includes('.cache/sterling'), 'the database path is not published');
  });

  it('records the repository of a git target, without credentials', () => {
    const run = render({ ...vulnResult(), target: gitTarget() });
    assert.deepEqual(run.versionControlProvenance?.[0]?.repositoryUri, 'https://example.com/acme/app.git');
    assert.equal(run.versionControlProvenance?.[0]?.revisionId, gitTarget().commit);
    assert.ok(!JSON.stringify(run).includes('secret'));
  });
});

describe('sarif format: rules', () => {
  it('has one rule per alias group, sorted by id, referenced by index', () => {
    const run = render();
    const ids = run.tool.driver.rules.map((r) => r.id);
    assert.deepEqual(ids, [...new Set(sampleFindings().map((f) => f.id))].sort());
    assert.equal(ids.length, 6);
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex]!.id, r.ruleId);
  });

  it('merges findings of the same issue on different packages into one rule', () => {
    const a = finding({ id: 'GHSA-same', pkg: P.lodash, aliases: ['CVE-1'], level: 'medium' });
    const b = finding({ id: 'GHSA-same', pkg: P.qs, aliases: ['CVE-2'], level: 'critical', score: 9.1 });
    const run = render(withFindings([a, b]));
    assert.equal(run.tool.driver.rules.length, 1);
    const r = rule(run, 'GHSA-same');
    assert.deepEqual(r.properties.tags, ['security', 'vulnerability', 'GHSA-same', 'CVE-1', 'CVE-2']);
    assert.equal(r.properties['security-severity'], '9.1', 'the worst of the group');
    assert.match(r.fullDescription.text, /lodash 4\.17\.20 \(npm\), qs 6\.5\.2 \(npm\)/);
    assert.equal(results(run, 'GHSA-same').length, 2);
  });

  it('lists every id, the package, the fix and the path in name, descriptions and help', () => {
    const r = rule(render(), 'GHSA-35jh-r3h4-6jhm');
    assert.equal(r.name, 'GHSA-35jh-r3h4-6jhm, CVE-2021-23337');
    assert.equal(r.shortDescription.text, 'Command Injection in lodash');
    assert.match(r.fullDescription.text, /Also known as CVE-2021-23337/);
    for (const want of [
      '4.17.21',
      'express 4.17.1 > lodash 4.17.20',
      'package-lock.json line 40',
      'CVE-2021-23337',
    ])
      assert.ok(r.help.text.includes(want), `help.text has ${want}`);
    assert.match(r.help.markdown, /\[ADVISORY\]\(https:\/\/github\.com\/advisories\/GHSA-35jh-r3h4-6jhm\)/);
    assert.ok(!r.help.markdown.includes('javascript:alert(1))'), 'unsafe reference URLs are dropped');
    assert.equal(r.properties.precision, 'very-high');
  });

  const severities: [
    string,
    Partial<VulnerabilityFinding> & { level?: SeverityLevel; score?: number },
    string,
    string,
  ][] = [
    ['CVSS score', { level: 'high', score: 7.5 }, '7.5', 'error'],
    ['CVSS 9.8', { level: 'critical', score: 9.8 }, '9.8', 'error'],
    ['CVSS 4.0', { level: 'medium', score: 4 }, '4.0', 'warning'],
    ['CVSS 3.9', { level: 'low', score: 3.9 }, '3.9', 'note'],
    ['label critical', { level: 'critical' }, '9.5', 'error'],
    ['label high', { level: 'high' }, '8.0', 'error'],
    ['label medium', { level: 'medium' }, '5.5', 'warning'],
    ['label low', { level: 'low' }, '2.0', 'note'],
    ['no severity at all', { severity: { level: 'unknown', source: 'none' } }, '5.5', 'warning'],
    ['none', { severity: { level: 'none', score: 0, source: 'cvss-v3' } }, '0.0', 'note'],
    ['malicious', { kind: 'malicious', severity: { level: 'unknown', source: 'none' } }, '10.0', 'error'],
  ];
  for (const [name, init, score, level] of severities) {
    it(`maps ${name} to security-severity ${score} and level ${level}`, () => {
      const run = render(withFindings([finding({ id: 'X-1', pkg: P.lodash, ...init })]));
      assert.equal(rule(run, 'X-1').properties['security-severity'], score);
      assert.equal(rule(run, 'X-1').defaultConfiguration.level, level);
      assert.equal(run.results[0]!.level, level);
    });
  }

  it('keeps names, descriptions and tags within GitHub limits', () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `CVE-2024-${String(i).padStart(5, '0')}`);
    const f = finding({ id: 'GHSA-many', pkg: P.lodash, aliases, summary: 'x'.repeat(5000) });
    const run = render(withFindings([f]));
    const r = rule(run, 'GHSA-many');
    assert.ok(r.name.length <= GITHUB_SARIF_LIMITS.ruleNameChars);
    assert.ok(r.shortDescription.text.length <= GITHUB_SARIF_LIMITS.descriptionChars);
    assert.ok(r.fullDescription.text.length <= GITHUB_SARIF_LIMITS.descriptionChars);
    assert.equal(r.properties.tags.length, GITHUB_SARIF_LIMITS.tagsPerRule);
    assert.ok(r.help.text.includes('CVE-2024-00039'), 'the help still lists every id');
    const cut = notifications(run, 'sterling/output-truncated');
    assert.equal(cut.length, 1);
    assert.equal(cut[0]!.properties?.limit, 'tagsPerRule');
    assert.deepEqual((run.properties.truncated as Record<string, unknown>).rulesWithTagsCut, 1);
  });
});

describe('sarif format: results', () => {
  it('has one result per finding and lockfile location', () => {
    const run = render();
    assert.equal(run.results.length, 7);
    const lodash = results(run, 'GHSA-35jh-r3h4-6jhm').map((r) => [
      r.locations![0]!.physicalLocation.artifactLocation.uri,
      r.locations![0]!.physicalLocation.region.startLine,
    ]);
    assert.deepEqual(lodash, [
      ['package-lock.json', 40],
      ['packages/web/package-lock.json', 12],
    ]);
  });

  it('says in plain words what is affected and what to do', () => {
    const run = render();
    const text = (id: string) => results(run, id)[0]!.message.text;
    assert.equal(
      text('GHSA-35jh-r3h4-6jhm'),
      'lodash 4.17.20 is affected by GHSA-35jh-r3h4-6jhm: Command Injection in lodash. Upgrade to 4.17.21 (via express).',
    );
    assert.equal(
      text('GHSA-nofx-0000-0000'),
      '@acme/nofix 2.0.0 is affected by GHSA-nofx-0000-0000: Denial of service in @acme/nofix. ' +
        'No fixed version is known yet: remove or replace it, or limit how it is used.',
    );
    assert.match(
      text('MAL-2024-1234'),
      /^evil-pkg 1\.0\.0 is a known malicious package \(MAL-2024-1234\): .*Remove it/,
    );
  });

  it('orders results by importance: malicious, then by score; suppressed last', () => {
    const ids = render().results.map((r) => r.ruleId);
    assert.deepEqual(ids, [
      'MAL-2024-1234',
      'GHSA-35jh-r3h4-6jhm',
      'GHSA-35jh-r3h4-6jhm',
      'GHSA-nofx-0000-0000',
      'GHSA-h0st-1le0-0000',
      'GHSA-xvch-5gv4-984h',
      'GHSA-hrpp-h998-j3pp',
    ]);
  });

  it('uses line 1 when the line is unknown', () => {
    const hostile = results(render(), 'GHSA-h0st-1le0-0000')[0]!;
    assert.equal(hostile.locations![0]!.physicalLocation.region.startLine, 1);
  });

  it('keeps suppressed findings, with an external suppression and its reason', () => {
    const run = render();
    const vex = results(run, 'GHSA-xvch-5gv4-984h')[0]!;
    assert.deepEqual(
      vex.suppressions?.map((s) => [s.kind, s.status, s.justification]),
      [['external', 'accepted', 'minimist only parses the arguments of our own build script']],
    );
    assert.equal(
      vex.suppressions?.[0]?.location?.physicalLocation.artifactLocation.uri,
      'vex/project.openvex.json',
    );
    const config = results(run, 'GHSA-hrpp-h998-j3pp')[0]!;
    assert.equal(
      config.suppressions?.[0]?.justification,
      'Upgrade planned with express 5 (until 2099-12-31)',
    );
    for (const r of run.results.filter(
      (x) => !['GHSA-xvch-5gv4-984h', 'GHSA-hrpp-h998-j3pp'].includes(x.ruleId),
    ))
      assert.equal(r.suppressions, undefined);
  });
});

describe('sarif format: fingerprints and determinism', () => {
  const prints = (result: ScanResult) => render(result).results.map((r) => r.partialFingerprints);

  it('gives every result a distinct fingerprint', () => {
    const all = prints(vulnResult()).map((p) => p['sterling/v1']);
    assert.equal(new Set(all).size, all.length);
    assert.ok(all.every((p) => /^[0-9a-f]{64}:\d+$/.test(p!)));
    const github = prints(vulnResult()).map((p) => p.primaryLocationLineHash);
    assert.ok(github.every((p) => /^[0-9a-f]{16}:\d+$/.test(p!)));
  });

  it('keeps fingerprints when lockfile lines move', () => {
    const moved = vulnResult();
    if (moved.vulnerabilities.status !== 'ok') throw new Error('sample has findings');
    for (const f of moved.vulnerabilities.findings) for (const l of f.locations) l.line = (l.line ?? 0) + 17;
    assert.deepEqual(prints(moved), prints(vulnResult()));
    const lines = render(moved).results.map((r) => r.locations?.[0]?.physicalLocation.region.startLine);
    assert.notDeepEqual(
      lines,
      render().results.map((r) => r.locations?.[0]?.physicalLocation.region.startLine),
    );
  });

  it('changes the fingerprint when the version changes', () => {
    const upgraded = vulnResult();
    if (upgraded.vulnerabilities.status !== 'ok') throw new Error('sample has findings');
    const lodash = upgraded.vulnerabilities.findings.find((f) => f.id === 'GHSA-35jh-r3h4-6jhm')!;
    lodash.package.version = '4.17.19';
    const before = results(render(), 'GHSA-35jh-r3h4-6jhm')[0]!.partialFingerprints;
    const after = results(render(upgraded), 'GHSA-35jh-r3h4-6jhm')[0]!.partialFingerprints;
    assert.notEqual(after['sterling/v1'], before['sterling/v1']);
  });

  it('is byte-identical for the same input, whatever the order of findings and aliases', () => {
    const a = sarifFormat.render(vulnResult());
    assert.equal(sarifFormat.render(vulnResult()), a);
    const shuffled = vulnResult();
    if (shuffled.vulnerabilities.status !== 'ok') throw new Error('sample has findings');
    shuffled.vulnerabilities.findings.reverse();
    for (const f of shuffled.vulnerabilities.findings) {
      f.aliases.reverse();
      f.locations.reverse();
    }
    shuffled.inventory.packages.reverse();
    assert.equal(sarifFormat.render(shuffled), a);
  });
});

describe('sarif format: hostile text', () => {
  /** C0 and C1 controls (but the newlines of help text) and bidi controls. */
  const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

  it('never emits a control or bidi character, even after JSON decoding', () => {
    const run = render();
    for (const s of strings(run))
      assert.ok(!CONTROL.test(s.replaceAll('\n', ' ')), `raw control character in ${JSON.stringify(s)}`);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(sarifFormat.render(vulnResult())));
  });

  it('percent-encodes lockfile paths into valid relative URIs', () => {
    const hostile = results(render(), 'GHSA-h0st-1le0-0000')[0]!;
    const uri = hostile.locations![0]!.physicalLocation.artifactLocation.uri;
    assert.equal(uri, 'apps/%3Cb%3Ex%3C/b%3E%20y%1B%5B2J/package-lock.json');
    assert.equal(decodeURIComponent(uri), HOSTILE_PATH);
  });

  it('escapes markdown, HTML and links from advisories in help.markdown', () => {
    const md = rule(render(), 'GHSA-h0st-1le0-0000').help.markdown;
    assert.ok(md.includes('\\<script\\>alert\\(1\\)\\</script\\>'));
    assert.ok(md.includes('\\*\\*bold\\*\\*'));
    assert.ok(md.includes('\\[click\\]\\(javascript:alert\\(1\\)\\)'));
    assert.ok(
      !/(?<!\\)[<>]/.test(md.replace(/\]\([^)]*\)/g, '')),
      'no unescaped angle bracket outside link targets',
    );
    for (const [, target] of md.matchAll(/\]\(([^)]*)\)/g)) assert.match(target!, /^https:\/\//);
  });
});

describe('sarif format: nothing is passed over in silence', () => {
  it('reports unchecked packages, ecosystems without data, a failed update and the data age', () => {
    const run = render();
    const [summary] = notifications(run, 'sterling/unchecked-packages');
    assert.match(summary!.message.text, /^2 package\(s\) could not be checked/);
    assert.equal(summary!.level, 'warning');
    const each = notifications(run, 'sterling/unchecked-package').map((n) => n.message.text);
    assert.equal(each.length, 2);
    assert.ok(each.some((t) => t.startsWith('Not checked: semver ^7.0.0: only a version range is known')));
    assert.match(notifications(run, 'sterling/no-vulnerability-data')[0]!.message.text, /CocoaPods/);
    assert.match(
      notifications(run, 'sterling/database-update-failed')[0]!.message.text,
      /network unreachable/,
    );
    assert.match(
      notifications(run, 'sterling/vulnerability-data')[0]!.message.text,
      /^Vulnerability data: npm 12345 records \(30 hours old\)\.$/,
    );
  });

  it('renders a valid log with no results and says why when matching did not run', () => {
    const run = render(notRunResult('the database is missing'));
    assert.deepEqual(run.results, []);
    assert.deepEqual(run.tool.driver.rules, []);
    const [n] = notifications(run, 'sterling/vulnerabilities-not-run');
    assert.equal(n?.level, 'warning');
    assert.match(n!.message.text, /not checked: the database is missing/);
    assert.deepEqual(run.properties.vulnerabilities, {
      status: 'not-run',
      reason: 'the database is missing',
    });
  });
});

describe('sarif format: GitHub limits', () => {
  const text = sarifFormat.render(manyFindingsResult(30_000));
  const run = (JSON.parse(text) as Log).runs[0]!;

  it('writes at most 25,000 results and rules', () => {
    assert.equal(run.results.length, GITHUB_SARIF_LIMITS.resultsPerRun);
    assert.ok(run.tool.driver.rules.length <= GITHUB_SARIF_LIMITS.rulesPerRun);
    const ruleIds = new Set(run.tool.driver.rules.map((r) => r.id));
    assert.ok(
      run.results.every((r) => ruleIds.has(r.ruleId)),
      'every result has its rule',
    );
    assert.equal(ruleIds.size, new Set(run.results.map((r) => r.ruleId)).size, 'no rule without a result');
  });

  it('says what was cut, in run properties and a notification', () => {
    assert.deepEqual(run.properties.truncated, {
      results: { total: 30_000, written: 25_000, vulnerabilitiesLeftOut: 5_000 },
    });
    const [n] = notifications(run, 'sterling/output-truncated');
    assert.equal(n?.level, 'warning');
    assert.match(n!.message.text, /5,000 of 30,000 results were left out/);
  });

  it('leaves out the least severe first', () => {
    const low = run.results.filter((r) => r.level === 'note').length;
    assert.equal(low, 1_000, 'critical, high and medium (incl. unknown) all kept; 1,000 of 6,000 low');
  });

  it('stays under the 10 MB gzip upload limit and validates', { skip: needsShared(...SARIF_SCHEMA) }, () => {
    assert.ok(gzipSync(text).length < GITHUB_SARIF_LIMITS.gzipBytes);
    assert.deepEqual(validateSarif(JSON.parse(text)), []);
  });
});
