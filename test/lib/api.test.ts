/** The library API (package entry point): scan() + render(), as a consumer imports them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EXTRACTORS,
  FORMATS,
  render,
  SCAN_RESULT_SCHEMA_VERSION,
  STERLING_VERSION,
  scan,
  UsageError,
} from '../../src/index.js';
import { repoPath } from '../helpers/shared.js';

describe('library API', () => {
  it('scan() returns a ScanResult and render() turns it into every format', async () => {
    const result = await scan(repoPath('test', 'fixtures', 'npm-app'), {
      createdAt: new Date('2025-01-01T00:00:00Z'),
      reproducible: true,
    });
    assert.equal(result.schemaVersion, SCAN_RESULT_SCHEMA_VERSION);
    assert.equal(result.tool.version, STERLING_VERSION);
    assert.deepEqual(
      result.inventory.packages.map((p) => p.id),
      ['npm:debug@4.3.4', 'npm:left-pad@1.3.0', 'npm:ms@2.1.2', 'npm:ms@2.1.3'],
    );
    for (const f of FORMATS) {
      const text = render(result, f.id, { color: false });
      // Vulnerability formats (sarif, openvex) list findings, and this scan did not match any.
      if (['table', 'json', 'cyclonedx', 'spdx'].includes(f.id)) {
        assert.ok(text.includes('debug'), `${f.id} output names the package`);
      } else assert.ok(text.length > 0, `${f.id} renders`);
    }
    const cdx = JSON.parse(render(result, 'cyclonedx')) as { specVersion: string };
    assert.equal(cdx.specVersion, '1.6');
  });
  it('render() refuses an unknown format with the list of known ones', async () => {
    const result = await scan(repoPath('test', 'fixtures', 'npm-app'));
    assert.throws(
      () => render(result, 'xml'),
      (e: unknown) => e instanceof UsageError && /cyclonedx/.test(String(e.hint)),
    );
  });
  it('exports the registries', () => {
    assert.ok(EXTRACTORS.some((e) => e.id === 'npm/package-lock'));
    assert.ok(FORMATS.some((f) => f.id === 'spdx'));
  });
});
