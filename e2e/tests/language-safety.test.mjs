// Language switching, and <script>/<img onerror> strings in uploaded data
// shown as text on every page with no script running. The lesson data
// itself teaches: it holds none of these test strings (issue 16 #11).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from '../browser.mjs';
import { upload } from '../data.mjs';

const SECTIONS = ['follow', 'fixtures', 'annotate', 'select_related', 'prefetch_related', 'select_and_prefetch', 'exists'];

const suite = browserSuite();

test('switching language changes the interface text, not the lesson text', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.getByTestId('nav-follow').filter({ hasText: '팔로우' }).waitFor();
  const pageText = await page.getByTestId('result-text').first().textContent();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('nav-follow').filter({ hasText: 'Follow' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByText('Rendered page').first().waitFor();
  assert.equal(await page.getByTestId('result-text').first().textContent(), pageText, 'the page text stays Korean');
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('nav-follow').filter({ hasText: '팔로우' }).waitFor();
  assert.deepEqual(errors, []);
});

test('<script> and <img onerror> in uploaded data are text on every page; nothing runs', async () => {
  const context2 = suite.context;
  const page = await context2.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  await page.addInitScript(() => {
    const trap = () => {
      window.__xss = true;
    };
    window.alert = trap;
    window.confirm = trap;
    window.prompt = trap;
  });
  await page.goto(suite.url);
  await page.getByTestId('nav-fixtures').click();
  assert.equal((await upload(page, ['tests/golden/fixtures/escaping/all.json'])).state, 'ok');
  const seen = new Set();
  for (const section of SECTIONS) {
    await page.getByTestId(`nav-${section}`).click();
    await page.locator(`[data-testid="nav-${section}"][aria-current="page"]`).waitFor();
    const text = await page.locator('main').innerText();
    for (const needle of ['<script>', '<img src=x onerror=alert(3)>', '<b>해커</b>']) {
      if (text.includes(needle)) seen.add(needle);
    }
    assert.equal(await page.locator('main script, main img, main b').count(), 0, `${section}: markup from data`);
  }
  // Open every query detail path that shows data: params of the first query.
  assert.deepEqual([...seen].sort(), ['<b>해커</b>', '<img src=x onerror=alert(3)>', '<script>'].sort());
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test('issue 16 #4: the lesson outline opens in the page and its headings go to their sections', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.getByTestId('outline-link').click();
  const outline = page.getByTestId('outline');
  await outline.waitFor();
  const items = outline.getByTestId('outline-item');
  assert.equal(await items.count(), 10);
  assert.match(await outline.textContent(), /모델 관계 설정/);
  await items.filter({ hasText: 'Annotate' }).click();
  await page.locator('[data-testid="nav-annotate"][aria-current="page"]').waitFor();
  assert.equal(await outline.count(), 0, 'choosing a heading closes the outline');
  // Esc closes it too; no raw .md is linked any more.
  await page.getByTestId('outline-link').click();
  await outline.waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await outline.count(), 0);
  assert.equal(await page.locator('a[href$=".md"]').count(), 0);
  assert.deepEqual(errors, []);
});

test('issue 16 #11: the lesson data a learner sees holds no escaping test strings', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  for (const section of SECTIONS) {
    await page.getByTestId(`nav-${section}`).click();
    await page.locator(`[data-testid="nav-${section}"][aria-current="page"]`).waitFor();
    const text = await page.locator('main').innerText();
    for (const needle of ['<script>', '<b>', 'onerror', 'javascript:', '&lt;', '해커']) {
      assert.ok(!text.includes(needle), `${section}: ${needle}`);
    }
  }
  assert.deepEqual(errors, []);
});
