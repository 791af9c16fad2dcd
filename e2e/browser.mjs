// Shared set-up for the browser tests: Debian's Chromium through
// playwright-core, a static server for dist/, and a page that records every
// console error and uncaught exception so tests can fail on them.
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium with a fresh profile directory. */
export async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'orm-playground-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  return context;
}

/** Starts the static server for dist/ under `base`. */
export function serveDist(base = '/') {
  return serve({ dir: DIST, base });
}

/** Opens a page and collects console errors and page errors into `errors`. */
export async function openPage(context, url, { locale } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  if (locale) {
    await page.addInitScript((tag) => {
      Object.defineProperty(navigator, 'languages', { get: () => [tag] });
      Object.defineProperty(navigator, 'language', { get: () => tag });
    }, locale);
  }
  await page.goto(url);
  return { page, errors };
}
