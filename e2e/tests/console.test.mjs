// The console: a program typed into the editor prints what real
// `manage.py shell -c` printed (the Django golden) with the same queries
// per line; Open in console reproduces each pattern variant's count; an
// endless loop stops with the step budget's message while the page stays
// usable; printed markup stays text; the program survives a reload and
// travels in share links; Korean on a 390-px phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { browserSuite, launch, openPage, ROOT } from '../browser.mjs';
import { upload } from '../data.mjs';
import { generateFixture } from '../generate.mjs';

const suite = browserSuite();

const BANNER = '6 objects imported automatically (use -v 2 for details).\n\n';

/** A case of the Django goldens (what real `manage.py shell -c` did). */
async function golden(group, name) {
  const file = JSON.parse(await readFile(join(ROOT, 'tests/golden/shell', `${group}.json`), 'utf8'));
  const found = file.cases.find((c) => c.name === name);
  assert.ok(found, `${group}/${name} in the goldens`);
  return found;
}

async function openConsole(options = {}) {
  const opened = await suite.open(options);
  await opened.page.getByTestId('nav-console').click();
  await opened.page.getByTestId('console-editor').waitFor();
  return opened;
}

/** Clicks Run and waits for that run to finish. */
async function run(page) {
  const output = page.getByTestId('console-output');
  const before = Number(await output.getAttribute('data-run'));
  await page.getByTestId('console-run').click();
  await page.locator(`[data-testid="console-output"][data-run="${before + 1}"]`).waitFor({ timeout: 30_000 });
}

/** What the output panel shows as stdout (empty when nothing printed). */
async function stdout(page) {
  const shown = page.getByTestId('console-stdout');
  return (await shown.count()) ? shown.textContent() : '';
}

/** `{line: queries}` of the editor's gutter. */
async function lineCounts(page) {
  const counts = await page.getByTestId('console-line-count').evaluateAll((els) =>
    els.map((el) => [el.dataset.line, Number(el.textContent)]));
  return Object.fromEntries(counts);
}

/** Types `code` as a person would: the editor indents after `:` and
 * keeps the indentation on Enter, so only dedents need Shift+Tab. */
