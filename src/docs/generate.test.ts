import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { repoPath } from '../../test/helpers/shared.js';
import { EXTRACTORS } from '../ecosystems/registry.js';
import { FORMATS } from '../report/registry.js';
import { pluginsMarkdown } from './generate.js';

it('docs/plugins.md is in sync with plugin metadata (run `npm run docs` after changing a plugin)', () => {
  const doc = readFileSync(repoPath('docs', 'plugins.md'), 'utf8');
  assert.equal(doc, pluginsMarkdown());
  for (const p of [...EXTRACTORS, ...FORMATS])
    assert.ok(doc.includes(`\`${p.id}\``), `${p.id} missing from docs`);
});
