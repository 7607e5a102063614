/// <reference lib="dom" />
/**
 * Injection: a repository and an advisory database whose folder and file names, package names and
 * versions, project name, advisory ids, summaries, details and reference URLs carry `<script>`,
 * attribute break-outs, `</style>`, `javascript:` / `data:` URLs and control characters. Rendered by
 * `sterling scan --format html` and opened in headless Chromium: no injected element or attribute
 * exists, no dialog, console message or request happens, and the hostile text is visible as text.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { importRecords, openDatabase } from '../../src/vuln/db/index.js';
import { launchChromium, testOutputDir, watch } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import {
  ADVISORY_ID,
  EVIL_FOLDER,
  EVIL_PACKAGE,
  PAYLOADS,
  writeHostileRecords,
  writeHostileRepo,
} from './html-hostile.js';

describe('html report: injection attempts render inert', () => {
  const work = tempDir();
  const repo = join(work, 'repo');
  const records = join(work, 'records');
  const db = join(work, 'osv.sqlite');
  const report = join(work, 'report.html');
  const url = pathToFileURL(report).href;
  let browser: Browser;
  let html = '';

  before(async () => {
    mkdirSync(records, { recursive: true });
    writeHostileRepo(repo);
    writeHostileRecords(records);
    const handle = openDatabase(db);
    try {
      const imported = await importRecords(handle, [records]);
      assert.equal(imported.invalid, 0);
    } finally {
      handle.close();
    }
    const r = await runCli(['scan', repo, '--format', 'html', '--db', db, '-o', report]);
    assert.equal(r.code, 0, r.stderr);
    html = readFileSync(report, 'utf8');
    browser = await launchChromium();
  });
  after(() => browser?.close());

  it('the file holds no payload as markup and no raw control character', () => {
    for (const payload of [PAYLOADS.script, PAYLOADS.attr, PAYLOADS.single, PAYLOADS.style]) {
      assert.ok(!html.includes(payload), payload);
    }
    assert.ok(!html.includes('\u001b') && !html.includes('\u0007') && !html.includes('\u202e'));
    assert.ok(!html.includes('href="javascript:') && !html.includes('href="data:'));
  });

  it('in Chromium: no dialog, console message, error or request; no injected element or attribute', async (t) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const events = watch(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await page.waitForTimeout(200);
    const shot = join(testOutputDir('html'), 'injection.png');
    await page.screenshot({ path: shot, fullPage: true });
    t.diagnostic(`screenshot: ${shot}`);
    assert.deepEqual(events.dialogs, []);
    assert.deepEqual(events.console, []);
    assert.deepEqual(events.errors, []);
    assert.deepEqual(events.requests, [url]);

    const dom = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        scripts: document.scripts.length,
        styles: document.querySelectorAll('style').length,
        injected: document.querySelectorAll(
          'img, iframe, object, embed, link, base, svg[onload], body style, main script',
        ).length,
        handlers: all.flatMap((e) =>
          [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName} ${a.name}`),
        ),
        styleAttrs: all.filter((e) => e.hasAttribute('style')).length,
        hrefs: [...document.querySelectorAll('[href]')].map((e) => e.getAttribute('href') ?? ''),
        bodyShown: getComputedStyle(document.body).display !== 'none',
        title: document.title,
      };
    });
    assert.equal(dom.scripts, 1);
    assert.equal(dom.styles, 1);
    assert.equal(dom.injected, 0);
    assert.deepEqual(dom.handlers, []);
    assert.equal(dom.styleAttrs, 0);
    for (const href of dom.hrefs) assert.match(href, /^(#[a-z-]+|https?:\/\/)/, href);
    assert.ok(
      dom.hrefs.some((h) => h.startsWith('https://example.com/')),
      'the one https reference is a link',
    );
    assert.ok(dom.bodyShown, 'the </style> payload did not restyle the page');
    assert.equal(dom.title, `Sterling report: proj${PAYLOADS.script}`);
    await page.close();
  });

  it('in Chromium: the hostile text is shown as text, control characters as visible escapes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
    const shown = await page.locator('body').innerText();
    for (const expected of [
      `Security report: proj${PAYLOADS.script}`,
      `Summary ${PAYLOADS.script} ${PAYLOADS.attr} ctl\\x1b[31m\\x07\\u{202e}reversed`,
      ADVISORY_ID,
      `CVE-2099-${PAYLOADS.script}`,
      `${EVIL_PACKAGE}@1.0.0`,
      `${EVIL_FOLDER}/package-lock.json`,
      `${PAYLOADS.single}/requirements.txt`,
      PAYLOADS.js,
      'data:text/html,<script>alert("data")</script>',
      `1.0.0${PAYLOADS.script}`,
    ]) {
      assert.ok(shown.includes(expected), `not shown as text: ${expected}`);
    }
    await page.close();
  });
});
