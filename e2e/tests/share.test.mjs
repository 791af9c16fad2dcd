// Share links: the link's fragment carries the section, the lab's variant
// and user, the language and the data; opened in another browser it
// restores the same state (same dumpdata bytes, same page). A link too long
// for messengers becomes a playground file that upload opens. Damaged,
// foreign-version and oversized links are refused with a message and the
// app keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { browserSuite, launch, openPage } from '../browser.mjs';
import { upload, dumpdata, downloaded, statusSeq, nextStatus } from '../data.mjs';
import { generateFixture } from '../generate.mjs';
import { writeFile } from 'node:fs/promises';

const NATURAL = ['users', 'articles', 'comments'].map(
  (f) => `tests/golden/fixtures/lesson-natural/${f}.json`,
);

const suite = browserSuite();

/** Opens the share dialog and returns the link it shows. */
async function shareLink(page) {
  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').textContent();
  const length = await page.getByTestId('share-length').getAttribute('data-chars');
  assert.equal(Number(length), link.length, 'the dialog says how long the link is');
  await page.getByTestId('close-share').click();
  return link;
}

/** Opens `link` in another browser (its own profile, nothing saved). */
async function openElsewhere(link, check) {
  const other = await launch();
  try {
    const opened = await openPage(other, link, { locale: 'en-US' });
    await check(opened);
    assert.deepEqual(opened.errors, []);
  } finally {
    await other.close();
  }
}

const current = (page) => page.locator('nav [aria-current="page"]').getAttribute('data-testid');

test('a link to the lesson with a toggle, in Korean, opens the same state elsewhere', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-follow').click();
  await page.getByTestId('lab-variant-optimized').check();
  const button = page.getByTestId('follow-button').first();
  const pk = await button.getAttribute('data-user-pk');
  const pressed = await button.getAttribute('aria-pressed');
  await button.click();
  await page.locator(`[data-testid="follow-button"][data-user-pk="${pk}"][aria-pressed="${pressed === 'true' ? 'false' : 'true'}"]`).waitFor();
  const { bytes } = await dumpdata(page);
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('nav-exists').click();
  const link = await shareLink(page);
  assert.match(link, /#1\.[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 400, `a toggle travels as a change: ${link.length} chars`);
  await openElsewhere(link, async ({ page: there }) => {
    await there.locator('[data-testid="load-status"][data-state="ok"]').waitFor();
    assert.equal(await current(there), 'nav-exists');
    assert.equal(await there.locator('html').getAttribute('lang'), 'ko');
    assert.ok(!there.url().includes('#'), 'the fragment is dropped once opened');
    await there.getByTestId('nav-follow').click();
    assert.equal(await there.getByTestId('lab-variant-optimized').isChecked(), true);
    assert.ok((await dumpdata(there)).bytes.equals(bytes), 'same dumpdata bytes');
  });
  assert.deepEqual(errors, []);
});

test('a link to the lesson in natural keys is the lesson: it travels as changes', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  assert.equal((await upload(page, NATURAL)).state, 'ok');
  assert.ok((await shareLink(page)).length < 300);
  assert.deepEqual(errors, []);
});

test('a link to uploaded data carries the data and restores its dumpdata bytes', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  const fixture = await generateFixture({ users: 4, articles: 12, comments: 40, name: 'mine.jsonl' });
  const status = await upload(page, [fixture]);
  assert.equal(status.state, 'ok', status.text);
  const natural = (await dumpdata(page, { natural: true })).bytes;
  const plain = (await dumpdata(page)).bytes;
  await page.getByTestId('nav-prefetch_related').click();
  const link = await shareLink(page);
  await openElsewhere(link, async ({ page: there }) => {
    await there.locator('[data-testid="load-status"][data-state="ok"]').waitFor();
    await there.locator('[data-testid="job-status"][data-state="done"][data-kind="restore"]').waitFor();
    assert.equal(await current(there), 'nav-prefetch_related');
    assert.ok((await dumpdata(there, { natural: true })).bytes.equals(natural), 'natural keys');
    assert.ok((await dumpdata(there)).bytes.equals(plain), 'plain');
  });
  assert.deepEqual(errors, []);
});

