import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { needsShared, sharedPath } from '../../../test/helpers/shared.js';
import type { VulnerabilityFinding, VulnerabilityReport } from '../../core/model/vulnerability.js';
import { loadOpenVex } from '../vex/load.js';
import { applySuppressions } from './apply.js';

const NODE_VEX = ['osv-sample', 'nodejs-security-wg', 'tools', 'vex', 'node.openvex.json'] as const;

function nodeFinding(cve: string, version: string): VulnerabilityFinding {
  const id = `generic:node@${version}`;
  return {
    key: `${cve}:${id}`,
    id: cve,
    aliases: [cve],
    records: [cve],
    kind: 'vulnerability',
    severity: { level: 'high', source: 'label' },
    package: { id, ecosystem: 'generic', name: 'node', version, purl: `pkg:nodejs/node@${version}` },
    fixedVersions: [],
    paths: [[id]],
    locations: [],
    references: [],
  };
}

/** [CVE, node version, expected status/justification of the suppression, or undefined when open] */
const CASES: Array<[string, string, { status: string; justification?: string } | undefined]> = [
  // `fixed` for the listed versions only
  ['CVE-2015-3193', 'v5.1.1', { status: 'fixed' }],
  ['CVE-2015-3193', 'v4.2.3', { status: 'fixed' }],
  ['CVE-2015-3193', 'v5.1.0', undefined],
  ['CVE-2015-3193', '5.1.1', undefined],
  // `not_affected` on the version-less purl: every version
  ['CVE-2023-45853', 'v20.11.0', { status: 'not_affected', justification: 'vulnerable_code_not_present' }],
  ['CVE-2023-45853', 'v8.0.0', { status: 'not_affected', justification: 'vulnerable_code_not_present' }],
  [
    'CVE-2024-13176',
    'v22.0.0',
    { status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path' },
  ],
  // a CVE the document does not mention
  ['CVE-2099-0001', 'v20.11.0', undefined],
];

describe('applySuppressions with the Node.js security WG OpenVEX document', {
  skip: needsShared(...NODE_VEX),
}, () => {
  const vex = loadOpenVex(sharedPath(...NODE_VEX), 'node.openvex.json').statements;
  const findings = CASES.map(([cve, version]) => nodeFinding(cve, version));
  const report: VulnerabilityReport = {
    status: 'ok',
    database: { path: '/db', sources: [], missingEcosystems: [] },
    findings,
    unchecked: [],
    counts: { critical: 0, high: 0, medium: 0, low: 0, none: 0, unknown: 0, malicious: 0, suppressed: 0 },
  };
  const out = applySuppressions(report, { ignores: [], vex, today: '2026-05-01' });

  CASES.forEach(([cve, version, want], i) => {
    it(`${cve} on node ${version}: ${want ? want.status : 'open'}`, () => {
      const s = out.report.findings[i]?.suppressed;
      if (!want) return assert.equal(s, undefined);
      assert.equal(s?.kind, 'vex');
      assert.equal(s?.source, 'node.openvex.json');
      assert.equal(s?.status, want.status);
      assert.equal(s?.justification, want.justification);
      assert.ok(s?.reason && s.reason.length > 0);
    });
  });

  it('uses the impact statement as the reason', () => {
    assert.match(out.report.findings[4]?.suppressed?.reason ?? '', /^This CVE was created for MiniZip/);
  });

  it('counts 5 suppressed and 3 open', () => {
    assert.equal(out.report.counts.suppressed, 5);
    assert.equal(out.report.counts.high, 3);
    assert.deepEqual(out.diagnostics, []);
  });
});
