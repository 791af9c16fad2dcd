// Issue 13's exercises in the page, above the console: the list follows
// the lecture, choosing an exercise loads its starting program into the
// console's editor, the starting program fails on the budget alone, a wrong
// answer fails with the diff, a right one passes, Run shows the program's
// queries meanwhile, hints open on request, the solution opens after a
// first check, and progress survives a reload; both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from '../browser.mjs';

const suite = browserSuite();

/** The first exercise's reference solution, typed by the learner. */
const ANNOTATE = `from django.db.models import Count

articles = Article.objects.annotate(Count('comment')).order_by('-pk')
for article in articles:
    print(article.title, article.comment__count)
`;

/** Clicks Check and waits for the verdict of this check. */
async function check(page) {
  await page.getByTestId('exercise-check').click();
  const result = page.getByTestId('exercise-result');
  await result.waitFor();
  await page.locator('[data-testid="exercise-check"]:not([disabled])').waitFor();
  return result;
}

async function openExercises(locale) {
  const opened = await suite.open({ locale });
  await opened.page.getByTestId('nav-exercises').click();
  await opened.page.getByTestId('exercise-list').waitFor();
  await opened.page.getByTestId('console-editor').waitFor();
  return opened;
}

test('the starting program fails on the budget only, a wrong answer on the output, a right one passes', async () => {
  const { page, errors } = await openExercises('en-US');
  const items = page.getByTestId('exercise-item');
  assert.ok((await items.count()) >= 12, 'at least twelve exercises');
  assert.equal(await items.first().getAttribute('data-exercise'), 'annotate_count');
  const editor = page.getByTestId('console-editor');
  // The first exercise's starting program replaced the console's first one.
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="console-editor"]').value.includes('article.comment_set.count()'));
  // The solution is not offered before a first attempt.
  assert.equal(await page.getByTestId('exercise-solution').isDisabled(), true);

  // The naive start: the right output, too many queries.
  let result = await check(page);
  assert.equal(await result.getAttribute('data-passed'), 'false');
  assert.equal(await page.getByTestId('check-current').getAttribute('data-ok'), 'true');
  assert.equal(await page.getByTestId('check-hidden').getAttribute('data-ok'), 'true');
  assert.equal(await page.getByTestId('check-budget').getAttribute('data-ok'), 'false');
  assert.match(await page.getByTestId('check-budget').textContent(), /11 on your data, \d+ on the hidden data \(budget 1\)/);
  // The console runs the same program: its count per line.
  await page.getByTestId('console-run').click();
  await page.locator('[data-testid="console-output"][data-run="1"]').waitFor();
  assert.equal(await page.getByTestId('query-count').textContent(), '11');

  // A wrong answer: oldest first, and markup that must stay text.
  await editor.fill(ANNOTATE.replace("'-pk'", "'pk'") + "print('<b>bold</b>')\n");
  result = await check(page);
  assert.equal(await result.getAttribute('data-passed'), 'false');
  assert.equal(await page.getByTestId('check-current').getAttribute('data-ok'), 'false');
  assert.equal(await page.getByTestId('check-hidden').getAttribute('data-ok'), 'false');
  assert.equal(await page.getByTestId('check-budget').getAttribute('data-ok'), 'true');
  const diff = page.getByTestId('exercise-diff').first();
  assert.match(await diff.textContent(), /- 댓글 없는 글 0/);
  assert.match(await diff.textContent(), /\+ <b>bold<\/b>/);
  assert.equal(await result.locator('b').count(), 0, 'printed markup stays text');

  // A program that fails: its error and line.
  await editor.fill('for article in Article.objects.all():\n    print(article.titel)\n');
  result = await check(page);
  assert.equal(await result.getAttribute('data-passed'), 'false');
  assert.match(
    await page.getByTestId('exercise-error').first().textContent(),
    /Stopped on line 2: AttributeError: 'Article' object has no attribute 'titel'/,
  );

  // The right answer passes and is marked in the list.
  await editor.fill(ANNOTATE);
  result = await check(page);
  assert.equal(await result.getAttribute('data-passed'), 'true');
  assert.equal(await items.first().getAttribute('data-passed'), 'true');
  assert.match(await page.getByTestId('exercise-progress').textContent(), /^1 of \d+ passed$/);

  // After an attempt the solution opens.
  await page.getByTestId('exercise-solution').click();
  assert.match(await page.getByTestId('exercise-solution-code').textContent(), /annotate\(Count\('comment'\)\)/);
  assert.deepEqual(errors, []);
});

