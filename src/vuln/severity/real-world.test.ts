/**
 * Real CVSS vectors from the team's OSV samples (../shared, reached only through test/helpers/shared.ts).
 * These records do not state a score the vector can be checked against, so the test asserts that every
 * vector parses and scores within [0, 10], and that severityOf picks a CVSS source for each record.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { needsShared, readSharedJson, sharedPath } from '../../../test/helpers/shared.js';
import { OSV_RECORD, type OsvRecord } from '../osv/record.js';
import { cvss3 } from './cvss3.js';
import { cvss4 } from './cvss4.js';
import { severityOf } from './severity.js';

const RUSTSEC = ['osv-sample', 'rustsec-advisory-db-osv', 'crates'] as const;
const NPM = ['osv-sample', 'npm-nodejs-security-wg-osv'] as const;

function records(parts: readonly string[]): OsvRecord[] {
  return readdirSync(sharedPath(...parts))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = OSV_RECORD.safeParse(readSharedJson(...parts, f));
      assert.ok(parsed.success, `${f}: not an OSV record`);
      return parsed.data;
    });
}

function checkAll(parts: readonly string[]): { v3: number; v4: number; scored: number } {
  let v3 = 0;
  let v4 = 0;
  let scored = 0;
  for (const rec of records(parts)) {
    const entries = [...(rec.severity ?? []), ...(rec.affected ?? []).flatMap((a) => a.severity ?? [])];
    for (const { type, score: vector } of entries) {
      const r = type === 'CVSS_V4' ? cvss4(vector) : type === 'CVSS_V3' ? cvss3(vector) : undefined;
      if (r === undefined) continue;
      assert.ok(r.ok, `${rec.id}: ${vector}: ${JSON.stringify(r)}`);
      const score = r.version === '4.0' ? r.score : r.baseScore;
      assert.ok(score >= 0 && score <= 10, `${rec.id}: ${vector} -> ${score}`);
      if (type === 'CVSS_V4') v4++;
      else v3++;
    }
    if (entries.some((e) => e.type === 'CVSS_V3' || e.type === 'CVSS_V4')) {
      const s = severityOf(rec, rec.affected?.[0]);
      assert.ok(s.source === 'cvss-v4' || s.source === 'cvss-v3', `${rec.id}: ${JSON.stringify(s)}`);
      assert.ok(s.score !== undefined && s.level !== 'unknown', rec.id);
      scored++;
    }
  }
  return { v3, v4, scored };
}

describe('real vectors (../shared OSV samples)', () => {
  it('RustSec: every CVSS_V3 and CVSS_V4 vector parses and scores in [0, 10]', {
    skip: needsShared(...RUSTSEC),
  }, () => {
    const { v3, v4, scored } = checkAll(RUSTSEC);
    // The snapshot holds 360 v3 and 57 v4 vectors (osv-sample/SOURCES.md).
    assert.equal(v3, 360);
    assert.equal(v4, 57);
    assert.ok(scored > 0);
  });
  it('npm (Node.js security WG): every CVSS_V3 vector parses and scores in [0, 10]', {
    skip: needsShared(...NPM),
  }, () => {
    const { v3, v4, scored } = checkAll(NPM);
    assert.equal(v3, 457);
    assert.equal(v4, 0);
    assert.equal(scored, 457);
  });
});
