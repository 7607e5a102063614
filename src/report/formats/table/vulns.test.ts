import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notRunResult, vulnResult } from '../__fixtures__/vulns.js';
import { renderTable } from './index.js';

describe('table: vulnerabilities', () => {
  const text = renderTable(vulnResult(), { color: false });
  const section = text.slice(text.indexOf('Vulnerabilities'));

  it('heads the section, then open findings by severity, suppressed apart', () => {
    const v = vulnResult().vulnerabilities;
    if (v.status !== 'ok') throw new Error('fixture');
    const open = v.findings.filter((f) => !f.suppressed).length;
    // The layout has a heading line per section since the sections were grouped (issue 6).
    assert.match(
      section,
      new RegExp(`^Vulnerabilities ─+\\n${open} open \\(malicious ${v.counts.malicious}, `),
    );
    assert.match(section.split('\n')[1] ?? '', new RegExp(`suppressed ${v.counts.suppressed}\\)$`));
  });
  it('lists malicious first, then by severity; suppressed findings are not listed', () => {
    const rows = section
      .split('\n')
      .slice(1)
      .filter((l) => /^ {2}(malicious|critical|high|medium|low|none|unknown) /.test(l));
    const order = ['malicious', 'critical', 'high', 'medium', 'low', 'none', 'unknown'];
    const ranks = rows.map((r) => order.indexOf(r.trim().split(/ +/)[0] ?? ''));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
    );
    assert.equal(rows[0]?.trim().startsWith('malicious'), true);
    const v = vulnResult().vulnerabilities;
    if (v.status !== 'ok') throw new Error('fixture');
    assert.equal(rows.length, v.findings.filter((f) => !f.suppressed).length);
  });
  it('says what was not checked, how old the data is, and that the update failed', () => {
    assert.match(section, /2 packages could not be checked/);
    assert.match(section, /data: npm 12345 · 30 h old/);
    assert.match(section, /no vulnerability data for: CocoaPods/);
    assert.match(section, /update failed, used the existing data: network unreachable/);
  });
  it('never prints terminal control characters from package names or summaries', () => {
    assert.ok(
      ![...text].some((ch) => ch.charCodeAt(0) === 0x1b || ch.charCodeAt(0) === 0x07 || ch === '\u202e'),
    );
  });
  it('a section that did not run is listed under Not checked with its reason', () => {
    const t = renderTable(notRunResult('no vulnerability database'), { color: false });
    assert.match(t, /Not checked\n {2}vulnerabilities: no vulnerability database/);
    assert.ok(!t.includes('Vulnerabilities '));
  });
});
