// The query log and the code panels teach the fix (issue 16, items 7, 8,
// 15 and the log parts of 16 and 17): the SQL that differs is visible in
// the rows (annotations kept, the WHERE … = value end never cut), the
// optimized variants mark the lines they changed, an opened row keeps its
// origin line marked and its detail comes into view, one relation has one
// colour in every column, and a row is one tab stop with arrow keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { browserSuite, ROOT } from '../browser.mjs';

const suite = browserSuite();

const scenario = (page, name) => page.locator(`[data-testid="scenario"][data-scenario="${name}"]`);
const column = (page, name, variant) =>
  scenario(page, name).locator(`[data-testid="variant-column"][data-variant="${variant}"]`);
const row = (col, index) => col.locator(`[data-testid="query-row"][data-index="${index}"]`);

/**
 * Whether every character of `needle` inside `locator`'s element is drawn
 * inside the boxes that clip it (the row's head or tail box and the row):
 * text that is in the DOM but cut off by CSS does not count.
 */
async function drawn(locator, needle) {
  return locator.evaluate((el, needle) => {
    const text = el.textContent;
    const at = text.lastIndexOf(needle);
    if (at < 0) return `not in the text: ${text}`;
    // Map the offset to text nodes.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    let startSet = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.data.length;
      if (!startSet && at < seen + len) {
        range.setStart(node, at - seen);
        startSet = true;
      }
      if (startSet && at + needle.length <= seen + len) {
        range.setEnd(node, at + needle.length - seen);
        break;
      }
      seen += len;
    }
    const clips = [];
    for (let box = el; box; box = box.parentElement) {
      if (getComputedStyle(box).overflow !== 'visible') clips.push(box.getBoundingClientRect());
      if (box.dataset.testid === 'query-row') break;
    }
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      for (const c of clips) {
        const inside =
          r.left >= c.left - 1 && r.right <= c.right + 1 && r.top >= c.top - 1 && r.bottom <= c.bottom + 1;
        if (!inside) return `clipped: ${JSON.stringify(r)} outside ${JSON.stringify(c)}`;
      }
    }
    return 'drawn';
  }, needle);
}

test('rows keep the annotation and the WHERE … = value end in view', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.getByTestId('nav-annotate').click();
  const optimized = column(page, 'annotate', 'optimized');
  const head = row(optimized, 0).locator('.q-head');
  await head.waitFor();
  assert.match(await head.textContent(), /COUNT\("articles_comment"\."id"\) AS "comment__count"/);
  assert.equal(await drawn(head, 'COUNT('), 'drawn');
  assert.equal(await drawn(head, 'comment__count'), 'drawn');
  // The plain column list is folded, and says so.
  assert.match(await head.textContent(), /^SELECT •••, COUNT/);

  await page.getByTestId('nav-select_related').click();
  const naive = column(page, 'select_related', 'naive');
  // Each article's user, by its pk: the value is the end of the row.
  const tail = row(naive, 1).locator('.q-tail');
  await tail.waitFor();
  const text = (await tail.textContent()).trim();
  assert.match(text, /^WHERE "accounts_user"\."id" = \d+ LIMIT 21$/);
  const value = text.match(/= (\d+) LIMIT 21$/)[1];
  assert.equal(await drawn(tail, `= ${value} LIMIT 21`), 'drawn');
  // Narrow columns (a phone) still show the end.
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal(await drawn(tail, `= ${value} LIMIT 21`), 'drawn');
  assert.deepEqual(errors, []);
});

test('the optimized variants mark the lines they changed, the naive none', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  for (const name of ['annotate', 'select_related', 'prefetch_related']) {
    await page.getByTestId(`nav-${name}`).click();
    const naive = column(page, name, 'naive');
    const optimized = column(page, name, 'optimized');
    await optimized.locator('.code-panel').first().waitFor();
    assert.equal(await naive.locator('.code-panel .line.changed').count(), 0, `${name}: naive`);
    const marked = optimized.locator('.code-panel .line.changed');
    assert.ok((await marked.count()) > 0, `${name}: optimized marks lines`);
    assert.match(await marked.first().getAttribute('title'), /changed from naive/);
    assert.match(await optimized.getByTestId('changed-legend').first().textContent(), /changed from naive/);
  }
  // The fix itself is among the marked lines.
  const marked = await column(page, 'prefetch_related', 'optimized').locator('.line.changed').allTextContents();
  assert.ok(marked.some((line) => line.includes("prefetch_related('comment_set')")), marked.join('\n'));
  // Code lines wrap: nothing is cut off in its box.
  const cut = await page.locator('.code-panel pre').evaluateAll((pres) =>
    pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length,
  );
  assert.equal(cut, 0);
  assert.deepEqual(errors, []);
});

