import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreviousScan } from '../../../core/model/comparison.js';
import type { ScanResult } from '../../../core/model/scan-result.js';
import { isUnsafeCodePoint } from '../../../core/util/quote.js';
import { previousScan } from '../../compare/result-file.js';
import { baselineReport, postureReport } from '../__fixtures__/sections.js';
import { finding, manyFindingsResult, notRunResult, vulnResult } from '../__fixtures__/vulns.js';
import { MARKDOWN_BUDGET, renderMarkdown } from './index.js';

/** 5,000 findings over 2,000 packages, with posture and Baseline sections. */
function huge(): ScanResult {
  const result = manyFindingsResult(2000);
  const pkgs = result.inventory.packages;
  const findings = Array.from({ length: 5000 }, (_, i) => {
    const pkg = pkgs[i % pkgs.length]!;
    const level = (['critical', 'high', 'medium', 'low', 'unknown'] as const)[i % 5];
    return finding({
      id: `GHSA-${String(i).padStart(5, '0')}`,
      pkg,
      level,
      summary: `A long summary of issue ${i} `.repeat(6),
      fixedIn: '9.9.9',
    });
  });
  if (result.vulnerabilities.status !== 'ok') throw new Error('fixture');
  result.vulnerabilities.findings = findings;
  result.posture = postureReport(20);
  result.baseline = baselineReport(60);
  return result;
}

function previousOf(result: ScanResult, keep: (i: number) => boolean): PreviousScan {
  const prev = structuredClone(result);
  if (prev.vulnerabilities.status === 'ok')
    prev.vulnerabilities.findings = prev.vulnerabilities.findings.filter((_, i) => keep(i));
  prev.createdAt = '2024-01-01T00:00:00.000Z';
  return previousScan(prev as Parameters<typeof previousScan>[0], 'previous.json');
}

describe('markdown: size limit', () => {
  const result = huge();
  const cases: Array<[string, PreviousScan | undefined]> = [
    ['without a comparison', undefined],
    ['with a comparison (2,500 new findings)', previousOf(result, (i) => i % 2 === 0)],
  ];
  for (const [name, previous] of cases) {
    it(`stays under the budget with 5,000 findings and says what it left out: ${name}`, () => {
      const text = renderMarkdown(result, previous ? { previous } : {});
      assert.ok(text.length <= MARKDOWN_BUDGET, `${text.length} > ${MARKDOWN_BUDGET}`);
      assert.ok(text.length > MARKDOWN_BUDGET * 0.8, 'uses the room it has');
      const note = text.split('\n').find((l) => l.startsWith('> **Shortened')) ?? '';
      assert.match(
        note,
        /limit \(65,536 characters\):\*\* [\d,]+ (vulnerability|new or changed|unchanged) findings/,
      );
      assert.match(note, /not shown\. Every result: `sterling scan --format json`/);
      assert.ok(!/posture checks|tasks|gaps/.test(note), `a long list crowds out no short one: ${note}`);
      assert.equal(text.match(/^\| Check-/gm)?.length, 20, 'every posture check is listed');
      assert.ok(text.indexOf(note) < text.indexOf('###'), 'the note comes before the lists');
      assert.equal((text.match(/<details>/g) ?? []).length, (text.match(/<\/details>/g) ?? []).length);
    });
  }
  it('says what did not run, in the headline and under Not checked; an unscored posture is "?"', () => {
    const r = notRunResult('no vulnerability database');
    r.posture = { ...postureReport(), aggregateScore: -1 };
    const text = renderMarkdown(r);
    assert.match(
      text,
      /\| not checked \| \? \(no check could be scored\) \| not checked \| 8 \(4 direct\) \|/,
    );
    assert.match(
      text,
      /<details><summary>Not checked \(2\)<\/summary>\n\n- Vulnerabilities: no vulnerability database\n- OSPS Baseline: not requested/,
    );
    assert.ok(!text.includes('### Most severe findings'));
  });
  it('a small result is whole and carries no truncation note', () => {
    const text = renderMarkdown(vulnResult());
    assert.ok(!text.includes('Shortened'));
    assert.ok(!text.includes('not shown'));
  });
});

