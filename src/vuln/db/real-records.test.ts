/**
 * Imports the real OSV records in ../shared/osv-sample (see its SOURCES.md) and checks exact
 * counts and lookups. Expected values were counted from the files independently (grep).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { needsShared, sharedPath } from '../../../test/helpers/shared.js';
import { tempDir } from '../../../test/helpers/tmp.js';
import { importRecords } from './import.js';
import { openDatabase, type VulnDb } from './open.js';
import type { ImportReport } from './report.js';

const SETS = {
  Go: 'osv-sample/golang-vulndb/data/osv',
  'crates.io': 'osv-sample/rustsec-advisory-db-osv/crates',
  PyPI: 'osv-sample/pypa-advisory-database-json',
  npm: 'osv-sample/npm-nodejs-security-wg-osv',
} as const;

// Files per set, and withdrawn records among them (SOURCES.md: Go 17, RustSec 13; PyPA 10, npm 0 by grep).
const EXPECTED: Record<keyof typeof SETS, { inserted: number; withdrawn: number }> = {
  Go: { inserted: 4291 - 17, withdrawn: 17 },
  'crates.io': { inserted: 1206 - 13, withdrawn: 13 },
  PyPI: { inserted: 2661 - 10, withdrawn: 10 },
  npm: { inserted: 467, withdrawn: 0 },
};

const skip = needsShared('osv-sample');

describe('import of the real OSV sample records', { skip }, () => {
  let db: VulnDb;
  let report: ImportReport;
  before(async () => {
    db = openDatabase(join(tempDir(), 'osv.sqlite'));
    report = await importRecords(
      db,
      Object.values(SETS).map((p) => sharedPath(p)),
    );
  });
  after(() => db?.close());

  it('imports every valid record, skips the withdrawn ones, rejects none', () => {
    assert.deepEqual(report.problems, []);
    assert.equal(report.invalid, 0);
    assert.equal(report.inserted, 8585);
    assert.equal(report.withdrawn, 40);
    assert.equal(report.read, 4291 + 1206 + 2661 + 467);
    for (const [eco, exp] of Object.entries(EXPECTED)) {
      assert.deepEqual(report.ecosystems[eco], { ...exp, replaced: 0, unchanged: 0 }, eco);
    }
    const status = db.status();
    assert.equal(status.records, 8585);
    assert.deepEqual(
      status.ecosystems.map((e) => [e.ecosystem, e.records]),
      [
        ['Go', 4274],
        ['PyPI', 2651],
        ['crates.io', 1193],
        ['npm', 467],
      ],
    );
  });

  const lookups: Array<[ecosystem: string, name: string, ids: string[]]> = [
    ['Go', 'github.com/gin-gonic/gin', ['GO-2020-0001', 'GO-2021-0052', 'GO-2023-1737']],
    ['npm', 'lodash', ['NSWG-ECO-368', 'NSWG-ECO-493', 'NSWG-ECO-516']],
    ['crates.io', 'Serde-CBOR', ['RUSTSEC-2019-0025', 'RUSTSEC-2021-0127']],
    ['crates.io', 'rand-core', ['RUSTSEC-2019-0035', 'RUSTSEC-2021-0023']],
    // spin: RUSTSEC-2019-0031 is withdrawn
    ['crates.io', 'spin', ['RUSTSEC-2019-0013', 'RUSTSEC-2023-0031']],
    ['PyPI', 'JW_Util', ['PYSEC-2020-341']],
    ['Go', 'no.such/module', []],
    ['Maven', 'lodash', []],
  ];
  for (const [eco, name, ids] of lookups) {
    it(`lookup ${eco} ${name} -> ${ids.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(
        db.lookup(eco, name).map((r) => r.id),
        ids,
      );
    });
  }

  it('lookup PyPI Django finds all 116 django records and never a withdrawn one', () => {
    const found = db.lookup('PyPI', 'Django');
    assert.equal(found.length, 116);
    assert.ok(found.every((r) => r.id.startsWith('PYSEC-') && r.withdrawn === undefined));
    // GO-2022-0617 (k8s.io/kubernetes) is withdrawn; other records of the module remain
    const k8s = db.lookup('Go', 'k8s.io/kubernetes').map((r) => r.id);
    assert.ok(k8s.length > 0 && !k8s.includes('GO-2022-0617'));
  });

  it('reads the PyPA YAML originals to the same records as their JSON conversion', {
    skip: needsShared('osv-sample/pypa-advisory-database'),
  }, async () => {
    const yamlDb = openDatabase(join(tempDir(), 'yaml.sqlite'));
    const r = await importRecords(yamlDb, [sharedPath('osv-sample/pypa-advisory-database')]);
    assert.deepEqual([r.inserted, r.withdrawn, r.invalid, r.ignored], [2651, 10, 0, 1]);
    // The JSON copy was converted with PyYAML, which rewrote `modified` timestamps (trailing zeros).
    const norm = (x: object) => ({ ...x, modified: Date.parse((x as { modified: string }).modified) });
    for (const name of ['django', 'pillow', 'jinja2', 'requests', 'tensorflow']) {
      assert.deepEqual(yamlDb.lookup('PyPI', name).map(norm), db.lookup('PyPI', name).map(norm), name);
    }
    yamlDb.close();
  });
});
