// The follow lab: a Follow/Unfollow click runs the variant's view for real,
// changes the profile counts, logs Django's INSERT OR IGNORE / DELETE, and
// every other page sees the new data. Likes work the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from '../browser.mjs';

const suite = browserSuite();

/** Waits until the element shows exactly `text`. */
const showing = (locator, text) =>
  locator.filter({ hasText: new RegExp(`^${String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();

const number = async (locator) => Number(await locator.textContent());

async function openLab(locale = 'en-US') {
  const opened = await suite.open({ locale });
  await opened.page.getByTestId('nav-follow').click();
  await opened.page.getByTestId('acting-user').waitFor();
  return opened;
}

test('no follow button on oneself, one on everyone else', async () => {
  const { page, errors } = await openLab();
  const acting = await page.getByTestId('acting-user').inputValue();
  const users = await page.getByTestId('user-row').evaluateAll((rows) => rows.map((r) => r.dataset.userPk));
  const buttons = await page.getByTestId('follow-button').evaluateAll((bs) => bs.map((b) => b.dataset.userPk));
  assert.deepEqual(buttons, users.filter((pk) => pk !== acting));
  // Logging in as someone else moves the missing button.
  const other = users.find((pk) => pk !== acting);
  await page.getByTestId('acting-user').selectOption(other);
  await page.locator(`[data-testid="user-row"][data-user-pk="${acting}"] [data-testid="follow-button"]`).waitFor();
  assert.equal(await page.locator(`[data-testid="follow-button"][data-user-pk="${other}"]`).count(), 0);
  assert.deepEqual(errors, []);
});

for (const variant of ['naive_in', 'naive_filter', 'optimized']) {
  test(`${variant}: a follow toggle changes the counts and logs INSERT OR IGNORE / DELETE`, async () => {
    const { page, errors } = await openLab();
    await page.getByTestId(`lab-variant-${variant}`).check();
    const target = '3';
    await page.locator(`[data-testid="user-row"][data-user-pk="${target}"] [data-testid="view-profile"]`).click();
    const card = page.locator(`[data-testid="profile-card"][data-user-pk="${target}"]`);
    await card.waitFor();
    const followers = await number(card.getByTestId('follower-count'));
    const followings = await number(card.getByTestId('following-count'));
    const button = page.locator(`[data-testid="follow-button"][data-user-pk="${target}"]`);
    const wasFollowing = (await button.getAttribute('aria-pressed')) === 'true';
    const follows = await number(page.getByTestId('summary-follows').locator('dd'));
    const live = page.getByTestId('live-log');

    for (const following of [wasFollowing, !wasFollowing]) {
      await page.getByTestId('clear-live-log').click();
      await live.getByTestId('log-empty').waitFor();
      await button.click();
      const statement = following ? 'DELETE FROM "accounts_user_followings"' : 'INSERT OR IGNORE INTO "accounts_user_followings"';
      await live.getByTestId('query-row').filter({ hasText: statement }).waitFor();
      const expected = following ? followers - (wasFollowing ? 1 : 0) : followers + (wasFollowing ? 0 : 1);
      await showing(card.getByTestId('follower-count'), expected);
      assert.equal(await number(card.getByTestId('following-count')), followings);
      await showing(page.getByTestId('summary-follows').locator('dd'), follows + (expected - followers));
      assert.equal(await button.getAttribute('aria-pressed'), String(!following));
    }
    assert.deepEqual(errors, []);
  });
}

test('after a toggle the pattern pages and the fixtures page run on the new data', async () => {
  const { page, errors } = await openLab();
  await page.getByTestId('nav-exists').click();
  const text = () =>
    page.locator('[data-scenario="exists"] [data-testid="variant-column"]').first().getByTestId('result-text').textContent();
  await page.locator('[data-scenario="exists"]').waitFor();
  const before = await text();
  await page.getByTestId('nav-fixtures').click();
  const followRow = page.locator('[data-testid="table-count"][data-label="accounts.user.followings"] td.num');
  const rowsBefore = await number(followRow);
  await page.getByTestId('nav-follow').click();
  // The acting user (a follower of the most-followed user) unfollows them.
  const target = await page.locator('[data-testid="follow-button"][aria-pressed="true"]').first().getAttribute('data-user-pk');
  await page.locator(`[data-testid="follow-button"][data-user-pk="${target}"]`).click();
  await page.locator(`[data-testid="follow-button"][data-user-pk="${target}"][aria-pressed="false"]`).waitFor();
  await page.getByTestId('nav-fixtures').click();
  await showing(followRow, rowsBefore - 1);
  await page.getByTestId('nav-exists').click();
  await page.locator('[data-scenario="exists"]').waitFor();
  assert.notEqual(await text(), before);
  assert.deepEqual(errors, []);
});

test('a like toggle logs its statement and changes the likes count', async () => {
  const { page, errors } = await openLab();
  const likes = await number(page.getByTestId('summary-likes').locator('dd'));
  const button = page.getByTestId('like-button').first();
  const liked = (await button.getAttribute('aria-pressed')) === 'true';
  await page.getByTestId('clear-live-log').click();
  await button.click();
  const statement = liked ? 'DELETE FROM "articles_article_like_users"' : 'INSERT OR IGNORE INTO "articles_article_like_users"';
  await page.getByTestId('live-log').getByTestId('query-row').filter({ hasText: statement }).waitFor();
  await showing(page.getByTestId('summary-likes').locator('dd'), likes + (liked ? -1 : 1));
  assert.deepEqual(errors, []);
});
