// A screenshot of each page at 1280×800, the headline page on a 390-px
// phone and in dark mode. They are test artifacts in
// e2e/test-results/screenshots/; with UPDATE_SCREENSHOTS=1 they replace the
// committed ones in docs/screenshots/ that the README links to (timings
// differ on every run, so a plain `make test` leaves the tree clean).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { browserSuite, ROOT } from '../browser.mjs';

const OUT = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, 'docs', 'screenshots')
  : join(ROOT, 'e2e', 'test-results', 'screenshots');
const SECTIONS = ['follow', 'fixtures', 'annotate', 'select_related', 'prefetch_related', 'select_and_prefetch', 'exists'];

before(async () => {
  await mkdir(OUT, { recursive: true });
});

const suite = browserSuite();

async function show(page, section) {
  await page.getByTestId(`nav-${section}`).click();
  await page.locator(`[data-testid="nav-${section}"][aria-current="page"]`).waitFor();
  await page.locator('main h2').first().waitFor();
}

test('every page at 1280×800', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  for (const section of SECTIONS) {
    await show(page, section);
    await page.screenshot({ path: join(OUT, `${section}.png`) });
  }
  assert.deepEqual(errors, []);
});

test('the headline page on a 390×844 phone, in Korean', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.setViewportSize({ width: 390, height: 844 });
  await show(page, 'select_and_prefetch');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width}px wide)`);
  await page.screenshot({ path: join(OUT, 'phone-select_and_prefetch.png') });
  await show(page, 'follow');
  await page.screenshot({ path: join(OUT, 'phone-follow.png') });
  assert.deepEqual(errors, []);
});

test('dark mode follows prefers-color-scheme', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await show(page, 'select_and_prefetch');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(13, 17, 23)');
  await page.screenshot({ path: join(OUT, 'dark-select_and_prefetch.png') });
  assert.deepEqual(errors, []);
});

/** Runs the scale lab at N = 10, 100 and 1,000. */
async function runScale(page) {
  await show(page, 'scale');
  await page.getByTestId('scale-size-10000').uncheck();
  await page.getByTestId('run-scale').click();
  await page.locator('[data-testid="job-status"][data-state="done"][data-kind="scale"]').waitFor();
}

test('the scale lab: light, dark, and a phone in Korean', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await runScale(page);
  await page.screenshot({ path: join(OUT, 'scale.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(OUT, 'dark-scale.png'), fullPage: true });
  const { page: phone, errors: phoneErrors } = await suite.open({ locale: 'ko-KR' });
  await phone.setViewportSize({ width: 390, height: 844 });
  await runScale(phone);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width}px wide)`);
  await phone.screenshot({ path: join(OUT, 'phone-scale.png'), fullPage: true });
  assert.deepEqual([...errors, ...phoneErrors], []);
});

test('the share dialog and the data bar', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('share-button').click();
  await page.getByTestId('share-link').waitFor();
  await page.screenshot({ path: join(OUT, 'share.png') });
  assert.deepEqual(errors, []);
});

/** The console with the lesson's naive program run (its N+1 reported). */
async function runConsole(page) {
  await show(page, 'console');
  await page.getByTestId('console-examples').selectOption('select_and_prefetch-naive');
  const before = Number(await page.getByTestId('console-output').getAttribute('data-run'));
  await page.getByTestId('console-run').click();
  await page.locator(`[data-testid="console-output"][data-run="${before + 1}"]`).waitFor();
}

test('the console: light, dark, and a phone in Korean', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await runConsole(page);
  await page.screenshot({ path: join(OUT, 'console.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(OUT, 'dark-console.png') });
  const { page: phone, errors: phoneErrors } = await suite.open({ locale: 'ko-KR' });
  await phone.setViewportSize({ width: 390, height: 844 });
  await runConsole(phone);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width}px wide)`);
  await phone.screenshot({ path: join(OUT, 'phone-console.png'), fullPage: true });
  assert.deepEqual([...errors, ...phoneErrors], []);
});

/** The exercises with the first exercise's starting program checked:
 * the right output, over the budget. */
async function checkExercise(page) {
  await show(page, 'exercises');
  await page.getByTestId('exercise-list').waitFor();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="console-editor"]')?.value.includes('comment_set.count()'));
  await page.getByTestId('exercise-hint').click();
  await page.getByTestId('exercise-check').click();
  await page.getByTestId('exercise-result').waitFor();
}

test('the exercises: a check over the budget, light and on a phone in Korean', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await checkExercise(page);
  await page.screenshot({ path: join(OUT, 'exercises.png') });
  const { page: phone, errors: phoneErrors } = await suite.open({ locale: 'ko-KR' });
  await phone.setViewportSize({ width: 390, height: 844 });
  await checkExercise(phone);
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width}px wide)`);
  await phone.screenshot({ path: join(OUT, 'phone-exercises.png'), fullPage: true });
  assert.deepEqual([...errors, ...phoneErrors], []);
});
