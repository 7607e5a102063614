import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareStrings } from '../core/util/compare.js';
import { rawOf } from './__fixtures__/tree.js';
import type { Check } from './check.js';
import { CHECKS } from './checks/registry.js';
import { type Probe, runProbe } from './probe.js';
import { PROBES } from './probes/registry.js';
import { evaluatePosture } from './run.js';

/** Scorecard v5's risk per check (docs/checks/internal/checks.yaml). */
const SCORECARD_RISK: Record<string, string> = {
  'Binary-Artifacts': 'High',
  'Branch-Protection': 'High',
  'CI-Tests': 'Low',
  'CII-Best-Practices': 'Low',
  'Code-Review': 'High',
  Contributors: 'Low',
  'Dangerous-Workflow': 'Critical',
  'Dependency-Update-Tool': 'High',
  Fuzzing: 'Medium',
  License: 'Low',
  Maintained: 'High',
  Packaging: 'Medium',
  'Pinned-Dependencies': 'Medium',
  SAST: 'Medium',
  'Security-Policy': 'Medium',
  'Signed-Releases': 'High',
  'Token-Permissions': 'High',
  Vulnerabilities: 'High',
  Webhooks: 'Critical',
};

describe('posture registries', () => {
  it('probes: sorted, unique camelCase ids, metadata complete', () => {
    const ids = PROBES.map((p) => p.id);
    assert.deepEqual(ids, [...ids].sort(compareStrings));
    assert.equal(new Set(ids).size, ids.length);
    for (const p of PROBES) {
      assert.match(p.id, /^[a-z][A-Za-z0-9]+$/, p.id);
      for (const field of ['short', 'motivation', 'implementation'] as const) {
        assert.ok(p[field].trim().length >= 20, `${p.id}: ${field} missing`);
      }
      assert.ok(p.remediation.text.length >= 20, `${p.id}: remediation missing`);
      assert.ok(['low', 'medium', 'high'].includes(p.remediation.effort), `${p.id}: effort`);
      assert.ok(p.bad === 'true' || p.bad === 'false', `${p.id}: bad outcome`);
    }
  });
  it('checks: sorted, unique names, Scorecard risk, probes that exist, every probe used', () => {
    const names = CHECKS.map((c) => c.name);
    assert.deepEqual(names, [...names].sort(compareStrings));
    assert.equal(new Set(names).size, names.length);
    const used = new Set<string>();
    for (const c of CHECKS) {
      assert.equal(c.risk, SCORECARD_RISK[c.name], `${c.name}: risk differs from Scorecard`);
      // Scorecard's own wording; only Webhooks' starts differently.
      assert.ok(/^(Determines|This check validates)/.test(c.short), `${c.name}: short`);
      if (c.evidence === 'forge') assert.ok(c.forge && c.forge.length > 0, `${c.name}: forge facts`);
      for (const p of c.probes) {
        assert.ok(
          PROBES.some((x) => x.id === p),
          `${c.name} reads unknown probe ${p}`,
        );
        used.add(p);
      }
    }
    // hasBinaryArtifacts is Scorecard's stricter variant, reported by no check (as in Scorecard).
    for (const p of PROBES)
      if (p.id !== 'hasBinaryArtifacts') assert.ok(used.has(p.id), `${p.id} is read by no check`);
  });
  it('every probe returns at least one finding on an empty tree, with its own id', async () => {
    const raw = await rawOf({});
    for (const p of PROBES) {
      const findings = p.run(raw);
      assert.ok(findings.length > 0, p.id);
      for (const f of findings) assert.equal(f.probe, p.id);
    }
  });
  it('a probe that throws becomes an error finding, and its check an error (-1) left out of the aggregate', async () => {
    const boom: Probe = {
      ...PROBES[0]!,
      run: () => {
        throw new Error('boom');
      },
    };
    assert.deepEqual(runProbe(boom, await rawOf({})), [
      { probe: boom.id, outcome: 'error', message: 'the probe failed: boom' },
    ]);
    const raw = await rawOf({ LICENSE: 'MIT' });
    const failing = {
      ...raw,
      dependencyUpdateTools: () => {
        throw new Error('disk on fire');
      },
    };
    const report = evaluatePosture(failing, CHECKS as Check[]);
    const dut = report.checks.find((c) => c.name === 'Dependency-Update-Tool');
    assert.equal(dut?.status, 'error');
    assert.equal(dut?.score, -1);
    assert.match(dut?.reason ?? '', /disk on fire/);
    // The others are still evaluated (scored, or inconclusive without workflows), and the aggregate leaves the failed one out.
    const others = report.checks.filter((c) => c.name !== 'Dependency-Update-Tool' && c.evidence !== 'forge');
    assert.ok(others.every((c) => c.status === 'scored' || c.status === 'inconclusive'));
    assert.ok(others.some((c) => c.status === 'scored'));
    for (const c of report.checks.filter((c) => c.evidence === 'forge'))
      assert.equal(c.status, 'needs-forge', c.name);
    assert.ok(report.aggregateScore >= 0);
  });
});
