import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { compareStrings } from '../../core/util/compare.js';
import { BASELINE_CATALOG, BASELINE_FAMILIES } from './catalog.js';
import { BASELINE_IDS } from './ids.js';

/** A git directory holding ossf/security-baseline with the release tag (CI has none: those tests skip). */
const SPEC_GIT_DIR = process.env.STERLING_BASELINE_SPEC ?? '/work/.mirror/ossf+security-baseline/repo';
const SPEC_TAG = 'v2026.02.19';
const specMissing = existsSync(SPEC_GIT_DIR)
  ? false
  : `ossf/security-baseline mirror missing: ${SPEC_GIT_DIR} (set STERLING_BASELINE_SPEC to a git directory with tag ${SPEC_TAG})`;

describe('Baseline catalogue', () => {
  it('has the 64 active requirements: 24 at level 1, 19 at level 2, 21 at level 3', () => {
    assert.equal(BASELINE_CATALOG.length, 64);
    const by = (l: number) => BASELINE_CATALOG.filter((r) => r.level === l).length;
    assert.deepEqual([by(1), by(2), by(3)], [24, 19, 21]);
  });

  it('ids are unique, sorted, well formed; OSPS-BR-01.02 (retired) is absent', () => {
    const ids = BASELINE_CATALOG.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids, [...ids].sort(compareStrings));
    for (const id of ids) assert.match(id, /^OSPS-(AC|BR|DO|GV|LE|QA|SA|VM)-\d\d\.\d\d$/);
    assert.ok(!ids.includes('OSPS-BR-01.02'));
  });

  it('the dependency-free id list (used by the config schema) equals the catalogue', () => {
    assert.deepEqual(
      BASELINE_IDS,
      BASELINE_CATALOG.map((r) => r.id),
    );
  });

  it('every entry has a short one-line title, how it is evaluated, and a link to its anchor', () => {
    for (const r of BASELINE_CATALOG) {
      assert.ok(r.title.length > 10 && r.title.length <= 100 && !r.title.includes('\n'), r.id);
      assert.ok(r.how.length > 10, r.id);
      assert.ok(r.family in BASELINE_FAMILIES, r.id);
      assert.equal(r.control, r.id.slice(0, 10));
      assert.equal(
        r.url,
        `https://baseline.openssf.org/versions/2026-02-19#${r.id.toLowerCase().replace('.', '')}`,
      );
    }
  });

  it('ids and levels equal the published catalogue', { skip: specMissing }, () => {
    const spec = new Map<string, number>();
    for (const family of Object.keys(BASELINE_FAMILIES)) {
      const text = execFileSync(
        'git',
        ['--git-dir', SPEC_GIT_DIR, 'show', `${SPEC_TAG}:baseline/OSPS-${family}.yaml`],
        {
          encoding: 'utf8',
        },
      );
      const doc = parse(text) as {
        controls: Array<{ 'assessment-requirements': Array<{ id: string; applicability: string[] }> }>;
      };
      for (const c of doc.controls) {
        for (const r of c['assessment-requirements']) {
          const levels = r.applicability.flatMap((a) =>
            a.startsWith('Maturity Level ') ? [Number(a.slice(15))] : [],
          );
          if (levels.length > 0) spec.set(r.id, Math.min(...levels));
        }
      }
    }
    assert.deepEqual(
      BASELINE_CATALOG.map((r) => [r.id, r.level]),
      [...spec.entries()].sort((a, b) => compareStrings(a[0], b[0])),
    );
  });
});
