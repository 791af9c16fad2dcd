// What a learner meets around their own data and on a phone (issue 16):
// replacing their data asks first and can be undone once; a link keeps the
// language they chose; the language survives a reload after an upload; the
// static page shows a loading state until the app mounts; the follow lab's
// log has one group per request, newest first, next to the buttons; a phone
// shows one variant at a time under a pinned comparison and a sticky nav;
// dialogs take focus, close on Esc and give it back; a skip link comes first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browserSuite, openPage, DIST, ROOT } from '../browser.mjs';
import { upload, dumpdata, statusSeq, nextStatus, answerReplace } from '../data.mjs';
import { generateFixture } from '../generate.mjs';

const suite = browserSuite();

const PHONE = { width: 390, height: 844 };
const SHOTS = join(ROOT, 'e2e', 'test-results', 'screenshots');

const count = async (page, name) =>
  Number(await page.getByTestId(`summary-${name}`).locator('dd').textContent());
const focused = (page) => page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.id ?? '');
const inside = (page, testid) =>
  page.evaluate((id) => !!document.activeElement?.closest(`[data-testid="${id}"]`), testid);

/** The share link's fragment for the state on show. */
async function shareFragment(page) {
  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').textContent();
  await page.getByTestId('close-share').click();
  return link.split('#')[1];
}

/** Pastes a share link's fragment into the open page's address. */
const paste = (page, fragment) => page.evaluate((hash) => { location.hash = hash; }, fragment);

/** Toggles a follow in the lab; resolves to the new follows count. */
async function toggleFollow(page) {
  await page.getByTestId('nav-follow').click();
  const before = await count(page, 'follows');
  const button = page.getByTestId('follow-button').first();
  await button.click();
  await page.locator('[data-testid="summary-follows"] dd', { hasText: new RegExp(`^(?!${before}$)\\d+$`) }).waitFor();
  return count(page, 'follows');
}

test('a link over uploaded data asks first; no keeps it, yes replaces it, undo brings it back once', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  const lessonLink = await shareFragment(page);
  const fixture = await generateFixture({ users: 6, articles: 30, comments: 90 });
  assert.equal((await upload(page, [fixture])).state, 'ok');
  const mine = (await dumpdata(page)).bytes;

  await paste(page, lessonLink);
  const question = page.getByTestId('confirm-replace');
  await question.waitFor();
  assert.match(await question.textContent(), /the data you loaded \(users 6 · articles 30 · comments 90\)/);
  assert.match(await question.textContent(), /the data in the shared link/);
  assert.ok(await inside(page, 'confirm-replace'), 'the question takes focus');
  await page.getByTestId('confirm-replace-no').click();
  await question.waitFor({ state: 'detached' });
  assert.equal(await count(page, 'articles'), 30);
  // The undo is still the one of the upload (back to the lesson).
  assert.match(await page.getByTestId('undo-replace').textContent(), /bring back the lesson data/);

  const seq = await statusSeq(page);
  await paste(page, lessonLink);
  assert.equal(await answerReplace(page, seq), true);
  assert.equal((await nextStatus(page, seq)).state, 'ok');
  assert.equal(await count(page, 'articles'), 10);
  const undo = page.getByTestId('undo-replace');
  assert.match(await undo.textContent(), /articles 30/);
  await undo.click();
  await undo.waitFor({ state: 'detached' });
  assert.equal(await count(page, 'articles'), 30);
  assert.ok((await dumpdata(page)).bytes.equals(mine), 'the uploaded data, byte for byte');
  assert.deepEqual(errors, []);
});

