/**
 * Headless Chromium for the HTML report's tests: Debian's `chromium` package driven by playwright-core
 * (`.ci/run` installs it; never `npx playwright install`). Every launch gets a fresh profile and no
 * background networking, and `watch` records what a page tried to do: console messages, script errors,
 * dialogs and every request.
 */
import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoPath } from './shared.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export interface PageEvents {
  console: string[];
  errors: string[];
  dialogs: string[];
  requests: string[];
}

/** Starts recording the page's console messages, uncaught errors, dialogs (dismissed) and requests. */
export function watch(page: Page): PageEvents {
  const events: PageEvents = { console: [], errors: [], dialogs: [], requests: [] };
  page.on('console', (m) => events.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => events.errors.push(e.message));
  page.on('dialog', (d) => {
    events.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => events.requests.push(r.url()));
  return events;
}

/** A folder for screenshots under test-output/ (git-ignored), created on demand. */
export function testOutputDir(...parts: string[]): string {
  const dir = repoPath('test-output', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
