import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SARIF_SCHEMA, validateSarif } from '../../../../test/helpers/schemas.js';
import { needsShared } from '../../../../test/helpers/shared.js';
import type { CheckResult } from '../../../core/model/posture.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { check, postureChecks, postureResult, RELEASE_SUPPRESSION } from '../__fixtures__/posture.js';
import { manyFindingsResult, notRunResult, vulnResult } from '../__fixtures__/vulns.js';
import { sarifFormat } from './index.js';
import { GITHUB_SARIF_LIMITS } from './limits.js';
import { withoutLines } from './posture-results.js';

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string; location?: unknown }[];
  properties: Record<string, string>;
}
interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  defaultConfiguration: { level: string };
  helpUri: string;
  help: { text: string; markdown: string };
  properties: { tags: string[]; precision: string; 'security-severity': string };
}
interface Run {
  tool: { driver: { rules: Rule[]; notifications: { id: string }[] } };
  invocations: { toolExecutionNotifications: { descriptor: { id: string }; message: { text: string } }[] }[];
  results: Result[];
  properties: Record<string, unknown>;
}

function run(result: ScanResult = postureResult()): Run {
  return (JSON.parse(sarifFormat.render(result)) as { runs: Run[] }).runs[0]!;
}

const posture = (r: Run) => r.results.filter((x) => x.ruleId.startsWith('posture/'));
const byRule = (r: Run, id: string) => r.results.filter((x) => x.ruleId === id);