test('an opened row keeps its origin line marked and its detail comes into view', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('nav-select_related').click();
  const naive = column(page, 'select_related', 'naive');
  const log = naive.locator('.log-viewport');
  await log.waitFor();
  // The log at the top of the window: the detail opens below the window.
  await log.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 80));
  await row(naive, 1).click();
  const detail = naive.getByTestId('query-detail');
  await detail.waitFor();
  const origin = (await detail.locator('dd code').last().textContent()).match(/template line (\d+)/)[1];
  // Away from the row: the mark stays (hovering only showed it before).
  await page.mouse.move(5, 5);
  const marked = naive.locator('.code-panel .line.origin');
  await marked.waitFor();
  assert.equal(await marked.getAttribute('data-line'), origin);
  // The detail's top is on screen.
  await page.waitForFunction(() => {
    const d = document.querySelector('[data-testid="query-detail"]');
    const top = d.getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight - 60;
  });
  // Closing the row clears the mark.
  await row(naive, 1).click();
  await naive.getByTestId('query-detail').waitFor({ state: 'detached' });
  await page.mouse.move(5, 5);
  await naive.locator('.code-panel .line.origin').waitFor({ state: 'detached' });
  assert.equal(await naive.locator('.code-panel .line.origin').count(), 0);
  assert.deepEqual(errors, []);
});

test('one relation has one colour in every column, and the log says what colours mean', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-select_and_prefetch').click();
  const colours = {};
  for (const variant of ['naive', 'prefetch_only', 'optimized']) {
    const col = column(page, 'select_and_prefetch', variant);
    await row(col, 0).waitFor();
    const rows = await col.getByTestId('query-row').evaluateAll((els) =>
      els.map((el) => [el.dataset.relation, el.dataset.colour, getComputedStyle(el).borderLeftColor]),
    );
    for (const [relation, colour, css] of rows) {
      if (!relation) continue;
      (colours[relation] ??= new Set()).add(`${colour} ${css}`);
    }
  }
  assert.ok(colours['Article.comment_set'], JSON.stringify(Object.keys(colours)));
  assert.ok(colours['Comment.user']);
  for (const [relation, seen] of Object.entries(colours)) {
    assert.equal(seen.size, 1, `${relation}: ${[...seen]}`);
  }
  assert.notDeepEqual([...colours['Article.comment_set']], [...colours['Comment.user']]);
  const legend = column(page, 'select_and_prefetch', 'naive').getByTestId('log-legend');
  assert.match(await legend.textContent(), /similar: same SQL, other parameters/);
  assert.match(await legend.textContent(), /duplicated: same SQL and same parameters/);
  assert.deepEqual(errors, []);
});

test('Korean legend and changed-line title', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.getByTestId('nav-select_related').click();
  const optimized = column(page, 'select_related', 'optimized');
  await optimized.getByTestId('log-legend').waitFor();
  assert.match(await optimized.getByTestId('log-legend').textContent(), /비슷한 쿼리: SQL은 같고 인자만 다름/);
  assert.match(await optimized.locator('.line.changed').first().getAttribute('title'), /naive 변형에서 바뀐 줄/);
  assert.deepEqual(errors, []);
});

test('a row is one tab stop; arrow keys move, Enter opens, Tab leaves the log', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-select_and_prefetch').click();
  const naive = column(page, 'select_and_prefetch', 'naive');
  await row(naive, 0).waitFor();
  // Nothing inside a row is a tab stop of its own, and only one row is.
  const stops = await naive.getByTestId('query-row').evaluateAll((rows) =>
    rows.map((r) => [r.tabIndex, [...r.querySelectorAll('button, a, input, [tabindex]')].filter((e) => e.tabIndex >= 0).length]),
  );
  assert.ok(stops.every(([, inner]) => inner === 0), JSON.stringify(stops));
  assert.equal(stops.filter(([own]) => own === 0).length, 1);
  const focused = () => page.evaluate(() => document.activeElement?.dataset?.index ?? document.activeElement?.tagName);
  await row(naive, 0).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), '2');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), '1');
  await page.keyboard.press('Enter');
  await naive.getByTestId('query-detail').waitFor();
  assert.equal(await row(naive, 1).getAttribute('aria-selected'), 'true');
  // End reaches the last of 41 rows, which was not rendered before.
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.activeElement?.dataset?.index === '40');
  // Tab leaves the log: the next tab stop is not a row.
  await page.keyboard.press('Tab');
  const after = await page.evaluate(() => document.activeElement?.closest('.log-viewport') === null);
  assert.ok(after);
  assert.deepEqual(errors, []);
});

test('a pattern page at 1366 px (screenshot)', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('nav-select_and_prefetch').click();
  const naive = column(page, 'select_and_prefetch', 'naive');
  await row(naive, 0).waitFor();
  await row(naive, 2).click();
  const out = join(ROOT, 'e2e', 'test-results', 'screenshots');
  await mkdir(out, { recursive: true });
  await page.screenshot({ path: join(out, 'teach-log-1366.png'), fullPage: true });
  assert.deepEqual(errors, []);
});
