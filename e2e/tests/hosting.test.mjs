// Static hosting: the release build works from any sub-path with no
// server logic (relative, hashed asset names), has a favicon and page
// metadata, and its share links and saved state work there too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browserSuite, openPage, DIST } from '../browser.mjs';
import { upload, dumpdata } from '../data.mjs';
import { generateFixture } from '../generate.mjs';

const BASE = '/some/sub/path/';

const suite = browserSuite({ base: BASE });

test('index.html: relative hashed assets, favicon, description, language', async () => {
  // Release builds minify the HTML: attribute quotes are optional.
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:href=|src=|module_or_path: |from )['"]?([^'"\s>]+)/g)].map((m) => m[1]);
  const built = assets.filter((a) => /\.(js|wasm|css|svg)$/.test(a));
  assert.ok(built.length >= 4, `assets: ${assets}`);
  for (const asset of built) {
    assert.match(asset, /^\.\/[\w-]+-[0-9a-f]{8,}(_bg)?\.(js|wasm|css|svg)$/, `relative and hashed: ${asset}`);
  }
  const tags = [...html.matchAll(/<(?:link|meta|html)\b[^>]*>/g)].map((m) => m[0]);
  const tag = (...patterns) => tags.some((t) => patterns.every((p) => p.test(t)));
  assert.ok(tag(/\brel=["']?icon\b/, /\bhref=["']?\.\/favicon-[0-9a-f]+\.svg/), 'favicon link');
  assert.ok(tag(/\bname=["']?description\b/, /\bcontent="[^"]+"/), 'description');
  assert.ok(tag(/\bproperty=["']?og:title\b/), 'og:title');
  assert.ok(tag(/^<html\b/, /\blang=["']?ko\b/), 'lang');
});

test(`served under ${BASE}: the page works, links and all`, async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  const failed = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.locator('[data-testid="scenario"][data-scenario="select_and_prefetch"]').waitFor();
  assert.equal(await page.title(), 'Django ORM Query Playground');
  // The stylesheet (a hashed file) is served under the sub-path.
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  const response = await page.request.get(new URL(css, page.url()).href);
  assert.equal(response.status(), 200);
  assert.ok(response.url().includes(BASE));
  // A share link points at the sub-path, and opens there.
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('nav-exists').click();
  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').textContent();
  assert.ok(link.startsWith(`${suite.url}#1.`), link);
  const { page: opened, errors: openedErrors } = await openPage(suite.context, link, { locale: 'en-US' });
  await opened.locator('[data-testid="load-status"][data-state="ok"]').waitFor();
  assert.equal(await opened.locator('nav [aria-current="page"]').getAttribute('data-testid'), 'nav-exists');
  assert.equal(await opened.locator('html').getAttribute('lang'), 'ko');
  assert.equal(opened.url(), suite.url);
  assert.deepEqual(failed, []);
  assert.deepEqual([...errors, ...openedErrors], []);
});

test(`served under ${BASE}: uploads, downloads and a reload work`, async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  const fixture = await generateFixture({ users: 3, articles: 7, comments: 21 });
  assert.equal((await upload(page, [fixture], { via: 'drop' })).state, 'ok');
  const { bytes } = await dumpdata(page);
  await page.reload();
  await page.getByTestId('dump-label').waitFor();
  await page.locator('[data-testid="summary-comments"] dd', { hasText: /^21$/ }).waitFor();
  assert.ok((await dumpdata(page)).bytes.equals(bytes));
  assert.deepEqual(errors, []);
});