test('Korean tasks and hints on request; progress and the program survive a reload', async () => {
  const { page, errors } = await openExercises('ko-KR');
  await page.locator('[data-testid="exercise-item"][data-exercise="select_related_author"]').click();
  assert.match(await page.getByTestId('exercise-task').textContent(), /작성자 이름과 글 제목을 출력하세요/);
  assert.match(await page.getByTestId('exercise-budget').textContent(), /쿼리 1개 이하/);
  assert.equal(await page.getByTestId('exercise-hint-text').count(), 0);
  await page.getByTestId('exercise-hint').click();
  await page.getByTestId('exercise-hint').click();
  assert.equal(await page.getByTestId('exercise-hint-text').count(), 2);
  assert.equal(await page.getByTestId('exercise-hint').isDisabled(), true, 'no more hints');

  const editor = page.getByTestId('console-editor');
  await editor.fill(
    "articles = Article.objects.select_related('user').order_by('-pk')\nfor article in articles:\n    print(article.user.username, article.title)\n",
  );
  const result = await check(page);
  assert.equal(await result.getAttribute('data-passed'), 'true');
  assert.match(await result.textContent(), /통과했습니다/);

  await page.reload();
  await page.getByTestId('nav-exercises').click();
  const item = page.locator('[data-testid="exercise-item"][data-exercise="select_related_author"]');
  await item.waitFor();
  assert.equal(await item.getAttribute('data-passed'), 'true');
  // The open exercise and the editor's program came back together.
  assert.equal(await page.getByTestId('exercise').getAttribute('data-exercise'), 'select_related_author');
  assert.match(await page.getByTestId('console-editor').inputValue(), /select_related\('user'\)/);
  // Another exercise loads its own start; coming back brings the checked program.
  await page.locator('[data-testid="exercise-item"][data-exercise="prefetch_comments"]').click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="console-editor"]').value.includes('article.comment_set.all()'));
  await item.click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="console-editor"]').value.includes("select_related('user')"));
  assert.equal(await page.getByTestId('exercise-hint-text').count(), 2, 'open hints stay open');
  assert.deepEqual(errors, []);
});

test('Korean on a 390-px phone in dark mode: a failing verdict with its diff fits the page', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('nav-exercises').click();
  await page.getByTestId('exercise-list').waitFor();
  await page.locator('[data-testid="exercise-item"][data-exercise="select_and_prefetch"]').click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="console-editor"]').value.includes('comment.user.username'));
  // A wrong answer: the comments without their authors.
  await page.getByTestId('console-editor').fill(
    "from django.db.models import Prefetch\n\narticles = Article.objects.prefetch_related('comment_set').order_by('-pk')\nfor article in articles:\n    print(article.title)\n    for comment in article.comment_set.all():\n        print('  ', comment.content)\n",
  );
  const result = await check(page);
  assert.equal(await result.getAttribute('data-passed'), 'false');
  assert.equal(await page.getByTestId('check-budget').getAttribute('data-ok'), 'true');
  assert.match(await page.getByTestId('check-current').textContent(), /정답과 다릅니다/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the phone`);
  await page.getByTestId('exercise-result').screenshot({ path: 'e2e/test-results/exercises-phone-dark.png' });
  assert.deepEqual(errors, []);
});
