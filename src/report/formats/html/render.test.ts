import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { isUnsafeCodePoint } from '../../../core/util/quote.js';
import { HOSTILE_SUMMARY, notRunResult, vulnResult } from '../__fixtures__/vulns.js';
import { largeResult } from '../cyclonedx/__fixtures__/scan-result.js';
import { fullResult, sampleTasks } from './__fixtures__/report.js';
import { htmlFormat } from './index.js';
import { MAX_PACKAGE_ROWS } from './inventory.js';
import { contentSecurityPolicy } from './page.js';
import { renderHtml } from './render.js';

function between(html: string, open: string, close: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const a = html.indexOf(open, from);
    if (a < 0) return out;
    const b = html.indexOf(close, a + open.length);
    out.push(html.slice(a + open.length, b));
    from = b + close.length;
  }
}

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
}

/** The text of the section with this id. */
function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  assert.ok(start >= 0, `section ${id} missing`);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('html report: page shell', () => {
  const html = renderHtml(fullResult(), sampleTasks());

  it('has one inline style and one inline script, each allowed by its hash and nothing else', () => {
    const styles = between(html, '<style>', '</style>');
    const scripts = between(html, '<script>', '</script>');
    assert.equal(styles.length, 1);
    assert.equal(scripts.length, 1);
    const csp = between(html, '<meta http-equiv="Content-Security-Policy" content="', '"');
    assert.deepEqual(csp, [contentSecurityPolicy()]);
    assert.match(csp[0]!, /^default-src 'none'; /);
    assert.ok(csp[0]!.includes(`style-src ${sha256(styles[0]!)};`));
    assert.ok(csp[0]!.includes(`script-src ${sha256(scripts[0]!)};`));
    assert.ok(csp[0]!.includes('img-src data:'));
    assert.doesNotMatch(csp[0]!, /unsafe|http|\*/);
    assert.ok(html.includes('<meta name="referrer" content="no-referrer">'));
  });

  it('loads nothing from anywhere: no external resource, no inline handler or style attribute', () => {
    // Data is escaped, so every `<` in the page starts real markup.
    for (const pattern of [
      /<(link|img|iframe|object|embed|base)\b/i,
      /<[^>]*\s(src|style|on[a-z]+)=/i,
      /url\(/i,
      /@import/i,
    ]) {
      assert.doesNotMatch(html, pattern);
    }
    // Every link is http(s) or an in-page anchor, and opens without referrer or opener.
    for (const href of between(html, 'href="', '"')) assert.match(href, /^(#[a-z-]+|https?:\/\/)/, href);
    for (const a of between(html, '<a href="http', '>')) assert.match(a, /rel="noopener noreferrer"$/);
  });

  it('has every section, in order', () => {
    const order = ['summary', 'tasks', 'vulnerabilities', 'posture', 'baseline', 'inventory'].map((id) =>
      html.indexOf(`<section id="${id}"`),
    );
    assert.ok(order.every((i) => i > 0));
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
  });

  it('is deterministic: the same result gives the same bytes', () => {
    assert.equal(renderHtml(fullResult(), sampleTasks()), html);
    assert.equal(htmlFormat.render(fullResult()), htmlFormat.render(structuredClone(fullResult())));
  });
});

describe('html report: sections that did not run', () => {
  const cases: Array<[string, (r: ScanResult) => void, string, string]> = [
    [
      'vulnerabilities',
      (r) => (r.vulnerabilities = { status: 'not-run', reason: 'matching was off (--no-vulns)' }),
      'Vulnerabilities not checked.',
      'matching was off (--no-vulns)',
    ],
    [
      'posture',
      (r) => (r.posture = { status: 'not-run', reason: 'posture checks were not requested' }),
      'Posture not checked.',
      'posture checks were not requested',
    ],
    [
      'baseline',
      (r) => (r.baseline = { status: 'not-run', reason: 'the target is an SBOM file' }),
      'OSPS Baseline not checked.',
      'the target is an SBOM file',
    ],
  ];
  for (const [id, change, says, reason] of cases) {
    it(`${id}: says so plainly, with the reason, and shows no numbers for it`, () => {
      const result = fullResult();
      change(result);
      const html = renderHtml(result, []);
      const body = sectionOf(html, id);
      assert.ok(body.includes(says), body);
      assert.ok(body.includes(reason));
      assert.doesNotMatch(body, /<table/);
      assert.ok(sectionOf(html, 'tasks').includes('Not checked in this scan'));
    });
  }

  it('never renders "0 vulnerabilities" when matching did not run', () => {
    const html = renderHtml(notRunResult(), []);
    assert.doesNotMatch(
      html,
      /No known vulnerabilities|chart-severity|Open vulnerabilities<\/div><div class="big">0/,
    );
    assert.match(html, /<div class="label">Vulnerabilities<\/div><div class="big">not checked<\/div>/);
  });
});

describe('html report: vulnerabilities', () => {
  const result = vulnResult();
  const html = renderHtml(result, []);
  const body = sectionOf(html, 'vulnerabilities');
  const rows = between(body, '<tr data-severity=', '</tr>');

  it('has one filterable row per finding, suppressed ones marked', () => {
    if (result.vulnerabilities.status !== 'ok') throw new Error('sample');
    assert.equal(rows.length, result.vulnerabilities.findings.length);
    assert.equal(
      rows.filter((r) => r.includes('class="suppressed"')).length,
      result.vulnerabilities.counts.suppressed,
    );
    for (const r of rows)
      assert.match(r, /^"[a-z]+" data-ecosystem="[^"]+" data-relation="(direct|transitive)"/);
    assert.match(body, /<form id="vuln-filters" class="filters" hidden>/);
  });

  it('ranks malicious first, then by severity', () => {
    const levels = rows.map((r) => r.slice(1, r.indexOf('"', 1)));
    assert.deepEqual(levels, ['malicious', 'critical', 'high', 'high', 'medium', 'low']);
  });

  it('shows ids, fix version, dependency path and evidence', () => {
    const lodash = rows.find((r) => r.includes('GHSA-35jh-r3h4-6jhm'))!;
    for (const expected of [
      'CVE-2021-23337',
      '4.17.21',
      'express@4.17.1 → lodash@4.17.20',
      'package-lock.json:40',
      'packages/web/package-lock.json:12',
    ])
      assert.ok(lodash.includes(expected), expected);
    assert.ok(
      lodash.includes(
        '<a href="https://github.com/advisories/GHSA-35jh-r3h4-6jhm" rel="noopener noreferrer">',
      ),
    );
    assert.ok(lodash.includes('<span class="url">javascript:alert(1)</span>'));
    assert.ok(body.includes('no fixed version'));
  });

  it('escapes advisory text', () => {
    assert.ok(!html.includes(HOSTILE_SUMMARY));
    assert.ok(!html.includes('<script>alert(1)'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    // The page's own line breaks are the only control characters in it.
    assert.deepEqual(
      [...html].filter((ch) => ch !== '\n' && isUnsafeCodePoint(ch.charCodeAt(0))),
      [],
    );
  });
});

describe('html report: tasks, charts, inventory', () => {
  it('lists the tasks in the given order with steps and command', () => {
    const body = sectionOf(renderHtml(fullResult(), sampleTasks()), 'tasks');
    const titles = between(body, '<div class="task-title">', '</div>');
    assert.deepEqual(
      titles,
      sampleTasks().map((t) => t.title),
    );
    assert.ok(body.includes('<code>npm install lodash@4.17.21</code>'));
    assert.ok(body.includes('removes 1 vulnerability (1 high)'));
    assert.ok(body.includes('meets Baseline OSPS-VM-02.01'));
  });

  it('says so when there is nothing to do', () => {
    assert.ok(sectionOf(renderHtml(fullResult(), []), 'tasks').includes('Nothing to act on was found.'));
  });

  it('draws each chart as an SVG with a text alternative and a table of the same numbers', () => {
    const html = renderHtml(fullResult(), []);
    for (const id of ['chart-severity', 'chart-ecosystems', 'chart-checks']) {
      const fig = html.slice(
        html.indexOf(`<figure id="${id}"`),
        html.indexOf('</figure>', html.indexOf(`<figure id="${id}"`)),
      );
      assert.match(fig, new RegExp(`<svg class="chart" role="img" aria-labelledby="${id}-title ${id}-desc"`));
      assert.match(fig, /<title id="[a-z-]+-title">[^<]+<\/title>/);
      assert.match(fig, /<table class="chart-table">/);
    }
    const severity = html.slice(html.indexOf('<figure id="chart-severity"'));
    assert.match(
      severity,
      /<desc id="chart-severity-desc">Open vulnerabilities by severity\. malicious: 1; critical: 0; high: 1; medium: 1; low: 1; unknown: 0\.<\/desc>/,
    );
  });

  it('cuts the package list at the limit and says where the rest is', () => {
    const result = largeResult(MAX_PACKAGE_ROWS + 3);
    const body = sectionOf(renderHtml(result, []), 'inventory');
    const table = body.slice(body.indexOf('id="packages-table"'));
    assert.equal(between(table, '<tr><td><span class="mono">', '</tr>').length, MAX_PACKAGE_ROWS);
    assert.ok(body.includes(`Showing ${MAX_PACKAGE_ROWS} of ${result.inventory.packages.length}`));
  });
});
