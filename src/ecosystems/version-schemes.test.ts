import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRegistry } from '../core/plugin/registry.js';
import { schemeFor, VERSION_SCHEMES } from './version-schemes.js';

describe('version scheme registry', () => {
  it('satisfies the plugin contract', () => {
    assert.deepEqual(checkRegistry(VERSION_SCHEMES), []);
  });
  it('no OSV ecosystem is claimed twice, and every scheme works offline', () => {
    const seen = new Map<string, string>();
    for (const s of VERSION_SCHEMES) {
      assert.equal(s.requirements.network, false, s.id);
      assert.ok(s.ecosystems.length > 0, `${s.id} serves no ecosystem`);
      for (const e of s.ecosystems) {
        assert.equal(seen.get(e), undefined, `${e} claimed by ${seen.get(e)} and ${s.id}`);
        seen.set(e, s.id);
      }
    }
  });
  it('unknown ecosystems have no scheme', () => {
    assert.equal(schemeFor('NoSuchEcosystem'), undefined);
    assert.equal(schemeFor(''), undefined);
    assert.equal(schemeFor(':12'), undefined);
  });
});
