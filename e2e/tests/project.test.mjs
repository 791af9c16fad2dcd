// A learner's own project (issue 14): a project folder picked in the page
// (with a virtualenv inside, never read) or a .zip of it migrates with the
// project's models and loads its fixtures with Django's message; the
// downloaded dumpdata has the CLI's bytes for the same project; the
// lesson's pages hide with a one-line reason; the console queries the
// project's models; a folder without settings.py says so and changes
// nothing. A project travels in a share link (its files and data) and
// survives a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSuite, launch, openPage, ROOT } from '../browser.mjs';
import { manage } from '../cli.mjs';
import { dumpdata, nextStatus, statusSeq, answerReplace } from '../data.mjs';

const suite = browserSuite();
const GOLDEN = join(ROOT, 'tests/golden/projects/p08');

/** Project p08 laid out as a learner's folder, its fixture in the app's
 * fixtures/ folder and a virtualenv beside it. */
async function learnerFolder() {
  const dir = join(await mkdtemp(join(tmpdir(), 'orm-playground-project-')), 'homework');
  await cp(join(GOLDEN, 'config'), join(dir, 'config'), { recursive: true });
  await cp(join(GOLDEN, 'blog'), join(dir, 'blog'), { recursive: true });
  await writeFile(join(dir, 'manage.py'), '#!/usr/bin/env python\n');
  await mkdir(join(dir, 'blog', 'fixtures'));
  await cp(join(GOLDEN, 'fixtures', 'data.json'), join(dir, 'blog', 'fixtures', 'data.json'));
  await mkdir(join(dir, 'venv', 'lib', 'site-packages', 'django'), { recursive: true });
  await writeFile(join(dir, 'venv', 'lib', 'site-packages', 'django', 'models.py'), 'raise SystemExit\n');
  return dir;
}

/** Picks `path` with the folder or zip input; resolves to the status. */
async function openProject(page, path, input) {
  const seq = await statusSeq(page);
  await page.getByTestId(input).setInputFiles(path);
  await answerReplace(page, seq);
  return nextStatus(page, seq);
}

for (const via of ['folder', 'zip']) {
  test(`a project ${via} loads its fixtures, dumps the CLI's bytes and the console queries its models`, async () => {
    const dir = await learnerFolder();
    let path = dir;
    if (via === 'zip') {
      path = `${dir}.zip`;
      execFileSync('python3', ['-c', `import shutil; shutil.make_archive(${JSON.stringify(dir)}, 'zip', ${JSON.stringify(join(dir, '..'))}, 'homework')`]);
    }
    const { page, errors } = await suite.open({ locale: 'en-US' });
    const status = await openProject(page, path, via === 'zip' ? 'project-zip-input' : 'project-folder-input');
    const golden = JSON.parse(await readFile(join(GOLDEN, 'fixtures.json'), 'utf8'));
    assert.equal(status.state, 'ok', status.text);
    assert.equal(status.text, golden.loaddata.message);

    // The lesson's pages are hidden, with the reason.
    await page.getByTestId('lesson-pages-hidden').waitFor();
    assert.equal(await page.getByTestId('nav-annotate').count(), 0);
    assert.equal(await page.getByTestId('nav-follow').count(), 0);

    // dumpdata as the CLI writes it for the same project and fixture.
    const { bytes } = await dumpdata(page, { indent: '2' });
    const db = join(await mkdtemp(join(tmpdir(), 'orm-playground-cli-')), 'db.sqlite3');
    manage(['--project', dir, '--db', db, 'migrate']);
    manage(['--project', dir, '--db', db, 'loaddata', join(dir, 'blog', 'fixtures', 'data.json')]);
    const cli = manage(['--project', dir, '--db', db, 'dumpdata', '--indent', '2']);
    assert.ok(bytes.equals(cli), 'the page\'s dumpdata differs from the CLI\'s');

    // The console runs on the project's models.
    await page.getByTestId('nav-console').click();
    await page.getByTestId('console-editor').fill('print(Profile.objects.count())\n');
    const output = page.getByTestId('console-output');
    const before = Number(await output.getAttribute('data-run'));
    await page.getByTestId('console-run').click();
    await page.locator(`[data-testid="console-output"][data-run="${before + 1}"]`).waitFor({ timeout: 30_000 });
    const profiles = golden.rows.blog_profile.length;
    assert.equal(await page.getByTestId('console-stdout').textContent(), `${profiles}\n`);
    assert.equal(await page.getByTestId('console-error').count(), 0);
    assert.deepEqual(errors, []);
  });
}

