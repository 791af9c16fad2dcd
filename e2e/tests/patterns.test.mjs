// Pattern pages against the CLI: on the bundled fixtures, every variant
// column shows the query count `manage scenario NAME --json` reports, the
// same N+1 findings and the same page text; the comparison bar proves the
// pages equal; the log is windowed, explains, expands, highlights origins
// and exports the CLI's JSON.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { browserSuite } from '../browser.mjs';
import { manageScenario } from '../cli.mjs';

const SECTIONS = {
  annotate: ['annotate'],
  select_related: ['select_related'],
  prefetch_related: ['prefetch_related'],
  select_and_prefetch: ['select_and_prefetch'],
  exists: ['exists', 'likes'],
};

const cli = {};

before(async () => {
  for (const names of Object.values(SECTIONS)) {
    for (const name of names) cli[name] = manageScenario(name);
  }
});

const suite = browserSuite();

/** The section's scenario block for `name`. */
const scenario = (page, name) => page.locator(`[data-testid="scenario"][data-scenario="${name}"]`);
const column = (page, name, variant) =>
  scenario(page, name).locator(`[data-testid="variant-column"][data-variant="${variant}"]`);

for (const [section, names] of Object.entries(SECTIONS)) {
  test(`${section}: counts, findings and page text equal the CLI's`, async () => {
    const { page, errors } = await suite.open({ locale: 'en-US' });
    await page.getByTestId(`nav-${section}`).click();
    for (const name of names) {
      const expected = cli[name];
      const variants = Object.keys(expected.variants);
      await scenario(page, name).waitFor();
      const shown = await scenario(page, name).getByTestId('variant-column').evaluateAll((els) =>
        els.map((el) => el.dataset.variant),
      );
      assert.deepEqual(shown, variants, `${name}: variant columns`);
      for (const variant of variants) {
        const want = expected.variants[variant];
        const col = column(page, name, variant);
        const count = Number(await col.getByTestId('query-count').textContent());
        assert.equal(count, want.query_count, `${name}/${variant}: query count`);
        const nPlusOne = want.findings.filter((f) => f.startsWith('N+1')).length;
        assert.equal(await col.getByTestId('n-plus-one').count(), nPlusOne, `${name}/${variant}: N+1 banners`);
        const cliText = want.steps.flatMap((s) => s.result_text);
        const pageText = (await col.getByTestId('result-text').locator('pre').allTextContents())
          .flatMap((t) => t.split('\n'));
        assert.deepEqual(pageText, cliText, `${name}/${variant}: page text`);
      }
      // One "same page ✓" per variant after the first, no diff.
      assert.equal(await scenario(page, name).getByTestId('same-page').count(), variants.length - 1);
      assert.equal(await scenario(page, name).getByTestId('page-diff').count(), 0);
    }
    assert.deepEqual(errors, []);
  });
}

test('issue 16 #1, #2: the comparison bar leads with 41 → 2 queries (1/20), and the modelled time agrees', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-select_and_prefetch').click();
  const block = scenario(page, 'select_and_prefetch');
  const bar = block.getByTestId('comparison-queries');
  await bar.last().filter({ hasText: '41 → 2 queries (1/20)' }).waitFor();
  assert.equal(await bar.first().textContent(), '41 → 32 queries (9 fewer)');
  // The modelled Django time orders the variants as their query counts do,
  // and says so for every round trip the learner can pick.
  for (const roundTrip of ['sqlite', 'other-host']) {
    await page.getByTestId('round-trip').selectOption(roundTrip);
    const times = await block.getByTestId('model-time').evaluateAll((els) =>
      els.map((el) => [el.dataset.variant, Number(el.dataset.ms)]),
    );
    const ms = Object.fromEntries(times);
    assert.ok(ms.optimized < ms.prefetch_only && ms.prefetch_only < ms.naive, `${roundTrip}: ${JSON.stringify(times)}`);
  }
  // Issue 16 #11: where to look first, and 41 spelled out as 1 + 10 + 30.
  await block.getByTestId('start-hint').waitFor();
  assert.match(await block.getByTestId('breakdown').locator('p').textContent(), /^naive: 41 queries = 1 \+ 10 \+ 30$/);
  assert.deepEqual(
    (await block.getByTestId('breakdown-term').evaluateAll((els) => els.map((el) => Number(el.dataset.queries)))),
    [1, 10, 30],
  );
  const text = await block.getByTestId('comparison').textContent();
  assert.doesNotMatch(text, /0\.00 ms|1 queries|1× fewer/);
  // Korean: the noun first, the counter after the number.
  await page.getByTestId('lang-switch').click();
  await bar.last().filter({ hasText: '쿼리 41개 → 2개 (1/20)' }).waitFor();
  assert.match(await block.getByTestId('comparison').textContent(), /Django 예상/);
  assert.deepEqual(errors, []);
});