test('above 8,000 characters the dialog offers a playground file, which upload opens', async () => {
  // Comments of pseudo-random hex do not compress: the link grows.
  let seed = 7;
  const noise = () => {
    let out = '';
    for (let i = 0; i < 4; i += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      out += seed.toString(16).padStart(8, '0');
    }
    return out;
  };
  const fixture = await generateFixture({ users: 5, articles: 20, comments: 800, text: noise });
  const { page, errors } = await suite.open({ locale: 'en-US' });
  assert.equal((await upload(page, [fixture])).state, 'ok');
  const { bytes } = await dumpdata(page);
  await page.getByTestId('share-button').click();
  await page.getByTestId('share-too-long').waitFor();
  assert.equal(await page.getByTestId('share-link').count(), 0);
  assert.ok(Number(await page.getByTestId('share-length').getAttribute('data-chars')) > 8000);
  const file = await downloaded(page, () => page.getByTestId('download-playground').click());
  assert.match(file.name, /^django-orm-playground-.*\.playground$/);
  const saved = `${fixture}.playground`;
  await writeFile(saved, file.bytes);
  await openElsewhere(suite.url, async ({ page: there }) => {
    const status = await upload(there, [saved]);
    assert.equal(status.state, 'ok', status.text);
    await there.locator('[data-testid="job-status"][data-state="done"][data-kind="restore"]').waitFor();
    assert.equal(await current(there), 'nav-fixtures');
    assert.ok((await dumpdata(there)).bytes.equals(bytes), 'same dumpdata bytes');
  });
  assert.deepEqual(errors, []);
});

/** A link whose contents inflate past the 64 MB limit. */
function bomb() {
  const compressed = deflateRawSync(Buffer.alloc(70 * 1024 * 1024, 0x20), { level: 9 });
  return `1.${compressed.toString('base64url')}`;
}

const REFUSED = [
  ['a damaged link', (good) => good.slice(0, Math.floor(good.length / 2)), /damaged/],
  ['a link of a newer version', (good) => good.replace(/^1\./, '9.'), /newer playground \(format version 9\)/],
  ['an oversized link', () => bomb(), /expands past the limit of 64 MB/],
  ['text that is no link', () => 'hello', /not a playground link/],
];

for (const [name, make, message] of REFUSED) {
  test(`${name} is refused with a message and the app keeps working`, async () => {
    const { page: first } = await suite.open({ locale: 'en-US' });
    const good = (await shareLink(first)).split('#')[1];
    await first.close();
    const { page, errors } = await openPage(suite.context, `${suite.url}#${make(good)}`, { locale: 'en-US' });
    const status = page.locator('[data-testid="load-status"][data-state="error"]');
    await status.waitFor();
    assert.match(await status.textContent(), /could not be opened; your data is unchanged/);
    assert.match(await status.textContent(), message);
    // The lesson data, and a working page.
    assert.equal(await page.getByTestId('summary-articles').locator('dd').textContent(), '10');
    await page.getByTestId('nav-annotate').click();
    await page.locator('[data-testid="scenario"][data-scenario="annotate"]').waitFor();
    assert.deepEqual(errors, []);
  });
}

test('a link pasted into the open page opens without a reload; a bad one leaves the data', async () => {
  const { page: first } = await suite.open({ locale: 'en-US' });
  await first.getByTestId('lang-switch').click();
  await first.getByTestId('nav-annotate').click();
  const link = (await shareLink(first)).split('#')[1];
  await first.close();
  const { page, errors } = await suite.open({ locale: 'en-US' });
  assert.equal(await current(page), 'nav-select_and_prefetch');
  let seq = await statusSeq(page);
  await page.evaluate((hash) => { location.hash = hash; }, link.replace(/^1\./, '7.'));
  assert.equal((await nextStatus(page, seq)).state, 'error');
  assert.equal(await current(page), 'nav-select_and_prefetch');
  seq = await statusSeq(page);
  await page.evaluate((hash) => { location.hash = hash; }, link);
  assert.equal((await nextStatus(page, seq)).state, 'ok');
  assert.equal(await current(page), 'nav-annotate');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
  assert.deepEqual(errors, []);
});
