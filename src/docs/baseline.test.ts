import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { repoPath } from '../../test/helpers/shared.js';
import { BASELINE_CATALOG } from '../posture/baseline/catalog.js';
import { baselineMarkdown } from './baseline.js';

it('docs/baseline.md is in sync with the Baseline catalogue (run `npm run docs` after changing it)', () => {
  const doc = readFileSync(repoPath('docs', 'baseline.md'), 'utf8');
  assert.equal(doc, baselineMarkdown());
  for (const r of BASELINE_CATALOG)
    assert.ok(doc.includes(`| [${r.id}](${r.url}) | ${r.level} |`), `${r.id} missing`);
});
