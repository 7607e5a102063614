/// <reference lib="dom" />
/**
 * The HTML report in a real browser: `sterling scan --format html` on the multi-ecosystem monorepo
 * fixture, with a vulnerability database imported from real OSV records (../shared), opened in headless
 * Chromium. No console message, no script error, no request beyond the file itself; the charts,
 * executive summary and task list are visible; the filters change the visible rows; a phone-width
 * viewport never scrolls sideways; print hides the filters and opens the details; without JavaScript
 * every row is shown. Screenshots go to test-output/html/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { importRecords, openDatabase } from '../../src/vuln/db/index.js';
import { launchChromium, testOutputDir, watch } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { needsShared, repoPath, sharedPath } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

const SETS = [
  ['osv-sample', 'npm-nodejs-security-wg-osv'],
  ['osv-sample', 'golang-vulndb', 'data', 'osv'],
  ['osv-sample', 'rustsec-advisory-db-osv', 'crates'],
  ['osv-sample', 'pypa-advisory-database-json'],
];
const MONOREPO = repoPath('test', 'fixtures', 'monorepo');
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };

/** Rows of the vulnerability table the reader can see. */
function visibleRows(page: Page): Promise<number> {
  return page.locator('#vuln-table tbody tr:visible').count();
}

describe('html report in headless Chromium (monorepo, real OSV records)', {
  skip: SETS.map((s) => needsShared(...s)).find(Boolean) ?? false,
}, () => {
  const work = tempDir();
  const db = join(work, 'osv.sqlite');
  const report = join(work, 'report.html');
  const url = pathToFileURL(report).href;
  const shots = testOutputDir('html');
  let browser: Browser;

  before(async () => {
    const handle = openDatabase(db);
    try {
      await importRecords(
        handle,
        SETS.map((s) => sharedPath(...s)),
      );
    } finally {
      handle.close();
    }
    const r = await runCli(['scan', MONOREPO, '--format', 'html', '--db', db, '-o', report], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    browser = await launchChromium();
  });
  after(() => browser?.close());

  it('is the same bytes for the same input', async () => {
    const again = join(work, 'again.html');
    const r = await runCli(['scan', MONOREPO, '--format', 'html', '--db', db, '-o', again], { env: EPOCH });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(readFileSync(again).equals(readFileSync(report)));
  });

  it('loads with no console message, no error, no dialog and no request beyond the file', async (t) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const events = watch(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const shot = join(shots, 'monorepo-desktop.png');
    await page.screenshot({ path: shot, fullPage: true });
    t.diagnostic(`screenshot: ${shot}`);
    assert.deepEqual(events.console, []);
    assert.deepEqual(events.errors, []);
    assert.deepEqual(events.dialogs, []);
    assert.deepEqual(events.requests, [url]);
    await page.close();
  });

  it('shows the executive summary, the charts with their bars, and the ranked task list', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    assert.ok(await page.locator('#executive-summary').isVisible());
    for (const id of ['chart-severity', 'chart-ecosystems', 'chart-checks']) {
      const svg = page.locator(`#${id} svg.chart`);
      assert.ok(await svg.isVisible(), id);
      const box = await svg.boundingBox();
      assert.ok(box !== null && box.width > 200 && box.height > 20, `${id}: ${JSON.stringify(box)}`);
      assert.ok((await page.locator(`#${id} svg rect:not(.track)`).count()) > 0, id);
    }
    // Twelve ecosystems and more: one bar each.
    assert.ok((await page.locator('#chart-ecosystems svg rect:not(.track)').count()) >= 12);
    const tasks = page.locator('#task-list > li');
    assert.ok((await tasks.count()) > 0);
    assert.ok(await tasks.first().isVisible());
    assert.ok(((await tasks.first().locator('.task-title').textContent()) ?? '').length > 0);
    await page.close();
  });

  it('filters rows by ecosystem, dependency and severity, and "Show all" brings them back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const events = watch(page);
    await page.goto(url);
    const total = await page.locator('#vuln-table tbody tr').count();
    assert.ok(total > 10, `${total} findings`);
    assert.ok(await page.locator('#vuln-filters').isVisible(), 'the script showed the filters');
    assert.equal(await visibleRows(page), total);

    const ecosystems = await page
      .locator('#vuln-filters select[name=ecosystem] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    assert.ok(ecosystems.length >= 2, ecosystems.join());
    for (const eco of ecosystems) {
      await page.selectOption('#vuln-filters select[name=ecosystem]', eco);
      const expected = await page.locator(`#vuln-table tbody tr[data-ecosystem="${eco}"]`).count();
      assert.ok(expected > 0 && expected < total, eco);
      assert.equal(await visibleRows(page), expected, eco);
      assert.equal(await page.locator('#vuln-shown').textContent(), String(expected));
    }
    await page.selectOption('#vuln-filters select[name=ecosystem]', '');
    await page.selectOption('#vuln-filters select[name=relation]', 'direct');
    const direct = await page.locator('#vuln-table tbody tr[data-relation=direct]').count();
    assert.ok(direct > 0 && direct < total);
    assert.equal(await visibleRows(page), direct);
    const level = await page.locator('#vuln-table tbody tr').first().getAttribute('data-severity');
    await page.selectOption('#vuln-filters select[name=severity]', level!);
    assert.equal(
      await visibleRows(page),
      await page.locator(`#vuln-table tbody tr[data-relation=direct][data-severity="${level}"]`).count(),
    );
    await page.click('#vuln-filters button[type=reset]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#vuln-table tbody tr:not([hidden])').length === n,
      total,
    );
    assert.equal(await visibleRows(page), total);
    assert.deepEqual([...events.console, ...events.errors], []);
    await page.close();
  });

  it('fits a phone: no sideways page scroll at 390 px (tables scroll inside their frame)', async (t) => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
    await page.goto(url);
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    assert.ok(widths[0]! <= widths[1]!, `page ${widths[0]} px wide in a ${widths[1]} px viewport`);
    assert.ok(await page.locator('#chart-ecosystems svg').isVisible());
    const shot = join(shots, 'monorepo-phone.png');
    await page.screenshot({ path: shot });
    t.diagnostic(`screenshot: ${shot}`);
    await page.close();
  });

  it('prints with the filters hidden and every detail open', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const evidence = page.locator('#vuln-table tbody tr details p').first();
    assert.equal(await evidence.isVisible(), false, 'closed on screen');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#vuln-filters').isVisible(), false);
    assert.ok(await evidence.isVisible(), 'open in print');
    assert.ok(
      await page.locator('#chart-ecosystems table.chart-table').isVisible(),
      'chart numbers as a table',
    );
    await page.close();
  });

  it('without JavaScript shows every row and keeps the (useless) filters hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const total = await page.locator('#vuln-table tbody tr').count();
    assert.equal(await visibleRows(page), total);
    assert.equal(await page.locator('#vuln-filters').isVisible(), false);
    await context.close();
  });
});