async function typeProgram(page, code) {
  const editor = page.getByTestId('console-editor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  const lines = code.replace(/\n$/, '').split('\n');
  let indent = 0;
  for (const [i, line] of lines.entries()) {
    const wanted = line.length - line.trimStart().length;
    for (; indent > wanted; indent -= 4) await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(line.trimStart());
    if (i < lines.length - 1) {
      await page.keyboard.press('Enter');
      indent = wanted + (line.trimEnd().endsWith(':') ? 4 : 0);
    }
  }
}

test('a typed program prints what manage shell -c printed, with the same queries per line', async () => {
  const { page, errors } = await openConsole();
  const django = await golden('lines', 'loop_header');
  await typeProgram(page, django.code);
  assert.equal(await page.getByTestId('console-editor').inputValue(), django.code.replace(/\n$/, ''));
  await run(page);
  assert.equal(await stdout(page), django.stdout.slice(BANNER.length));
  assert.equal(Number(await page.getByTestId('query-count').textContent()), django.queries.length);
  assert.equal(await page.getByTestId('query-row').count() > 0, true);
  const expected = {};
  for (const q of django.queries) expected[q.line] = (expected[q.line] ?? 0) + 1;
  assert.deepEqual(await lineCounts(page), Object.fromEntries(Object.entries(expected).map(([l, n]) => [String(l), n])));
  // The loop line's N+1 is named with its line and the fix.
  const finding = page.getByTestId('n-plus-one').first();
  assert.match(await finding.textContent(), /line 3: .*select_related\('user'\)/);
  // A query row opens with its program line (marked in the editor) and
  // its EXPLAIN QUERY PLAN, as on the pattern pages.
  await page.getByTestId('query-row').nth(1).click();
  const detail = page.getByTestId('query-detail');
  assert.match(await detail.textContent(), /program line 3: print\(c\.user\.username\)/);
  assert.equal(await page.locator('.editor-highlight .line.origin').count(), 1);
  await detail.getByTestId('detail-explain').click();
  await page.getByTestId('query-plan').waitFor();
  assert.deepEqual(errors, []);
});

test('an exception shows Python\'s last line and marks its line', async () => {
  const { page, errors } = await openConsole();
  const django = await golden('errors', 'after_output');
  await page.getByTestId('console-editor').fill(django.code);
  await run(page);
  assert.equal(await stdout(page), django.stdout.slice(BANNER.length));
  const error = page.getByTestId('console-error');
  // The failing line is the one with `.get(`.
  const line = django.code.split('\n').findIndex((l) => l.includes('.get(')) + 1;
  assert.equal(await error.getAttribute('data-line'), String(line));
  assert.ok((await error.textContent()).includes(django.error), await error.textContent());
  assert.equal(await page.locator('.editor-highlight .line.error-line').count(), 1);
  assert.deepEqual(errors, []);
});

const PATTERNS = ['annotate', 'select_related', 'prefetch_related', 'select_and_prefetch'];

test('Open in console reproduces every pattern variant\'s query count', async () => {
  const { page, errors } = await suite.open();
  let opened = 0;
  for (const pattern of PATTERNS) {
    await page.getByTestId(`nav-${pattern}`).click();
    const columns = page.getByTestId('variant-column');
    await columns.first().waitFor();
    const variants = await columns.evaluateAll((cs) => cs.map((c) => c.dataset.variant));
    for (const variant of variants) {
      await page.getByTestId(`nav-${pattern}`).click();
      const column = page.locator(`[data-testid="variant-column"][data-variant="${variant}"]`);
      const count = Number(await column.getByTestId('query-count').textContent());
      await column.getByTestId('open-in-console').click();
      const editor = page.getByTestId('console-editor');
      await editor.waitFor();
      assert.match(await editor.inputValue(), new RegExp(`# ${pattern} · ${variant}`));
      await run(page);
      assert.equal(await page.getByTestId('console-error').count(), 0, `${pattern}/${variant}`);
      assert.equal(Number(await page.getByTestId('query-count').textContent()), count, `${pattern}/${variant}`);
      opened += 1;
    }
  }
  assert.equal(opened, 9);
  assert.deepEqual(errors, []);
});

test('an endless loop stops with the step budget\'s message and the page stays responsive', async () => {
  const { page, errors } = await openConsole();
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByTestId('console-editor').fill('n = 0\nwhile True:\n    n += 1');
  // A whole run on the console: no task blocks the page for 100 ms.
  await run(page);
  const error = page.getByTestId('console-error');
  assert.equal(await error.getAttribute('data-line'), '3');
  assert.match(await error.textContent(), /took more than 10,000,000 steps \(an endless loop\?\)/);
  const longest = Math.max(0, ...await page.evaluate(() => window.longTasks));
  console.log(`longest task while the program ran: ${longest} ms`);
  // Slices are 40 ms plus a render; the bound leaves room for a machine
  // shared with builds, as the scale lab's test does.
  assert.ok(longest < 150, `a ${longest} ms task while the program ran`);

  // Again: while it runs, the navigation answers and the program goes on.
  await page.getByTestId('console-run').click();
  await page.getByTestId('console-running').waitFor();
  // (A plain click event: Playwright's checks for a steady button take
  // round trips that each wait for a slice, and the run lasts 2 s.)
  const started = Date.now();
  await page.getByTestId('nav-annotate').dispatchEvent('click');
  await page.locator('[data-testid="scenario"][data-scenario="annotate"]').waitFor();
  const answered = Date.now() - started;
  assert.equal(await page.locator('[data-testid="job-status"][data-state="running"][data-kind="shell"]').count(), 1,
    'the program still runs on the other page');
  await page.getByTestId('nav-console').click();
  await page.locator('[data-testid="console-output"][data-run="2"]').waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId('console-error').textContent(), /10,000,000 steps/);
  console.log(`the nav answered in ${answered} ms while the program ran`);
  assert.ok(answered < 2_000, `navigation took ${answered} ms`);
  assert.deepEqual(errors, []);
});

test('a loop over 10,000 articles runs in slices: progress, 10,001 queries, the line\'s count in the gutter', async () => {
  const big = await generateFixture({ users: 100, articles: 10_000, comments: 0, name: 'console-10k.json' });
  const { page, errors } = await suite.open({ locale: 'en-US' });
  const loaded = await upload(page, [big]);
  assert.match(loaded.text, /Installed 10100 object\(s\)/);
  await page.getByTestId('nav-console').click();
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByTestId('console-editor').fill('for a in Article.objects.all():\n    print(a.user.username)');
  await page.getByTestId('console-run').click();
  await page.getByTestId('console-running').locator('progress').waitFor();
  await page.locator('[data-testid="console-output"][data-run="1"]').waitFor({ timeout: 120_000 });
  assert.equal(Number(await page.getByTestId('query-count').textContent()), 10_001);
  assert.deepEqual(await lineCounts(page), { 1: 1, 2: 10_000 });
  assert.match(await page.getByTestId('n-plus-one').first().textContent(), /line 2: .*10,?000 similar queries/);
  const tasks = await page.evaluate(() => window.longTasks.map(Math.round));
  const longest = Math.max(0, ...tasks);
  console.log(`long tasks over 10,001 queries (ms): ${JSON.stringify(tasks)}`);
  // The loop's slices stay near 40 ms; what is longer is one step of the
  // program: evaluating `Article.objects.all()` reads its 10,000 rows at
  // once (the shell host has no cursor yet, unlike the pattern pages).
  assert.ok(longest < 300, `a ${longest} ms task while the program ran`);
  assert.deepEqual(errors, []);
});