// A learner's homework written by hand (tests/django_reference/learner_projects):
// the lecture's models plus a nickname, an ImageField, a birthday and
// datetimes, `__str__` methods, under the lecture's settings. Django's own
// shell output for the same program is in tests/golden/project_shell.
test('a learner\'s homework runs in the console as Django\'s shell prints it, the N+1 named on its line', async () => {
  const source = join(ROOT, 'tests/django_reference/learner_projects/homework');
  const golden = JSON.parse(await readFile(join(ROOT, 'tests/golden/project_shell/homework_lecture.json'), 'utf8'));
  const dir = join(await mkdtemp(join(tmpdir(), 'orm-playground-homework-')), 'homework');
  await cp(source, dir, { recursive: true });
  await writeFile(join(dir, 'manage.py'), '#!/usr/bin/env python\n');
  await mkdir(join(dir, 'articles', 'fixtures'));
  await writeFile(join(dir, 'articles', 'fixtures', 'data.json'), JSON.stringify(golden.fixture));
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  const status = await openProject(page, dir, 'project-folder-input');
  assert.equal(status.state, 'ok', status.text);
  assert.equal(`${status.text}\n`, golden.loaddata);

  // The header counts the project's own models.
  assert.equal(await page.getByTestId('summary-model-Article').locator('dd').textContent(), '3');
  assert.equal(await page.getByTestId('summary-model-Comment').locator('dd').textContent(), '3');

  await page.getByTestId('nav-console').click();
  await page.getByTestId('console-editor').fill('for c in Comment.objects.all():\n    print(c)\nprint(User.objects.get(pk=1).date_joined)\n');
  const output = page.getByTestId('console-output');
  const before = Number(await output.getAttribute('data-run'));
  await page.getByTestId('console-run').click();
  await page.locator(`[data-testid="console-output"][data-run="${before + 1}"]`).waitFor({ timeout: 30_000 });
  // The same lines Django's shell printed for these statements.
  const printed = golden.stdout.split('\n');
  const start = printed.indexOf('lee: 좋아요');
  assert.ok(start > 0, 'the golden prints the comments');
  const comments = printed.slice(start, start + 3);
  assert.equal(
    await page.getByTestId('console-stdout').textContent(),
    `${comments.join('\n')}\n2024-03-08 03:00:00+00:00\n`,
  );
  assert.equal(await page.getByTestId('console-error').count(), 0);
  // `__str__` fetches each comment's user: the N+1, on line 2, with the fix.
  const finding = await page.getByTestId('n-plus-one').first().textContent();
  assert.match(finding, /2번째 줄: /);
  assert.match(finding, /select_related\('user'\)/);
  assert.deepEqual(errors, []);
});

test('a folder without settings.py is refused by name and the lesson stays', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'orm-playground-project-')), 'notaproject');
  await mkdir(join(dir, 'blog'), { recursive: true });
  await writeFile(join(dir, 'blog', 'models.py'), 'from django.db import models\n');
  const { page, errors } = await suite.open({ locale: 'en-US' });
  const status = await openProject(page, dir, 'project-folder-input');
  assert.equal(status.state, 'error');
  assert.match(status.text, /The project could not be read:.*pick the folder that holds manage\.py/);
  await page.getByTestId('nav-annotate').waitFor();
  assert.deepEqual(errors, []);
});

