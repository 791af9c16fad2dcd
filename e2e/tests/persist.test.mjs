// The state survives a reload: the lesson with toggles (saved as its share
// text), uploaded data (saved as a SQLite image), the section, the lab and
// the chosen language. "Reset to the lesson data" goes back. Two tabs never
// mix their states: the last one to save wins, whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from '../browser.mjs';
import { manageDump } from '../cli.mjs';
import { upload, dumpdata, dumpArgs, resetData } from '../data.mjs';
import { generateFixture } from '../generate.mjs';

const LESSON = ['users', 'articles', 'comments'].map((f) => `fixtures/${f}.json`);

const suite = browserSuite();

const current = (page) => page.locator('nav [aria-current="page"]').getAttribute('data-testid');

/** Toggles the first follow button of the lab and waits for the change. */
async function toggleFollow(page) {
  await page.getByTestId('nav-follow').click();
  const button = page.getByTestId('follow-button').first();
  const pk = await button.getAttribute('data-user-pk');
  const pressed = (await button.getAttribute('aria-pressed')) === 'true';
  await button.click();
  await page
    .locator(`[data-testid="follow-button"][data-user-pk="${pk}"][aria-pressed="${!pressed}"]`)
    .waitFor();
}

test('a reload keeps the lesson toggles, the section, the lab and the language', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await toggleFollow(page);
  await page.getByTestId('lab-variant-naive_filter').check();
  const { bytes } = await dumpdata(page);
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('nav-prefetch_related').click();
  await page.reload();
  await page.locator('[data-testid="scenario"][data-scenario="prefetch_related"]').waitFor();
  assert.equal(await current(page), 'nav-prefetch_related');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
  await page.getByTestId('nav-follow').click();
  assert.equal(await page.getByTestId('lab-variant-naive_filter').isChecked(), true);
  assert.ok((await dumpdata(page)).bytes.equals(bytes), 'same dumpdata bytes after the reload');
  assert.deepEqual(errors, []);
});

test('a reload keeps uploaded data; reset goes back to the lesson, and stays there', async () => {
  const fixture = await generateFixture({ users: 6, articles: 30, comments: 90 });
  const { page, errors } = await suite.open({ locale: 'en-US' });
  assert.equal((await upload(page, [fixture])).state, 'ok');
  const { bytes } = await dumpdata(page);
  await page.reload();
  // The image comes back from IndexedDB a moment after the page starts.
  await page.locator('[data-testid="summary-articles"] dd', { hasText: /^30$/ }).waitFor();
  assert.equal(await current(page), 'nav-fixtures');
  assert.ok((await dumpdata(page)).bytes.equals(bytes), 'same dumpdata bytes after the reload');
  assert.equal((await resetData(page)).state, 'ok');
  const lesson = manageDump([LESSON], dumpArgs());
  assert.ok((await dumpdata(page)).bytes.equals(lesson), 'the lesson data');
  await page.reload();
  // The frame shows first, the data a few tasks later (the start opens the
  // lesson in steps): wait for its count, not for the frame.
  await page.locator('[data-testid="summary-articles"] dd', { hasText: /^10$/ }).waitFor();
  assert.ok((await dumpdata(page)).bytes.equals(lesson), 'still the lesson after a reload');
  assert.deepEqual(errors, []);
});

test('two tabs do not mix their states: the last to save wins, whole', async () => {
  const fixture = await generateFixture({ users: 3, articles: 7, comments: 21 });
  const { page: a, errors: errorsA } = await suite.open({ locale: 'en-US' });
  const { page: b, errors: errorsB } = await suite.open({
    locale: 'en-US',
    fresh: false,
  });
  // B loads its own data; A keeps the lesson and toggles a follow after.
  assert.equal((await upload(b, [fixture])).state, 'ok');
  const bytesB = (await dumpdata(b)).bytes;
  await toggleFollow(a);
  const bytesA = (await dumpdata(a)).bytes;
  assert.ok(!bytesA.equals(bytesB));
  // Each tab still shows its own data.
  assert.ok((await dumpdata(b)).bytes.equals(bytesB), 'B is untouched by A');
  // A saved last: a new tab opens A's state, whole.
  const { page: c, errors: errorsC } = await suite.open({
    locale: 'en-US',
    fresh: false,
  });
  await c.getByTestId('nav-fixtures').click();
  assert.ok((await dumpdata(c)).bytes.equals(bytesA), "A's state, not a mix");
  // Now B saves (a view change saves too): B's state, whole.
  await b.getByTestId('nav-annotate').click();
  await b.locator('[data-testid="scenario"][data-scenario="annotate"]').waitFor();
  await b.waitForFunction(() =>
    localStorage.getItem(`orm-playground/state/v1:${location.pathname}`)?.includes('annotate'),
  );
  await c.reload();
  await c.locator('[data-testid="summary-articles"] dd', { hasText: /^7$/ }).waitFor();
  assert.equal(await current(c), 'nav-annotate');
  assert.ok((await dumpdata(c)).bytes.equals(bytesB), "B's state, not a mix");
  assert.deepEqual([...errorsA, ...errorsB, ...errorsC], []);
});