test('reset over the lesson with toggles asks (Esc is no); over the untouched lesson it does not', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-fixtures').click();
  let seq = await statusSeq(page);
  await page.getByTestId('reset-data').click();
  assert.equal((await nextStatus(page, seq)).state, 'ok');
  assert.equal(await page.getByTestId('confirm-replace').count(), 0, 'nothing of the learner to lose');
  const lesson = await count(page, 'follows');

  const toggled = await toggleFollow(page);
  await page.getByTestId('nav-fixtures').click();
  await page.getByTestId('reset-data').click();
  const question = page.getByTestId('confirm-replace');
  await question.waitFor();
  assert.match(await question.textContent(), /follow and like changes \(1\)/);
  assert.equal(await focused(page), 'confirm-replace-no', 'the safe answer has focus');
  // Tab stays inside the question.
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('Tab');
    assert.ok(await inside(page, 'confirm-replace'));
  }
  await page.keyboard.press('Escape');
  await question.waitFor({ state: 'detached' });
  assert.equal(await focused(page), 'reset-data', 'focus back where it was');
  assert.equal(await count(page, 'follows'), toggled);

  seq = await statusSeq(page);
  await page.getByTestId('reset-data').click();
  await page.getByTestId('confirm-replace-yes').click();
  assert.equal((await nextStatus(page, seq)).state, 'ok');
  assert.equal(await count(page, 'follows'), lesson);
  await page.getByTestId('undo-replace').click();
  await page.getByTestId('undo-replace').waitFor({ state: 'detached' });
  assert.equal(await count(page, 'follows'), toggled);
  assert.deepEqual(errors, []);
});

test('a replacing upload over uploaded data asks and can be undone; loading into the data does not ask', async () => {
  const first = await generateFixture({ users: 3, articles: 7, comments: 21, name: 'first.json' });
  const second = await generateFixture({ users: 4, articles: 12, comments: 30, name: 'second.json' });
  const { page, errors } = await suite.open({ locale: 'en-US' });
  let seq = await statusSeq(page);
  await page.getByTestId('upload-input').setInputFiles([first]);
  assert.equal(await answerReplace(page, seq, { confirm: false }), false, 'the lesson is not asked about');
  assert.equal((await nextStatus(page, seq)).state, 'ok');
  const firstBytes = (await dumpdata(page)).bytes;

  seq = await statusSeq(page);
  await page.getByTestId('upload-input').setInputFiles([second]);
  assert.equal(await answerReplace(page, seq, { confirm: false }), true);
  assert.match(await page.getByTestId('confirm-replace').textContent(), /second\.json/);
  await page.getByTestId('confirm-replace-yes').click();
  assert.equal((await nextStatus(page, seq)).state, 'ok');
  assert.equal(await count(page, 'articles'), 12);

  assert.equal((await upload(page, [second], { mode: 'merge' })).state, 'ok');
  assert.equal(await page.getByTestId('confirm-replace').count(), 0);

  await page.getByTestId('undo-replace').click();
  await page.getByTestId('undo-replace').waitFor({ state: 'detached' });
  assert.equal(await count(page, 'articles'), 7);
  assert.ok((await dumpdata(page)).bytes.equals(firstBytes));
  assert.deepEqual(errors, []);
});

test('the chosen language survives a reload after an upload', async () => {
  const fixture = await generateFixture({ users: 3, articles: 5, comments: 9 });
  const { page, errors } = await suite.open({ locale: 'en-US' });
  // Once the start has opened the data (the header's counts are in): a
  // click during the start can be overtaken by the start's own language
  // effect (noted on issue 15).
  await page.locator('[data-testid="summary-articles"] dd', { hasText: /^\d/ }).waitFor();
  await page.getByTestId('lang-switch').click();
  await page.locator('html[lang="ko"]').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
  assert.equal((await upload(page, [fixture])).state, 'ok');
  await page.reload();
  await page.locator('[data-testid="summary-articles"] dd', { hasText: /^5$/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
  await page.getByTestId('nav-fixtures').click();
  assert.match(await page.getByTestId('reset-data').textContent(), /강의 데이터로 되돌리기/);
  assert.deepEqual(errors, []);
});

test("a link keeps the receiver's chosen language; a first visit takes the link's", async () => {
  const { page: sender } = await suite.open({ locale: 'en-US' });
  await sender.getByTestId('lang-switch').click();
  const korean = await shareFragment(sender);
  await sender.close();

  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'chose English');
  const seq = await statusSeq(page);
  await paste(page, korean);
  assert.equal((await nextStatus(page, seq)).state, 'ok');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'still English');

  const { page: fresh, errors: freshErrors } = await openPage(suite.context, `${suite.url}#${korean}`, {
    locale: 'en-US',
  });
  await fresh.locator('[data-testid="load-status"][data-state="ok"]').waitFor();
  assert.equal(await fresh.locator('html').getAttribute('lang'), 'ko');
  assert.deepEqual([...errors, ...freshErrors], []);
});