describe('sarif format: posture', () => {
  it('is valid SARIF 2.1.0 with posture rules and results', { skip: needsShared(...SARIF_SCHEMA) }, () => {
    for (const result of [postureResult(), { ...notRunResult(), posture: postureResult().posture }])
      assert.deepEqual(validateSarif(JSON.parse(sarifFormat.render(result))), []);
  });

  it('changes nothing when posture did not run', () => {
    const plain = vulnResult();
    const r = run(plain);
    assert.equal(posture(r).length, 0);
    assert.ok(r.tool.driver.rules.every((x) => !x.id.startsWith('posture/')));
    assert.equal(r.properties.posture, undefined);
  });

  it('has one rule per check, after the vulnerability rules, with Scorecard severities', () => {
    const r = run();
    const ids = r.tool.driver.rules.map((x) => x.id).filter((id) => id.startsWith('posture/'));
    assert.deepEqual(
      ids,
      postureChecks().map((c) => `posture/${c.name}`),
    );
    const rule = r.tool.driver.rules.find((x) => x.id === 'posture/Token-Permissions')!;
    assert.equal(rule.name, 'Token-Permissions');
    assert.equal(rule.properties['security-severity'], '7.0');
    assert.ok(rule.properties.tags.includes('supply-chain'));
    assert.equal(rule.defaultConfiguration.level, 'error');
    assert.equal(
      rule.helpUri,
      'https://github.com/ossf/scorecard/blob/main/docs/checks.md#token-permissions',
    );
    assert.match(rule.help.text, /Remediation:\n- /);
    const medium = r.tool.driver.rules.find((x) => x.id === 'posture/Security-Policy')!;
    assert.deepEqual(
      [medium.properties['security-severity'], medium.defaultConfiguration.level],
      ['4.0', 'warning'],
    );
    for (const res of r.results) assert.equal(r.tool.driver.rules[res.ruleIndex]!.id, res.ruleId);
  });

  it('reports each failing located finding at its line, and only those', () => {
    const r = run();
    const pinned = byRule(r, 'posture/Pinned-Dependencies');
    assert.equal(pinned.length, 1, 'the Info (pinned) finding has no result');
    const loc = pinned[0]!.locations[0]!.physicalLocation;
    assert.deepEqual([loc.artifactLocation.uri, loc.region.startLine], ['.github/workflows/ci.yml', 12]);
    assert.equal(pinned[0]!.level, 'warning');
    assert.match(pinned[0]!.message.text, /^Pinned-Dependencies scores 6 of 10: .*To do: Pin the action/);
    assert.equal(byRule(r, 'posture/Token-Permissions').length, 2);
  });

  it('puts a check without a located failing finding at the default location', () => {
    const [res, ...rest] = byRule(run(), 'posture/Security-Policy');
    assert.equal(rest.length, 0);
    const loc = res!.locations[0]!.physicalLocation;
    assert.equal(decodeURIComponent(loc.artifactLocation.uri), 'no file associated with this alert');
    assert.equal(loc.region.startLine, 1);
    assert.match(res!.message.text, /Security-Policy fails\. Warn: no security policy file detected\./);
  });

  it('leaves out checks at 10, inconclusive, needs-forge, error, and checks annotated as a whole', () => {
    const r = run();
    const alerted = new Set(posture(r).map((x) => x.ruleId));
    for (const name of ['Binary-Artifacts', 'Branch-Protection', 'Fuzzing', 'Code-Review'])
      assert.ok(!alerted.has(`posture/${name}`), name);
    const errored = postureChecks().map(
      (c): CheckResult => (c.name === 'Security-Policy' ? { ...c, status: 'error', score: -1 } : c),
    );
    assert.equal(byRule(run(postureResult(errored)), 'posture/Security-Policy').length, 0);
    const note = r.invocations[0]!.toolExecutionNotifications.find(
      (n) => n.descriptor.id === 'sterling/posture-not-scored',
    );
    assert.match(note!.message.text, /^2 posture check\(s\) have no score.*Branch-Protection \(needs-forge/);
  });

  it('keeps a suppressed finding, with an external suppression like vulnerabilities', () => {
    const r = run();
    const [open, suppressed] = byRule(r, 'posture/Token-Permissions');
    assert.equal(open!.suppressions, undefined);
    assert.equal(
      suppressed!.locations[0]!.physicalLocation.artifactLocation.uri,
      '.github/workflows/release.yml',
    );
    assert.deepEqual(
      suppressed!.suppressions!.map((s) => [s.kind, s.status, s.justification]),
      [['external', 'accepted', `not-applicable: ${RELEASE_SUPPRESSION.note}`]],
    );
    assert.deepEqual(suppressed!.suppressions![0]!.location, {
      physicalLocation: { artifactLocation: { uri: 'sterling.yaml', uriBaseId: '%SRCROOT%' } },
    });
    assert.ok(r.results.indexOf(open!) < r.results.indexOf(suppressed!), 'suppressed last');
  });

  it('keeps fingerprints when a line number changes, in the location and in the message', () => {
    const moved = postureChecks();
    const f = moved.find((c) => c.name === 'Pinned-Dependencies')!.findings[0]!;
    f.location = { path: f.location!.path, line: 40 };
    f.message = f.message.replace('line 12', 'line 40');
    moved.find((c) => c.name === 'Pinned-Dependencies')!.details = [
      `Warn: ${f.message}: .github/workflows/ci.yml:40`,
    ];
    const before = byRule(run(), 'posture/Pinned-Dependencies')[0]!;
    const after = byRule(run(postureResult(moved)), 'posture/Pinned-Dependencies')[0]!;
    assert.equal(after.locations[0]!.physicalLocation.region.startLine, 40);
    assert.deepEqual(after.partialFingerprints, before.partialFingerprints);
    assert.match(after.partialFingerprints['sterling/v1']!, /^[0-9a-f]{64}:1$/);
    assert.equal(withoutLines('x at line 7, y.yml:12:3'), 'x at line, y.yml:');
  });

  it('gives distinct fingerprints to distinct results', () => {
    const prints = posture(run()).map((x) => x.partialFingerprints.primaryLocationLineHash);
    assert.equal(new Set(prints).size, prints.length);
  });

  it('stays within GitHub limits with many failing findings and vulnerabilities', () => {
    const result = manyFindingsResult(26_000);
    const checks = postureChecks();
    const pinned = checks.find((c) => c.name === 'Pinned-Dependencies')!;
    pinned.findings = Array.from({ length: 6_000 }, (_, i) => ({
      probe: 'pinsDependencies',
      outcome: 'false' as const,
      message: `action a${i} not pinned`,
      location: { path: `.github/workflows/w${i}.yml`, line: 1 },
      remediation: { text: 'Pin it', effort: 'low' as const },
    }));
    pinned.details = pinned.findings.map((f) => `Warn: ${f.message}: ${f.location!.path}:1`);
    result.posture = postureResult(checks).posture;
    const r = run(result);
    assert.equal(r.results.length, GITHUB_SARIF_LIMITS.resultsPerRun);
    assert.equal(posture(r).length, 5_000);
    assert.deepEqual((r.properties.posture as Record<string, unknown>).truncated, {
      total: 6_003,
      written: 5_000,
    });
    assert.ok(r.tool.driver.rules.length <= GITHUB_SARIF_LIMITS.rulesPerRun);
    for (const res of r.results.slice(-10)) assert.equal(r.tool.driver.rules[res.ruleIndex]!.id, res.ruleId);
  });

  it('is byte-identical whatever the order of checks and findings', () => {
    const shuffled = postureChecks().reverse();
    for (const c of shuffled) c.findings.reverse();
    assert.equal(sarifFormat.render(postureResult(shuffled)), sarifFormat.render(postureResult()));
  });

  it('the Vulnerabilities check raises no second alert when the vulnerability results are in the run', () => {
    const vulnCheck = check('Vulnerabilities', 'High', 7, [
      {
        probe: 'hasOSVVulnerabilities',
        outcome: 'true',
        message: 'GHSA-1234 is present',
        remediation: { text: 'Upgrade', effort: 'low' },
      },
    ]);
    const withVulns = run(postureResult([...postureChecks(), vulnCheck]));
    assert.ok(withVulns.tool.driver.rules.some((x) => x.id === 'posture/Vulnerabilities'));
    assert.equal(byRule(withVulns, 'posture/Vulnerabilities').length, 0);
    const noMatching = { ...notRunResult(), posture: postureResult([...postureChecks(), vulnCheck]).posture };
    assert.equal(byRule(run(noMatching), 'posture/Vulnerabilities').length, 1);
  });
});
