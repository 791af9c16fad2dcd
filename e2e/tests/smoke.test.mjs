// The foundation's promise: the built page loads, runs SQLite in the page,
// shows the users with follow counts, switches language, logs no errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, openPage } from '../browser.mjs';
import { upload } from '../data.mjs';

const suite = browserSuite();

test('the users list comes from in-browser SQLite with follow counts', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-follow').click();
  const rows = page.getByTestId('user-row');
  await rows.first().waitFor();
  const count = await rows.count();
  assert.ok(count >= 2, `expected users, saw ${count}`);
  const total = async (id) =>
    (await page.getByTestId(id).allTextContents()).reduce((sum, t) => sum + Number(t), 0);
  const followings = await total('user-followings');
  const followers = await total('user-followers');
  assert.equal(followings, followers, 'every follow has two ends');
  const follows = Number(await page.getByTestId('summary-follows').locator('dd').textContent());
  assert.equal(followers, follows, 'the counts add up to the follow table');
  assert.deepEqual(errors, []);
});

test('Korean is the default when the browser prefers it, and the switch works', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.getByTestId('nav-follow').click();
  await page.getByTestId('users-list').waitFor();
  assert.match(await page.locator('h1').textContent(), /놀이터/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
  await page.getByTestId('lang-switch').click();
  await page.locator('h1', { hasText: 'Playground' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.deepEqual(errors, []);
});

test('user-supplied names are text, never HTML', async () => {
  const { page, errors } = await openPage(suite.context, suite.url);
  // The lesson data teaches; the test strings come in an upload.
  await page.getByTestId('nav-fixtures').click();
  assert.equal((await upload(page, ['tests/golden/fixtures/escaping/all.json'])).state, 'ok');
  await page.getByTestId('nav-follow').click();
  await page.getByTestId('users-list').waitFor();
  const names = await page.locator('.username').allTextContents();
  assert.ok(names.some((n) => n.includes('<b>')), `names: ${names}`);
  assert.equal(await page.locator('.username b').count(), 0);
  assert.deepEqual(errors, []);
});