test('index.html shows the title and a loading state until the app replaces it', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /data-testid=["']?page-loading/);
  assert.match(html, /Django ORM Query Playground/);
  // Hold the wasm back: the static page is what a slow phone shows.
  const page = await suite.context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'language', { get: () => 'ko-KR' });
  });
  await page.goto(suite.url);
  const loading = page.getByTestId('page-loading');
  await loading.waitFor();
  assert.equal(await loading.locator('h1').textContent(), 'Django ORM 쿼리 놀이터');
  assert.match(await loading.textContent(), /준비하는 중/);
  release();
  await page.locator('[data-testid="scenario"]').first().waitFor();
  assert.equal(await page.getByTestId('page-loading').count(), 0, 'gone once the app is up');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the follow lab log: one group per request, newest first, findings once each', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-follow').click();
  await page.getByTestId('clear-live-log').click();
  const groups = page.getByTestId('live-request');
  const target = page.locator('[data-testid="user-row"][data-user-pk="3"]');
  await target.getByTestId('view-profile').click();
  for (let i = 0; i < 3; i += 1) {
    await target.getByTestId('follow-button').click();
    await groups.nth(i + 1).waitFor();
  }
  await page.getByTestId('like-button').first().click();
  await groups.nth(4).waitFor();
  const actions = await groups.evaluateAll((els) => els.map((e) => e.dataset.action));
  assert.deepEqual(actions, ['like', 'follow', 'follow', 'follow', 'profile'], 'newest first');
  const ids = await groups.evaluateAll((els) => els.map((e) => Number(e.dataset.request)));
  assert.deepEqual(ids, [...ids].sort((a, b) => b - a));
  assert.equal(await page.locator('[data-testid="live-request"][open]').count(), 1, 'only the newest is open');
  assert.notEqual(await groups.first().getAttribute('open'), null);
  // Each request says its findings once; the same request says the same.
  const findings = await groups.evaluateAll((els) =>
    els.map((e) => [...e.querySelectorAll('[data-testid="n-plus-one"], [data-testid="finding"]')].map((f) => f.textContent)),
  );
  for (const list of findings) assert.equal(new Set(list).size, list.length, `no repeats: ${list}`);
  assert.deepEqual(findings[1], findings[3], 'two follows, the same findings');
  // Beside the buttons on a wide screen, and still in view down the page.
  const log = page.locator('.live-log');
  const people = page.locator('.lab-people');
  assert.ok((await log.boundingBox()).x > (await people.boundingBox()).x + 200);
  await page.getByTestId('like-button').last().scrollIntoViewIfNeeded();
  await page.getByTestId('like-button').last().click();
  await groups.nth(5).waitFor({ state: 'attached' });
  const box = await log.boundingBox();
  assert.ok(box.y >= 0 && box.y < 800, `the log stays in view: ${box.y}`);
  // On a phone: right under the people list, above the articles.
  await page.setViewportSize(PHONE);
  const logBox = await log.boundingBox();
  const peopleBox = await people.boundingBox();
  const articlesBox = await page.locator('.lab-articles').boundingBox();
  assert.ok(logBox.y >= peopleBox.y + peopleBox.height - 1, 'below the people');
  assert.ok(logBox.y + logBox.height <= articlesBox.y + 1, 'above the articles');
  assert.deepEqual(errors, []);
});

