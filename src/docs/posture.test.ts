import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { repoPath } from '../../test/helpers/shared.js';
import { CHECKS } from '../posture/checks/registry.js';
import { PROBES } from '../posture/probes/registry.js';
import { SUBPATH_SCOPE, subpathScopeTable } from '../posture/subpath-scope.js';
import { postureMarkdown } from './posture.js';

it('docs/posture.md is in sync with check and probe metadata (run `npm run docs` after changing one)', () => {
  const doc = readFileSync(repoPath('docs', 'posture.md'), 'utf8');
  assert.equal(doc, postureMarkdown());
  for (const p of PROBES) assert.ok(doc.includes(`### \`${p.id}\``), `${p.id} missing from docs`);
  for (const c of CHECKS) assert.ok(doc.includes(`| ${c.name} |`), `${c.name} missing from docs`);
});

it('the --subpath rule table names every check once, and README.md carries it as docs/posture.md does', () => {
  assert.deepEqual(
    SUBPATH_SCOPE.map((r) => r.check),
    CHECKS.map((c) => c.name),
  );
  const table = subpathScopeTable().join('\n');
  assert.ok(readFileSync(repoPath('docs', 'posture.md'), 'utf8').includes(table));
  assert.ok(
    readFileSync(repoPath('README.md'), 'utf8').includes(table),
    'README.md: paste subpathScopeTable() under "One package of a monorepo"',
  );
});
