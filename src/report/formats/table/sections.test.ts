import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTasks } from '../../../tasks/index.js';
import { baselineReport, postureReport } from '../__fixtures__/sections.js';
import { vulnResult } from '../__fixtures__/vulns.js';
import { renderTable } from './index.js';
import { visibleLength } from './layout.js';

function full() {
  const r = vulnResult();
  r.posture = postureReport();
  r.baseline = baselineReport();
  return r;
}
const ESC = '\u001b';
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

describe('table: sections, colour, width, next tasks', () => {
  it('groups the summary under headings, in order: inventory, vulnerabilities, posture, Baseline, next', () => {
    const text = renderTable(full());
    const heads = text
      .split('\n')
      .filter((l) => / ─{3,}$/.test(l))
      .map((l) => l.replace(/ ─+$/, ''));
    assert.deepEqual(heads, ['Inventory', 'Vulnerabilities', 'Posture', 'OSPS Baseline', 'Next']);
  });
  it('a section that did not run has no heading (it is under Not checked)', () => {
    const text = renderTable(vulnResult());
    assert.ok(!/^(Posture|OSPS Baseline) ─/m.test(text));
  });

  it('colours severities only when colour is on', () => {
    const on = renderTable(full(), { color: true });
    const rows = (level: string) =>
      on.split('\n').filter((l) => l.includes(`${level} `) && l.includes('GHSA'));
    assert.ok(
      rows('high').every((l) => l.includes(`${ESC}[31mhigh`)),
      'high red',
    );
    assert.ok(
      rows('medium').every((l) => l.includes(`${ESC}[33mmedium`)),
      'medium yellow',
    );
    assert.ok(
      rows('low').every((l) => l.includes(`${ESC}[34mlow`)),
      'low blue',
    );
    assert.ok(!renderTable(full(), { color: false }).includes(ESC));
    assert.ok(!renderTable(full()).includes(ESC), 'off unless asked');
  });

  const widths = [40, 60, 100, 160];
  for (const width of widths) {
    it(`fits vulnerability, dependency and task rows to ${width} columns`, () => {
      for (const color of [false, true]) {
        const lines = renderTable(full(), { width, color }).split('\n');
        const plain = lines.map((l) => l.replace(SGR, ''));
        const from = (h: string) => plain.findIndex((l) => l.includes(h));
        const ranges: Array<[number, number]> = [
          [from('Direct dependencies'), from('Vulnerabilities')],
          [from('open (') + 1, from('packages could not be checked')],
          [from('Next'), lines.length],
        ];
        for (const [a, b] of ranges)
          for (const l of lines.slice(a, b)) assert.ok(visibleLength(l) <= width, `${width}: ${l}`);
      }
    });
  }
  it('a narrow terminal cuts names with …, a wide one shows them whole', () => {
    const r = full();
    r.inventory.packages[0]!.name = `very-long-package-name-${'x'.repeat(60)}`;
    r.inventory.packages[0]!.direct = true;
    assert.match(renderTable(r, { width: 60 }), /very-long-package-name-x+… /);
    assert.ok(renderTable(r, { width: 200 }).includes(`very-long-package-name-${'x'.repeat(45)}`));
  });

  it('ends with the top three tasks (effort, first step) and points to `sterling tasks`', () => {
    const r = full();
    const tasks = buildTasks(r);
    assert.ok(tasks.length > 3, 'fixture has more than three tasks');
    const next = renderTable(r).split(/^Next ─+$/m)[1] ?? '';
    const titles = next.split('\n').filter((l) => /^ {2}\d\. /.test(l));
    assert.deepEqual(
      titles.map((l) => l.replace(/^ {2}\d\. /, '').replace(/ · ~.*$/, '')),
      tasks.slice(0, 3).map((t) => t.title),
    );
    assert.match(titles[0] ?? '', / · ~\d+ (min|h)$/);
    assert.match(next, new RegExp(`Every step, all ${tasks.length} tasks: sterling tasks`));
  });
});