test('a phone shows one variant at a time, the comparison pinned and the nav sticky with its tab in view', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.setViewportSize(PHONE);
  const scenario = page.locator('[data-testid="scenario"][data-scenario="select_and_prefetch"]');
  await scenario.waitFor();
  const visible = () =>
    scenario.getByTestId('variant-column').evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => e.dataset.variant),
    );
  const shown = await visible();
  assert.equal(shown.length, 1, `one column: ${shown}`);
  const tabs = scenario.getByTestId('variant-tab');
  assert.ok((await tabs.count()) >= 2);
  const second = await tabs.nth(1).getAttribute('data-variant');
  await tabs.nth(1).click();
  assert.deepEqual(await visible(), [second]);
  assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
  // Scrolled down: the nav at the top, the comparison and tabs under it.
  await page.evaluate(() => window.scrollTo(0, 1500));
  const nav = await page.locator('nav.sections').boundingBox();
  assert.ok(Math.abs(nav.y) < 1, `sticky nav: ${nav.y}`);
  const compare = await scenario.getByTestId('comparison').boundingBox();
  assert.ok(compare.y >= nav.y + nav.height - 1 && compare.y < 844 / 3, `pinned comparison: ${compare.y}`);
  assert.ok((await tabs.nth(1).boundingBox()).y < 844 / 2, 'the tabs too');
  // The active tab of the nav is on screen, also after a reload.
  await page.getByTestId('nav-exists').click();
  await page.reload();
  await page.locator('[data-scenario="exists"]').first().waitFor();
  const active = await page.getByTestId('nav-exists').boundingBox();
  assert.ok(active.x >= 0 && active.x + active.width <= PHONE.width, `active tab in view: ${active.x}`);
  assert.deepEqual(errors, []);
});

test('the share dialog takes focus, closes on Esc and gives focus back to Share', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('share-button').click();
  await page.getByTestId('share-dialog').waitFor();
  assert.ok(await inside(page, 'share-dialog'), 'focus in the dialog');
  await page.keyboard.press('Escape');
  await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
  assert.equal(await focused(page), 'share-button');
  assert.deepEqual(errors, []);
});

test('the skip link is the first Tab stop and moves focus to the content', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.locator('[data-testid="scenario"]').first().waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'skip-link');
  const link = page.getByTestId('skip-link');
  assert.equal(await link.textContent(), '본문으로 건너뛰기');
  const box = await link.boundingBox();
  assert.ok(box.y >= 0, 'visible when focused');
  const seq = await statusSeq(page);
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'main');
  assert.ok(!page.url().includes('#'), 'no fragment: links arrive there');
  assert.equal(await statusSeq(page), seq, 'nothing opened');
  assert.deepEqual(errors, []);
});

test('screenshots at 390 px, in Korean', async () => {
  await mkdir(SHOTS, { recursive: true });
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.setViewportSize(PHONE);
  await page.locator('[data-testid="scenario"]').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 900));
  await page.screenshot({ path: join(SHOTS, 'teach-phone-pattern.png') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByTestId('nav-follow').click();
  const target = page.locator('[data-testid="user-row"][data-user-pk="3"]');
  await target.getByTestId('view-profile').click();
  await target.getByTestId('follow-button').click();
  await page.getByTestId('live-request').nth(1).waitFor();
  await page.getByTestId('live-log').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'teach-phone-follow.png') });
  await page.getByTestId('nav-fixtures').click();
  await page.getByTestId('reset-data').click();
  await page.getByTestId('confirm-replace').waitFor();
  await page.screenshot({ path: join(SHOTS, 'teach-phone-confirm.png') });
  await page.getByTestId('confirm-replace-yes').click();
  await page.getByTestId('undo-replace').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'teach-phone-undo.png') });
  assert.deepEqual(errors, []);
});
