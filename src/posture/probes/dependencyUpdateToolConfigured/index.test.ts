import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rawOf } from '../../__fixtures__/tree.js';
import { runProbe } from '../../probe.js';
import { UPDATE_TOOLS } from '../../raw/dependency-update-tools.js';
import { dependencyUpdateToolConfigured } from './index.js';

async function tools(files: Record<string, string>): Promise<string[]> {
  return runProbe(dependencyUpdateToolConfigured, await rawOf(files))
    .filter((f) => f.outcome === 'true')
    .map((f) => `${f.values?.tool} ${f.location?.path} ${f.values?.scorecard}`);
}

describe('dependencyUpdateToolConfigured', () => {
  const cases: Array<[string, Record<string, string>, string[]]> = [
    ['nothing configured', { 'README.md': '' }, []],
    ['Dependabot', { '.github/dependabot.yml': 'version: 2' }, ['Dependabot .github/dependabot.yml true']],
    [
      'Dependabot, any case',
      { '.github/Dependabot.YAML': 'version: 2' },
      ['Dependabot .github/Dependabot.YAML true'],
    ],
    ['Renovate in .gitlab/', { '.gitlab/renovate.json5': '{}' }, ['RenovateBot .gitlab/renovate.json5 true']],
    [
      'Renovate in package.json (a Sterling addition)',
      { 'package.json': '{"name":"a","renovate":{}}' },
      ['RenovateBot package.json false'],
    ],
    ['package.json without the key', { 'package.json': '{"name":"a"}' }, []],
    ['a broken package.json is no tool, not a crash', { 'package.json': '{"renovate":' }, []],
    ['PyUp (not in Scorecard v5)', { '.pyup.yml': 'update: all' }, ['PyUp .pyup.yml false']],
    [
      'scala-steward in .config/',
      { '.config/.scala-steward.conf': '' },
      ['scala-steward .config/.scala-steward.conf true'],
    ],
    [
      'config files deeper in the tree do not count',
      { 'sub/renovate.json': '{}', 'sub/.github/dependabot.yml': '' },
      [],
    ],
    [
      'every tool found is reported',
      { '.github/dependabot.yml': '', 'renovate.json': '{}' },
      ['Dependabot .github/dependabot.yml true', 'RenovateBot renovate.json true'],
    ],
  ];
  for (const [name, files, want] of cases) it(name, async () => assert.deepEqual(await tools(files), want));

  it('every path in the table is detected (the table is the single source)', async () => {
    for (const t of UPDATE_TOOLS) {
      for (const p of t.paths)
        assert.deepEqual(await tools({ [p]: '{}' }), [`${t.name} ${p} ${t.scorecard}`], p);
    }
  });
});
