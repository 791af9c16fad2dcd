// Shared set-up for the browser tests: Debian's Chromium through
// playwright-core, a static server for dist/, and a page that records every
// console error and uncaught exception so tests can fail on them.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// `DIST=/elsewhere` tests another build of the site (the default is dist/).
export const DIST = process.env.DIST ?? join(ROOT, 'dist');

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Chromium with a fresh profile directory: every test
 * and measuring script starts the browser the same way. `locale` sets the
 * browser's language (the page follows it); `args` adds flags (a
 * script's `--js-flags=...`).
 */
export async function launch({ locale, args = [] } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'orm-playground-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...FLAGS, ...args],
    viewport: { width: 1280, height: 800 },
    ...(locale ? { locale } : {}),
  });
  return context;
}

/** Starts the static server for dist/ under `base`. */
export function serveDist(base = '/') {
  return serve({ dir: DIST, base });
}

/**
 * Opens a page and collects console errors and page errors into `errors`.
 *
 * The page saves its state for the next visit (localStorage and
 * IndexedDB), and the tests of a file share one origin: unless `fresh` is
 * false, a new tab starts from an empty store, as a first visit does. A
 * reload of the same tab keeps what was saved (the flag lives in
 * sessionStorage, which a reload keeps and a new tab does not).
 */
export async function openPage(context, url, { locale, fresh = true } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  if (fresh) {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('e2e-started')) {
        sessionStorage.setItem('e2e-started', '1');
        localStorage.clear();
        // Queued before the page's own open, so it runs first.
        indexedDB.deleteDatabase('orm-playground');
      }
    });
  }
  if (locale) {
    await page.addInitScript((tag) => {
      Object.defineProperty(navigator, 'languages', { get: () => [tag] });
      Object.defineProperty(navigator, 'language', { get: () => tag });
    }, locale);
  }
  await page.goto(url);
  return { page, errors };
}

/**
 * Registers the hooks every browser test file needs: a server for dist/
 * under `base` and a browser, both closed after the file's tests. The
 * returned suite holds them once the tests run; `suite.open(options)` opens
 * the site's page in it.
 */
export function browserSuite({ base = '/' } = {}) {
  const suite = {
    open: (options) => openPage(suite.context, suite.url, options),
  };
  before(async () => {
    Object.assign(suite, await serveDist(base));
    suite.context = await launch();
  });
  after(async () => {
    await suite.context?.close();
    suite.server?.close();
  });
  return suite;
}