describe('markdown: content and order', () => {
  const r = vulnResult();
  r.posture = postureReport();
  r.baseline = baselineReport();
  it('heads with the numbers: vulnerabilities by severity, posture score, Baseline level, packages', () => {
    const head = renderMarkdown(r).split('\n').slice(0, 5).join('\n');
    assert.match(
      head,
      /\*\*4 open\*\*: 1 malicious, 1 high, 1 medium, 1 low \(2 suppressed\) \| \*\*6\.2\*\* \/ 10 \| level \*\*1\*\* of 3 \| 8 \(4 direct\) \|/,
    );
  });
  it('without a comparison lists the most severe findings first', () => {
    const text = renderMarkdown(r);
    const order = ['malicious', 'high', 'medium', 'low'].map((l) =>
      text.indexOf(
        `| ${l === 'malicious' ? '🔴' : l === 'high' ? '🟠' : l === 'medium' ? '🟡' : '🔵'} ${l} |`,
      ),
    );
    assert.ok(order.every((x) => x > 0));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
  });
  it('with a comparison: new findings first, then changed, fixed ones listed, unchanged ones folded', () => {
    const prev = structuredClone(r);
    if (prev.vulnerabilities.status !== 'ok') throw new Error('fixture');
    const [malicious, lodash] = [prev.vulnerabilities.findings[1]!, prev.vulnerabilities.findings[0]!];
    prev.vulnerabilities.findings = prev.vulnerabilities.findings.filter((f) => f !== malicious);
    lodash.severity = { level: 'low', source: 'label' };
    prev.vulnerabilities.findings.push(finding({ id: 'GHSA-gone-0000-0000', pkg: r.inventory.packages[0]! }));
    const text = renderMarkdown(r, {
      previous: previousScan(prev as Parameters<typeof previousScan>[0], 'prev.json'),
    });
    assert.match(
      text,
      /Compared with `prev\.json` \(scan of `2024-05-06T07:08:09\.123Z`\): \*\*1 new\*\*, 1 changed, 1 fixed, 2 unchanged\./,
    );
    const newRow = text.indexOf('| **new** | 🔴 malicious |');
    const changedRow = text.indexOf('| changed: was low | 🟠 high |');
    assert.ok(newRow > 0 && changedRow > newRow, 'new before changed');
    assert.match(
      text,
      /<details><summary>1 finding fixed since the earlier scan<\/summary>\n\n- \[GHSA-gone-0000-0000\]/,
    );
    assert.match(text, /<details><summary>2 unchanged open findings<\/summary>/);
  });
  it('is deterministic: same output twice, and whatever the order of the findings', () => {
    const a = renderMarkdown(r);
    const shuffled = structuredClone(r);
    if (shuffled.vulnerabilities.status === 'ok') shuffled.vulnerabilities.findings.reverse();
    shuffled.posture = postureReport();
    assert.equal(renderMarkdown(r), a);
    assert.equal(renderMarkdown(shuffled), a);
  });
});

describe('markdown: hostile text from the repository and the database', () => {
  const text = renderMarkdown(vulnResult());
  /** The text outside code spans (GitHub makes no HTML, link, mention or reference inside them). */
  const prose = text.replace(/(`+)[^`][\s\S]*?\1/g, '');
  it('has no raw HTML, link, image or control character from data', () => {
    assert.ok(!/(?<!\\)<(?!\/?(details|summary|sub)>)[a-z/!]/i.test(prose), 'only our own tags');
    assert.ok(!text.includes('](javascript:'));
    assert.ok(![...text].some((ch) => ch !== '\n' && isUnsafeCodePoint(ch.charCodeAt(0))));
  });
  it('makes no mention or issue reference', () => {
    assert.ok(!/(?<!\w)@[A-Za-z0-9]/.test(prose), 'mention');
    assert.ok(!/#\d/.test(prose), 'issue reference');
    assert.match(text, /Denial of service in `@`acme\/nofix/);
  });
  it('keeps every table row to its columns', () => {
    for (const block of text.split('\n\n')) {
      const rows = block.split('\n').filter((l) => l.startsWith('|'));
      const cells = rows.map((l) => l.replace(/\\\|/g, '').split('|').length);
      assert.ok(
        cells.every((n) => n === cells[0]),
        block,
      );
    }
  });
});
