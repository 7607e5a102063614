/**
 * osv-scalibr's requirements fixtures (../shared, never copied here). scalibr publishes no expected
 * results for them in osv-scalibr-expected, so these are Sterling's own expectations on its inputs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scalibrFixture, scalibrSkip } from '../../../../test/helpers/conformance.js';
import { extractDisk } from '../../../../test/helpers/extract.js';
import { requirementsExtractor as ex } from './index.js';

const DIR = 'python/requirements';
const run = (name: string) => extractDisk(ex, scalibrFixture(DIR, 'testdata', name));

describe('python/requirements on scalibr fixtures', { skip: scalibrSkip(DIR) }, () => {
  it('loop.txt: the -r cycle ends', () => {
    const out = run('loop.txt');
    assert.deepEqual(out.packages, []);
    assert.deepEqual(out.diagnostics, []);
  });

  it('per_req_options.txt: options after the requirement are cut, hashes kept', () => {
    const out = run('per_req_options.txt');
    const ids = out.packages.map((p) => p.id);
    for (const n of [1, 2, 3, 4, 5, 6, 8, 9, 11, 12, 13, 14])
      assert.ok(ids.includes(`PyPI:foo${n}@1.0`), `foo${n}`);
    assert.ok(ids.includes('PyPI:foo16-client@1.0') && ids.includes('PyPI:foo17-hash@1.0'));
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['invalid-line', 20],
        ['invalid-line', 30],
      ],
    );
    assert.equal(out.packages.find((p) => p.name === 'foo9')?.source.integrity, 'sha256:123');
  });

  it('example.txt: ranges unresolved, URL and local lines, include read, missing constraints reported', () => {
    const out = run('example.txt');
    const byName = new Map(out.packages.map((p) => [p.name, p]));
    assert.equal(byName.get('docopt')?.resolution, 'pinned');
    assert.equal(byName.get('keyring')?.version, '>=4.1.1');
    assert.equal(byName.get('mopidy-dirble')?.version, '~=1.1');
    assert.equal(byName.get('pandas')?.locations[0]?.path, 'other-requirements.txt');
    assert.equal(byName.get('urllib3')?.source.kind, 'tarball');
    assert.deepEqual(
      out.diagnostics.map((d) => [d.code, d.line]),
      [
        ['include-not-read', 22],
        ['local-dependency', 25],
      ],
    );
  });
});
