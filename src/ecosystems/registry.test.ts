import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRegistry } from '../core/plugin/registry.js';
import { EXTRACTORS } from './registry.js';

describe('extractor registry', () => {
  it('satisfies the plugin contract', () => {
    assert.deepEqual(checkRegistry(EXTRACTORS), []);
  });
  it('each extractor lists its files, matches them by basename only and declares no network use', () => {
    for (const e of EXTRACTORS) {
      assert.ok(e.files.length > 0, `${e.id} lists no files`);
      assert.equal(e.requirements.network, false, `${e.id}: extractors must work offline`);
      for (const f of e.files) {
        if (f.includes('*')) continue;
        assert.ok(e.matches(f), `${e.id} does not match ${f}`);
        assert.ok(e.matches(`deep/dir/${f}`), `${e.id} does not match deep/dir/${f}`);
        assert.ok(!e.matches(`${f}/other.txt`), `${e.id} matches a file inside a folder named ${f}`);
      }
      assert.ok(!e.matches('README.md'), `${e.id} matches README.md`);
    }
  });
});
