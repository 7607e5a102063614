import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRegistry } from '../core/plugin/registry.js';
import { FORMAT_IDS, SBOM_FORMAT_IDS } from './format-ids.js';
import { FORMATS } from './registry.js';

describe('report format registry', () => {
  it('satisfies the plugin contract and works offline', () => {
    assert.deepEqual(checkRegistry(FORMATS), []);
    for (const f of FORMATS) assert.equal(f.requirements.network, false, f.id);
  });
  it('every format has a media type and a file extension', () => {
    for (const f of FORMATS) {
      assert.match(f.mediaType, /^[a-z]+\/[\w.+-]+$/, f.id);
      assert.match(f.extension, /^\.[\w.]+$/, f.id);
    }
  });
  it('the light id lists the CLI offers equal the registry', () => {
    assert.deepEqual(
      [...FORMAT_IDS],
      FORMATS.map((f) => f.id),
    );
    assert.deepEqual(
      [...SBOM_FORMAT_IDS],
      FORMATS.filter((f) => f.sbom).map((f) => f.id),
    );
  });
});