test('Cancel stops a run', async () => {
  const { page, errors } = await openConsole();
  // A query per iteration: the run lasts seconds (an empty loop reaches
  // the step budget in a few hundred milliseconds, faster than a click).
  await page.getByTestId('console-editor').fill('while True:\n    list(Article.objects.all())');
  await page.getByTestId('console-run').click();
  // A click event at once (Playwright's checks for a steady button take
  // round trips that wait on the slices; the run could end first).
  await page.getByTestId('console-cancel').dispatchEvent('click');
  await page.locator('[data-testid="job-status"][data-kind="shell"][data-outcome="cancelled"]').waitFor();
  assert.equal(await page.getByTestId('console-running').count(), 0);
  assert.equal(await page.getByTestId('console-output').getAttribute('data-run'), '0');
  assert.equal(await page.getByTestId('console-error').count(), 0);
  assert.deepEqual(errors, []);
});

test('markup printed by a program stays text', async () => {
  const { page, errors } = await openConsole();
  const markup = '<script>window.pwned = 1</script><b id="bold">x</b><img src=x onerror="window.pwned = 2">';
  await page.getByTestId('console-editor').fill(`print(${JSON.stringify(markup)})\nfor a in Article.objects.all()[:1]:\n    print(a.title + '<i>')`);
  await run(page);
  const shown = await stdout(page);
  assert.ok(shown.startsWith(markup), shown);
  assert.equal(await page.locator('#bold').count(), 0);
  assert.equal(await page.getByTestId('console-output').locator('script, b, img, i').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(errors, []);
});

test('the program survives a reload and travels in a share link', async () => {
  const { page, errors } = await openConsole();
  const program = "print('다시 열어도 그대로', Article.objects.count())";
  await page.getByTestId('console-editor').fill(program);
  await page.reload();
  await page.getByTestId('nav-console').click();
  await page.waitForFunction((p) => document.querySelector('[data-testid="console-editor"]')?.value === p, program);

  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').textContent();
  // In another browser (its own profile, nothing saved), the link opens
  // on the console with the program.
  const elsewhere = await launch();
  try {
    const other = await openPage(elsewhere, link);
    await other.page.waitForFunction((p) => document.querySelector('[data-testid="console-editor"]')?.value === p, program);
    await run(other.page);
    assert.equal(await stdout(other.page), '다시 열어도 그대로 10\n');
    assert.deepEqual(other.errors, []);
  } finally {
    await elsewhere.close();
  }
  assert.deepEqual(errors, []);
});

test('Korean on a 390-px phone: the examples run and nothing overflows the page', async () => {
  const { page, errors } = await openConsole({ locale: 'ko-KR' });
  await page.setViewportSize({ width: 390, height: 844 });
  assert.equal((await page.getByTestId('nav-console').textContent()).trim(), '콘솔');
  await page.getByTestId('console-examples').selectOption('select_and_prefetch-naive');
  assert.match(await page.getByTestId('console-editor').inputValue(), /select_and_prefetch · naive/);
  await run(page);
  assert.equal(Number(await page.getByTestId('query-count').textContent()), 41);
  const finding = await page.getByTestId('n-plus-one').first().textContent();
  assert.match(finding, /\d+번째 줄: /);
  assert.match(finding, /prefetch_related\('comment_set'\)/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
  // Typing still works on the phone: Tab indents, Ctrl+Enter runs.
  await page.getByTestId('console-editor').fill('for u in User.objects.order_by("pk")[:2]:');
  await page.getByTestId('console-editor').press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('print(u.username)');
  assert.equal(await page.getByTestId('console-editor').inputValue(),
    'for u in User.objects.order_by("pk")[:2]:\n    print(u.username)');
  const before = Number(await page.getByTestId('console-output').getAttribute('data-run'));
  await page.keyboard.press('Control+Enter');
  await page.locator(`[data-testid="console-output"][data-run="${before + 1}"]`).waitFor();
  assert.equal(await stdout(page), 'admin\n김싸피\n');
  assert.deepEqual(errors, []);
});
