import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateCycloneDx } from '../../../../test/helpers/schemas.js';
import { notRunResult, vulnResult } from '../__fixtures__/vulns.js';
import { renderCycloneDx } from './render.js';

interface Vuln {
  id: string;
  'bom-ref': string;
  affects: { ref: string }[];
  ratings: { severity: string; score?: number; method?: string }[];
  analysis: { state: string; justification?: string; response?: string[]; detail?: string };
  references?: { id: string }[];
  recommendation?: string;
}

describe('CycloneDX vulnerabilities (VEX)', () => {
  const result = vulnResult();
  const bom = JSON.parse(renderCycloneDx(result)) as {
    components: { 'bom-ref': string }[];
    vulnerabilities: Vuln[];
  };
  const findings = result.vulnerabilities.status === 'ok' ? result.vulnerabilities.findings : [];

  it('validates against the official CycloneDX 1.6 schema', () => {
    assert.deepEqual(validateCycloneDx(bom, '1.6'), []);
  });
  it('has one entry per finding, each affecting an existing component', () => {
    assert.equal(bom.vulnerabilities.length, findings.length);
    const refs = new Set(bom.components.map((c) => c['bom-ref']));
    for (const v of bom.vulnerabilities)
      for (const a of v.affects) assert.ok(refs.has(a.ref), `${v.id} -> ${a.ref}`);
    assert.equal(new Set(bom.vulnerabilities.map((v) => v['bom-ref'])).size, bom.vulnerabilities.length);
  });
  it('maps analysis: open = in_triage, VEX keeps its status and justification, ignores are accepted risks', () => {
    for (const f of findings) {
      const v = bom.vulnerabilities.find((x) => x['bom-ref'] === `vuln:${f.key}`);
      assert.ok(v, f.key);
      if (!f.suppressed) {
        assert.equal(v.analysis.state, 'in_triage');
        assert.deepEqual(v.analysis.response, f.fixedIn ? ['update'] : undefined);
      } else if (f.suppressed.kind === 'config') {
        assert.equal(v.analysis.state, 'exploitable');
        assert.deepEqual(v.analysis.response, ['will_not_fix']);
        assert.ok(v.analysis.detail?.includes(f.suppressed.reason));
      } else {
        assert.equal(v.analysis.state, f.suppressed.status === 'fixed' ? 'resolved' : 'not_affected');
      }
      assert.deepEqual(
        (v.references ?? []).map((r) => r.id),
        f.aliases.filter((a) => a !== f.id),
      );
      if (f.severity.score !== undefined) assert.equal(v.ratings[0]?.score, f.severity.score);
    }
  });
  it('has no vulnerabilities array when matching did not run', () => {
    const doc = JSON.parse(renderCycloneDx(notRunResult())) as Record<string, unknown>;
    assert.equal(doc.vulnerabilities, undefined);
    assert.deepEqual(validateCycloneDx(doc, '1.6'), []);
  });
  it('states which vulnerability data was used and its age', () => {
    const props = (
      JSON.parse(renderCycloneDx(vulnResult())) as {
        metadata: { properties: { name: string; value: string }[] };
      }
    ).metadata.properties;
    const get = (n: string) => props.find((p) => p.name === n)?.value;
    assert.equal(get('sterling:vulnerability-data'), 'OSV: npm (12345 records)');
    assert.equal(get('sterling:vulnerability-data-age-hours'), '30');
    assert.equal(get('sterling:vulnerability-data-missing'), 'CocoaPods');
    assert.equal(get('sterling:unchecked-packages'), '2');
  });
  it('is deterministic', () => {
    assert.equal(renderCycloneDx(vulnResult()), renderCycloneDx(vulnResult()));
  });
});
