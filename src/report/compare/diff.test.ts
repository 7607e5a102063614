import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreviousFinding } from '../../core/model/comparison.js';
import { finding, vulnPackages as P } from '../formats/__fixtures__/vulns.js';
import { compareFindings } from './diff.js';

function before(
  init: Partial<PreviousFinding> & { id: string; name: string; version: string },
): PreviousFinding {
  return {
    key: `${init.id}:npm:${init.name}@${init.version}`,
    id: init.id,
    aliases: init.aliases ?? [init.id],
    kind: init.kind ?? 'vulnerability',
    severity: init.severity ?? { level: 'high' },
    package: { ecosystem: 'npm', name: init.name, version: init.version },
    suppressed: init.suppressed ?? false,
    ...(init.fixedIn ? { fixedIn: init.fixedIn } : {}),
  };
}

describe('compareFindings', () => {
  const now = finding({
    id: 'GHSA-aaaa',
    pkg: P.lodash,
    aliases: ['CVE-1', 'GHSA-aaaa'],
    fixedIn: '4.17.21',
  });
  const cases: Array<[string, PreviousFinding[], string, string[]]> = [
    ['absent before: new', [], 'new', []],
    [
      'same id, same facts: unchanged',
      [before({ id: 'GHSA-aaaa', name: 'lodash', version: '4.17.20', fixedIn: '4.17.21' })],
      'unchanged',
      [],
    ],
    [
      'known by an alias only: still the same issue',
      [before({ id: 'CVE-1', name: 'lodash', version: '4.17.20', fixedIn: '4.17.21' })],
      'unchanged',
      [],
    ],
    [
      'another severity: changed',
      [
        before({
          id: 'GHSA-aaaa',
          name: 'lodash',
          version: '4.17.20',
          severity: { level: 'low' },
          fixedIn: '4.17.21',
        }),
      ],
      'changed',
      [],
    ],
    [
      'an upgrade still affected: changed, not fixed + new',
      [before({ id: 'GHSA-aaaa', name: 'lodash', version: '4.17.19', fixedIn: '4.17.21' })],
      'changed',
      [],
    ],
    [
      'a fix appeared: changed',
      [before({ id: 'GHSA-aaaa', name: 'lodash', version: '4.17.20' })],
      'changed',
      [],
    ],
    [
      'same id in another package: new, and that one fixed',
      [before({ id: 'GHSA-aaaa', name: 'qs', version: '1.0.0' })],
      'new',
      ['GHSA-aaaa'],
    ],
    [
      'suppressed before: new now',
      [before({ id: 'GHSA-aaaa', name: 'lodash', version: '4.17.20', suppressed: true })],
      'new',
      [],
    ],
  ];
  for (const [name, previous, change, fixed] of cases) {
    it(name, () => {
      const cmp = compareFindings([now], previous);
      assert.equal(cmp.byKey.get(now.key)?.change, change);
      assert.deepEqual(
        cmp.fixed.map((p) => p.id),
        fixed,
      );
      assert.equal(cmp.counts[change as 'new'], 1);
      assert.equal(cmp.counts.fixed, fixed.length);
    });
  }
  it('one earlier finding matches at most one current finding', () => {
    const twin = finding({ id: 'CVE-1', pkg: P.lodash, aliases: ['CVE-1'] });
    const cmp = compareFindings(
      [now, twin],
      [before({ id: 'CVE-1', name: 'lodash', version: '4.17.20', fixedIn: '4.17.21' })],
    );
    assert.deepEqual([cmp.counts.new, cmp.counts.unchanged + cmp.counts.changed], [1, 1]);
  });
});