/** Runs `program` in the console; resolves to what it printed. */
async function runInConsole(page, program) {
  await page.getByTestId('nav-console').click();
  await page.getByTestId('console-editor').fill(program);
  const output = page.getByTestId('console-output');
  const before = Number(await output.getAttribute('data-run'));
  await page.getByTestId('console-run').click();
  await page.locator(`[data-testid="console-output"][data-run="${before + 1}"]`).waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('console-error').count(), 0);
  return page.getByTestId('console-stdout').textContent();
}

test('a project travels in a share link to a fresh page and survives a reload', async () => {
  const dir = await learnerFolder();
  const { page, errors } = await suite.open({ locale: 'en-US' });
  assert.equal((await openProject(page, dir, 'project-folder-input')).state, 'ok');
  const program = 'Profile.objects.filter(pk=1).update(points=4242)\nprint(Profile.objects.get(pk=1).points)\n';
  assert.equal(await runInConsole(page, program), '4242\n');
  const { bytes } = await dumpdata(page);
  assert.ok(bytes.toString().includes('"points": 4242'));

  await page.getByTestId('share-button').click();
  const link = await page.getByTestId('share-link').textContent();
  await page.getByTestId('close-share').click();
  assert.match(link, /#2\.[A-Za-z0-9_-]+$/, 'a project\'s link is version 2');

  const other = await launch();
  try {
    const { page: there, errors: theirs } = await openPage(other, link, { locale: 'en-US' });
    await there.locator('[data-testid="load-status"][data-state="ok"]').waitFor({ timeout: 60_000 });
    await there.getByTestId('lesson-pages-hidden').waitFor();
    assert.ok((await dumpdata(there)).bytes.equals(bytes), 'same dumpdata bytes from the link');
    assert.equal(await runInConsole(there, 'print(Profile.objects.get(pk=1).points, Profile.objects.count())\n'),
      `4242 ${JSON.parse(await readFile(join(GOLDEN, 'fixtures.json'), 'utf8')).rows.blog_profile.length}\n`);
    assert.deepEqual(theirs, []);
  } finally {
    await other.close();
  }

  await page.reload();
  // The image comes back from IndexedDB, opened on the project's models.
  await page.getByTestId('lesson-pages-hidden').waitFor({ timeout: 30_000 });
  assert.ok((await dumpdata(page)).bytes.equals(bytes), 'same dumpdata bytes after the reload');
  assert.equal(await runInConsole(page, 'print(Profile.objects.get(pk=1).points)\n'), '4242\n');
  assert.deepEqual(errors, []);
});

test('a pasted models.py opens as a one-app project and says which settings it assumed', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('paste-models').locator('summary').click();
  await page.getByTestId('paste-models-app').fill('blog');
  await page.getByTestId('paste-models-text').fill(await readFile(join(GOLDEN, 'blog', 'models.py'), 'utf8'));
  const seq = await statusSeq(page);
  await page.getByTestId('paste-models-open').click();
  await answerReplace(page, seq);
  const status = await nextStatus(page, seq);
  assert.equal(status.state, 'ok', status.text);
  assert.match(status.text, /Opened the pasted models\.py as the app 'blog' of a new project/);
  assert.match(status.text, /Assumed settings \(Django 5\.2's startproject defaults\): INSTALLED_APPS = \['blog', Django's six default apps\].*TIME_ZONE = 'UTC'/);
  await page.getByTestId('lesson-pages-hidden').waitFor();
  assert.equal(await runInConsole(page, 'print(Profile.objects.count())\n'), '0\n');
  const { bytes } = await dumpdata(page, { label: 'contenttypes', indent: '' });
  assert.match(bytes.toString(), /"app_label": "blog", "model": "profile"/);
  assert.deepEqual(errors, []);
});