test('a long log renders only its visible window, and scrolling reaches the end', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-select_and_prefetch').click();
  const naive = column(page, 'select_and_prefetch', 'naive');
  const rows = naive.getByTestId('query-row');
  await rows.first().waitFor();
  const rendered = await rows.count();
  assert.ok(rendered < 41, `rendered ${rendered} of 41 rows`);
  await naive.locator('.log-viewport').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await naive.locator('[data-testid="query-row"][data-index="40"]').waitFor();
  assert.equal(await naive.locator('[data-testid="query-row"][data-index="0"]').count(), 0);
  assert.deepEqual(errors, []);
});

test('EXPLAIN QUERY PLAN, the folded column list and the origin highlight', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-select_related').click();
  const naive = column(page, 'select_related', 'naive');
  const first = naive.getByTestId('query-row').first();
  await first.getByText('SELECT •••').waitFor();
  await first.getByTestId('explain-button').click();
  const plan = naive.getByTestId('query-plan');
  await plan.waitFor();
  assert.match(await plan.textContent(), /SCAN articles_article/);
  // The column list is folded until asked for.
  const sql = naive.getByTestId('detail-sql');
  assert.doesNotMatch(await sql.textContent(), /"articles_article"\."title"/);
  await naive.getByTestId('toggle-columns').click();
  await sql.getByText('"articles_article"."title"', { exact: false }).waitFor();
  // Hovering the second query marks the template line it came from.
  const origin = cli.select_related.variants.naive.steps[0].queries[1].origin;
  await naive.getByTestId('query-row').nth(1).hover();
  const marked = naive.locator('.code-panel .line.origin');
  await marked.waitFor();
  assert.equal(await marked.getAttribute('data-line'), String(origin.line));
  assert.deepEqual(errors, []);
});

test('export log downloads the CLI JSON schema', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-annotate').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scenario(page, 'annotate').getByTestId('export-scenario').click(),
  ]);
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  const want = cli.annotate;
  assert.equal(json.scenario, 'annotate');
  assert.deepEqual(Object.keys(json.variants), Object.keys(want.variants));
  for (const [name, variant] of Object.entries(want.variants)) {
    const got = json.variants[name];
    assert.equal(got.query_count, variant.query_count);
    assert.deepEqual(got.findings, variant.findings);
    assert.deepEqual(
      got.steps.map((s) => s.queries.map((q) => q.sql)),
      variant.steps.map((s) => s.queries.map((q) => q.sql)),
    );
  }
  assert.deepEqual(errors, []);
});

test('copy SQL reports whether the clipboard took it', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-annotate').click();
  const naive = column(page, 'annotate', 'naive');
  await naive.getByTestId('query-row').first().locator('.q-main').click();
  await naive.getByTestId('copy-sql').click();
  // Headless browsers may refuse the clipboard: then the page says how to
  // copy by hand. Either way it says something, and nothing throws.
  await naive.locator('.copy-status').filter({ hasText: /Copied\.|Could not copy/ }).waitFor();
  assert.deepEqual(errors, []);
});
