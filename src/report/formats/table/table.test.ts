import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractMemory } from '../../../../test/helpers/extract.js';
import { requirementsExtractor } from '../../../ecosystems/python/requirements/index.js';
import { sampleResult } from '../cyclonedx/__fixtures__/scan-result.js';
import { renderTable, versionLabel } from './index.js';

describe('table: direct dependencies', () => {
  const out = extractMemory(requirementsExtractor, 'requirements.txt', {
    'requirements.txt':
      'requests\nflask>=2.0\nclick==8.1.7\ntool @ git+https://h/o/tool.git@0123456789abcdef\n',
  });
  const result = sampleResult();
  result.inventory.packages = out.packages;
  const rows = renderTable(result, { color: false }).split('\n');
  const row = (name: string) => rows.find((l) => l.startsWith(`  ${name} `))?.replace(/ +/g, ' ');

  it('shows the pin, the declared range, or a commit', () => {
    assert.equal(row('click'), ' click 8.1.7 prod');
    assert.equal(row('flask'), ' flask >=2.0 prod');
    assert.equal(row('tool'), ' tool 0123456789abcdef prod');
    const [tool] = out.packages.filter((p) => p.name === 'tool');
    const commit = 'a'.repeat(40);
    assert.equal(versionLabel({ ...tool!, version: '', source: { kind: 'git', commit } }), 'a'.repeat(12));
  });
  it('says an unresolved package declared without a range accepts any version (not "?")', () => {
    assert.equal(row('requests'), ' requests (any version) prod');
    assert.ok(!rows.some((l) => / \? /.test(l)));
  });
  it('says a pinned package without a version has none', () => {
    const [pinned] = out.packages.filter((p) => p.name === 'click');
    assert.equal(versionLabel({ ...pinned!, version: '' }), '(no version)');
  });
});
