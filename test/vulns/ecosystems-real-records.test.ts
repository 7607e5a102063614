/**
 * The matcher on real advisory databases (../shared/osv-sample: Go vulndb, RustSec, PyPA), imported
 * into one SQLite database: versions on both sides of each boundary, aliases, multi-interval ranges,
 * pre-release introduced events (`0.0.0-0`), Go's `v` prefix against unprefixed SEMVER events, and
 * PEP 503 names (`Jinja2` matches records for `jinja2`). Expected ids were read off the records.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Inventory } from '../../src/core/model/inventory.js';
import type { Package } from '../../src/core/model/package.js';
import type { VersionScheme } from '../../src/core/plugin/version-scheme.js';
import { schemeFor } from '../../src/ecosystems/version-schemes.js';
import { importRecords, openDatabase, type VulnDb } from '../../src/vuln/db/index.js';
import { matchInventory } from '../../src/vuln/match/match.js';
import { semverRangeScheme } from '../../src/vuln/match/semver-ranges.js';
import { severityOf } from '../../src/vuln/severity/severity.js';
import { needsShared, sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

const SETS = [
  ['osv-sample', 'golang-vulndb', 'data', 'osv'],
  ['osv-sample', 'rustsec-advisory-db-osv', 'crates'],
  ['osv-sample', 'pypa-advisory-database-json'],
];

function pkg(ecosystem: string, name: string, version: string): Package {
  return {
    id: `${ecosystem}:${name}@${version}`,
    ecosystem,
    name,
    version,
    resolution: 'pinned',
    source: { kind: 'registry' },
    direct: true,
    scopes: ['prod'],
    locations: [{ path: 'lockfile', line: 1 }],
    dependencies: [],
  };
}

describe('matching real Go, RustSec and PyPA records', {
  skip: needsShared(...SETS[0]!) || needsShared(...SETS[1]!) || needsShared(...SETS[2]!),
}, () => {
  const path = join(tempDir(), 'osv.sqlite');
  let db: VulnDb;
  before(async () => {
    db = openDatabase(path);
    const report = await importRecords(
      db,
      SETS.map((s) => sharedPath(...s)),
    );
    assert.equal(report.invalid, 0);
  });

  function findings(...packages: Package[]) {
    const inventory: Inventory = { packages, projects: [], files: [], skipped: [], diagnostics: [] };
    return matchInventory({
      inventory,
      lookup: (e, n) => db.lookup(e, n),
      schemeFor,
      semver: semverRangeScheme as VersionScheme,
      severity: severityOf,
    });
  }

  const cases: Array<[string, Package, Array<[string, string | undefined]>]> = [
    [
      'Go: v0.3.7 is past the 0.3.7 fix (exclusive) but before 0.3.8 and 0.39.0',
      pkg('Go', 'golang.org/x/text', 'v0.3.7'),
      [
        ['GO-2022-1059', '0.3.8'],
        ['GO-2026-5970', '0.39.0'],
      ],
    ],
    ['Go: the newest fix clears everything', pkg('Go', 'golang.org/x/text', 'v0.39.0'), []],
    [
      'crates.io: 0.6.9 sits in four ranges, each with its own smallest fix',
      pkg('crates.io', 'smallvec', '0.6.9'),
      [
        ['RUSTSEC-2018-0018', '0.6.13'],
        ['RUSTSEC-2019-0009', '0.6.10'],
        ['RUSTSEC-2019-0012', '0.6.10'],
        ['RUSTSEC-2021-0003', '0.6.14'],
      ],
    ],
    [
      'crates.io: second interval of a two-interval range',
      pkg('crates.io', 'smallvec', '1.6.0'),
      [['RUSTSEC-2021-0003', '1.6.1']],
    ],
    ['crates.io: in the gap between the intervals', pkg('crates.io', 'smallvec', '0.6.14'), []],
    [
      'PyPI: Jinja2 (PEP 503 name) 2.10',
      pkg('PyPI', 'Jinja2', '2.10'),
      [
        ['PYSEC-2019-217', '2.10.1'],
        ['PYSEC-2021-66', '2.11.3'],
      ],
    ],
    [
      'PyPI: 2.10.1 is the fix of PYSEC-2019-217',
      pkg('PyPI', 'jinja2', '2.10.1'),
      [['PYSEC-2021-66', '2.11.3']],
    ],
  ];
  for (const [name, p, want] of cases) {
    it(name, () => {
      const out = findings(p);
      assert.deepEqual(
        out.findings.map((f) => [f.id, f.fixedIn]),
        want,
      );
      assert.deepEqual(out.unchecked, []);
    });
  }

  it('groups aliases: the GHSA and CVE ids of a Go record are listed with it', () => {
    const f = findings(pkg('Go', 'golang.org/x/text', 'v0.3.7')).findings[0];
    assert.deepEqual(f?.aliases, ['CVE-2022-32149', 'GHSA-69ch-w2m2-3vjp', 'GO-2022-1059']);
  });
});
