import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHECKS } from '../posture/checks/registry.js';
import { PROBES } from '../posture/probes/registry.js';
import { BASELINE_ACTIONS } from './baseline-actions.js';
import { CHANGES, changeForProbe } from './changes.js';
import { NOT_TASKS } from './posture.js';
import { CHECK_TEXT } from './posture-text.js';

describe('effort metadata', () => {
  it('every probe estimates its remediation in minutes (tasks are budgeted with them)', () => {
    for (const p of PROBES) {
      const m = p.remediation.minutes;
      assert.ok(m !== undefined && Number.isInteger(m) && m >= 1 && m <= 8 * 60, `${p.id}: ${m}`);
    }
  });

  it('every shared change and Baseline action has minutes, steps and a unique id', () => {
    const ids = [...CHANGES.map((c) => c.id), ...Object.keys(BASELINE_ACTIONS).map((id) => `baseline/${id}`)];
    assert.equal(new Set(ids).size, ids.length);
    for (const a of [...CHANGES, ...Object.values(BASELINE_ACTIONS)]) {
      assert.ok(Number.isInteger(a.minutes) && a.minutes >= 1, a.title);
      assert.ok(a.steps.length > 0, a.title);
    }
  });

  it('no probe or requirement belongs to two changes', () => {
    const probes = CHANGES.flatMap((c) => c.probes);
    const reqs = [...CHANGES.flatMap((c) => c.requirements), ...Object.keys(BASELINE_ACTIONS)];
    assert.equal(new Set(probes).size, probes.length);
    assert.equal(new Set(reqs).size, reqs.length);
    const known = new Set(PROBES.map((p) => p.id));
    for (const p of probes) assert.ok(known.has(p), `${p} is a probe`);
  });

  it('every check that can make a task has a plain title and why', () => {
    for (const c of CHECKS) {
      if (NOT_TASKS.has(c.name) || c.probes.every((p) => changeForProbe(p))) continue;
      assert.ok(CHECK_TEXT[c.name], `${c.name} needs an entry in posture-text.ts`);
    }
  });
});
