import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Inventory } from '../../core/model/inventory.js';
import type { Package } from '../../core/model/package.js';
import type { Severity } from '../../core/model/vulnerability.js';
import type { VersionScheme } from '../../core/plugin/version-scheme.js';
import type { OsvEvent, OsvRecord } from '../osv/record.js';
import { affects, inRange } from './affected.js';
import { type MatchInput, matchInventory } from './match.js';

/** Dotted integers (`1.2.3`); anything else is not a version. Enough to test the OSV semantics. */
const dotted: VersionScheme<number[]> = {
  id: 'test/dotted',
  description: 'dotted integers for tests',
  requirements: { network: false },
  ecosystems: ['npm'],
  parse(text) {
    const parts = text.split('.');
    if (parts.some((p) => !/^\d{1,9}$/.test(p))) return undefined;
    return parts.map(Number);
  },
  compare(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = (a[i] ?? 0) - (b[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  },
};
const schemes = { ecosystem: dotted as VersionScheme, semver: dotted as VersionScheme };

function range(...events: OsvEvent[]) {
  return { type: 'ECOSYSTEM' as const, events };
}

describe('OSV range evaluation', () => {
  const cases: Array<[string, OsvEvent[], string, boolean]> = [
    ['introduced 0 covers everything before fixed', [{ introduced: '0' }, { fixed: '1.5' }], '0.0.1', true],
    ['fixed is exclusive', [{ introduced: '0' }, { fixed: '1.5' }], '1.5', false],
    ['just below fixed', [{ introduced: '0' }, { fixed: '1.5' }], '1.4.99', true],
    ['introduced is inclusive', [{ introduced: '1.2' }, { fixed: '1.5' }], '1.2', true],
    ['below introduced', [{ introduced: '1.2' }, { fixed: '1.5' }], '1.1', false],
    ['last_affected is inclusive', [{ introduced: '1.0' }, { last_affected: '1.3' }], '1.3', true],
    ['above last_affected', [{ introduced: '1.0' }, { last_affected: '1.3' }], '1.3.1', false],
    ['no upper bound', [{ introduced: '2.0' }], '99', true],
    ['limit is exclusive', [{ introduced: '0' }, { limit: '2.0' }], '2.0', false],
    ['below limit', [{ introduced: '0' }, { limit: '2.0' }], '1.9', true],
    [
      'two intervals, in the second',
      [{ introduced: '1.0' }, { fixed: '1.2' }, { introduced: '2.0' }, { fixed: '2.3' }],
      '2.1',
      true,
    ],
    [
      'two intervals, in the gap',
      [{ introduced: '1.0' }, { fixed: '1.2' }, { introduced: '2.0' }, { fixed: '2.3' }],
      '1.5',
      false,
    ],
    [
      'events out of order are sorted',
      [{ fixed: '2.3' }, { introduced: '2.0' }, { fixed: '1.2' }, { introduced: '1.0' }],
      '2.2',
      true,
    ],
    ['versions compare by scheme, not text', [{ introduced: '1.9' }, { fixed: '1.10' }], '1.9.5', true],
  ];
  for (const [name, events, version, want] of cases) {
    it(`${name}: ${version}`, () => {
      assert.equal(inRange(range(...events), dotted.parse(version), dotted).affected, want);
    });
  }
  it('an event version the scheme cannot read makes the range unknown, with the reason', () => {
    const v = inRange(range({ introduced: '0' }, { fixed: '1.x' }), dotted.parse('1.0'), dotted);
    assert.equal(v.affected, 'unknown');
    assert.match(v.affected === 'unknown' ? v.reason : '', /1\.x/);
  });
  it('versions[] matches exactly and by scheme equality; ranges are still evaluated', () => {
    const entry = { versions: ['1.0', '2.0.0'], ranges: [range({ introduced: '3.0' })] };
    assert.equal(affects(entry, '1.0', schemes).affected, true);
    assert.equal(affects(entry, '2.0', schemes).affected, true);
    assert.equal(affects(entry, '1.5', schemes).affected, false);
    assert.equal(affects(entry, '3.1', schemes).affected, true);
  });
  it('a package version the scheme cannot read is unknown, not safe', () => {
    const v = affects({ ranges: [range({ introduced: '0' }, { fixed: '2.0' })] }, 'banana', schemes);
    assert.equal(v.affected, 'unknown');
  });
  it('GIT ranges are not evaluated against versions', () => {
    const entry = { ranges: [{ type: 'GIT' as const, repo: 'https://x', events: [{ introduced: '0' }] }] };
    assert.equal(affects(entry, '1.0', schemes).affected, false);
  });
});

function pkg(name: string, version: string, extra: Partial<Package> = {}): Package {
  return {
    id: `npm:${name}@${version}`,
    ecosystem: 'npm',
    name,
    version,
    resolution: 'pinned',
    source: { kind: 'registry' },
    direct: false,
    scopes: ['prod'],
    locations: [{ path: 'package-lock.json', line: 10 }],
    dependencies: [],
    purl: `pkg:npm/${name}@${version}`,
    ...extra,
  };
}

function record(id: string, name: string, events: OsvEvent[], extra: Partial<OsvRecord> = {}): OsvRecord {
  return {
    id,
    modified: '2024-01-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'npm', name }, ranges: [range(...events)] }],
    ...extra,
  };
}

function run(
  packages: Package[],
  records: OsvRecord[],
  projects: Inventory['projects'] = [],
  extra: Partial<MatchInput> = {},
) {
  const inventory: Inventory = { packages, projects, files: [], skipped: [], diagnostics: [] };
  const input: MatchInput = {
    inventory,
    lookup: (eco, name) =>
      records.filter((r) => r.affected?.some((a) => a.package?.ecosystem === eco && a.package.name === name)),
    schemeFor: (eco) => (eco === 'npm' ? (dotted as VersionScheme) : undefined),
    semver: dotted as VersionScheme,
    severity: (r): Severity =>
      r.id.startsWith('CRIT')
        ? { level: 'critical', source: 'label' }
        : { level: 'medium', score: 5, source: 'cvss-v3' },
    ...extra,
  };
  return matchInventory(input);
}

describe('matchInventory', () => {
  it('groups records linked by aliases into one finding listing every id', () => {
    const out = run(
      [pkg('lib', '1.0')],
      [
        record('GHSA-aaaa', 'lib', [{ introduced: '0' }, { fixed: '1.1' }], { aliases: ['CVE-2024-1'] }),
        record('PYSEC-2024-9', 'lib', [{ introduced: '0' }, { fixed: '1.2' }], { aliases: ['CVE-2024-1'] }),
        record('CRIT-1', 'lib', [{ introduced: '0.5' }, { fixed: '1.0.1' }]),
      ],
    );
    assert.deepEqual(
      out.findings.map((f) => [f.id, f.aliases, f.records, f.severity.level]),
      [
        ['CRIT-1', ['CRIT-1'], ['CRIT-1'], 'critical'],
        ['GHSA-aaaa', ['CVE-2024-1', 'GHSA-aaaa', 'PYSEC-2024-9'], ['GHSA-aaaa', 'PYSEC-2024-9'], 'medium'],
      ],
    );
  });
  it('the smallest fix is the first fixed version no record of the issue affects', () => {
    const out = run(
      [pkg('lib', '1.0')],
      [
        record('GHSA-aaaa', 'lib', [{ introduced: '0' }, { fixed: '1.1' }], { aliases: ['CVE-1'] }),
        record('OSV-2', 'lib', [{ introduced: '0' }, { fixed: '1.3' }], { aliases: ['CVE-1'] }),
      ],
    );
    assert.equal(out.findings[0]?.fixedIn, '1.3');
    assert.deepEqual(out.findings[0]?.fixedVersions, ['1.1', '1.3']);
  });
  it('no finding at or after fixed, one at last_affected', () => {
    const recs = [
      record('A', 'lib', [{ introduced: '0' }, { fixed: '2.0' }]),
      record('B', 'lib', [{ introduced: '0' }, { last_affected: '2.0' }]),
    ];
    assert.deepEqual(
      run([pkg('lib', '2.0')], recs).findings.map((f) => f.id),
      ['B'],
    );
    assert.deepEqual(run([pkg('lib', '2.0.1')], recs).findings, []);
  });
  it('MAL- records are malicious', () => {
    const out = run([pkg('evil', '1.0')], [record('MAL-2024-1', 'evil', [{ introduced: '0' }])]);
    assert.equal(out.findings[0]?.kind, 'malicious');
    assert.equal(out.findings[0]?.fixedIn, undefined);
  });
  it('withdrawn records never match', () => {
    const out = run(
      [pkg('lib', '1.0')],
      [record('W', 'lib', [{ introduced: '0' }], { withdrawn: '2024-02-01T00:00:00Z' })],
    );
    assert.deepEqual(out.findings, []);
  });
  it('lists what it cannot decide: unresolved ranges, bad versions, unsupported ecosystems, commit-only ranges', () => {
    const out = run(
      [
        pkg('ranged', '^1.0', { resolution: 'unresolved' }),
        pkg('odd', 'banana'),
        pkg('gem', '1.0', { ecosystem: 'RubyGems', id: 'gem:1' }),
        pkg('gitdep', '1.0', { id: 'npm:gitdep#git', source: { kind: 'git', commit: 'abc123' } }),
      ],
      [
        record('R1', 'ranged', [{ introduced: '0' }]),
        record('R2', 'odd', [{ introduced: '0' }, { fixed: '2.0' }]),
        {
          id: 'G1',
          modified: '2024-01-01T00:00:00Z',
          affected: [
            {
              package: { ecosystem: 'npm', name: 'gitdep' },
              ranges: [{ type: 'GIT', repo: 'x', events: [{ introduced: '0' }] }],
            },
          ],
        },
      ],
    );
    assert.deepEqual(out.findings, []);
    assert.deepEqual(
      out.unchecked.map((u) => [u.packageId, u.reason, u.records]),
      [
        ['gem:1', 'unsupported-ecosystem', undefined],
        ['npm:gitdep#git', 'git-range-needs-history', ['G1']],
        ['npm:odd@banana', 'unparseable-version', ['R2']],
        ['npm:ranged@^1.0', 'unresolved-version', ['R1']],
      ],
    );
  });
  it('toolchain-sourced packages are matched unless skipToolchain says why not', () => {
    const tc = pkg('stdlib', '1.0', { id: 'npm:stdlib@1.0#toolchain', source: { kind: 'toolchain' } });
    const recs = [record('S1', 'stdlib', [{ introduced: '0' }, { fixed: '1.1' }])];
    assert.deepEqual(
      run([tc], recs).findings.map((f) => f.id),
      ['S1'],
    );
    const skipped = run([tc, pkg('lib', '1.0')], [...recs, record('L1', 'lib', [{ introduced: '0' }])], [], {
      skipToolchain: 'opt in to match it',
    });
    assert.deepEqual(
      skipped.findings.map((f) => f.id),
      ['L1'],
    );
    assert.deepEqual(skipped.unchecked, [
      { packageId: tc.id, reason: 'toolchain-opt-in', detail: 'opt in to match it', records: ['S1'] },
    ]);
  });
  it('gives the shortest dependency paths from a direct dependency, and locations', () => {
    const packages = [
      pkg('app-dep', '1.0', { direct: true, dependencies: ['npm:mid@1.0', 'npm:lib@1.0'] }),
      pkg('other', '1.0', { direct: true, dependencies: ['npm:mid@1.0'] }),
      pkg('mid', '1.0', { dependencies: ['npm:lib@1.0'] }),
      pkg('lib', '1.0'),
    ];
    const out = run(packages, [record('A', 'lib', [{ introduced: '0' }, { fixed: '1.1' }])]);
    assert.deepEqual(out.findings[0]?.paths, [['npm:app-dep@1.0', 'npm:lib@1.0']]);
    assert.deepEqual(out.findings[0]?.locations, [{ path: 'package-lock.json', line: 10 }]);
    const deep = run(packages.slice(1), [record('A', 'lib', [{ introduced: '0' }])]);
    assert.deepEqual(deep.findings[0]?.paths, [['npm:other@1.0', 'npm:mid@1.0', 'npm:lib@1.0']]);
  });
  it('a direct dependency has itself as its path; names match through the ecosystem normalisation', () => {
    const out = run([pkg('lib', '1.0', { direct: true })], [record('A', 'lib', [{ introduced: '0' }])]);
    assert.deepEqual(out.findings[0]?.paths, [['npm:lib@1.0']]);
    assert.equal(out.findings[0]?.key, 'A:npm:lib@1.0');
  });
});
