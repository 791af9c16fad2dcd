// Bring your own data and take it away: fixtures uploaded through the file
// input and through a drop, in any order, replacing the data or loading
// into it; the downloaded dumpdata has the CLI's bytes for the same loads;
// the .sqlite3 download is a database the CLI opens; a bad upload says
// where it is wrong and changes nothing; a big upload shows its progress
// and can be cancelled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { browserSuite } from '../browser.mjs';
import { manage, manageDump } from '../cli.mjs';
import { upload, dumpdata, dumpArgs, downloaded, statusSeq, nextStatus } from '../data.mjs';
import { generateFixture } from '../generate.mjs';

const LESSON = ['users', 'articles', 'comments'].map((f) => `tests/golden/fixtures/lesson/${f}.json`);
const NATURAL = ['users', 'articles', 'comments'].map(
  (f) => `tests/golden/fixtures/lesson-natural/${f}.json`,
);

const suite = browserSuite();

const summary = async (page) =>
  Object.fromEntries(
    await Promise.all(
      ['users', 'articles', 'comments', 'follows', 'likes'].map(async (key) => [
        key,
        await page.getByTestId(`summary-${key}`).locator('dd').textContent(),
      ]),
    ),
  );

const cases = [
  { name: 'split lesson fixtures', files: LESSON, order: [2, 0, 1], natural: false },
  { name: 'natural-key fixtures', files: NATURAL, order: [1, 2, 0], natural: true },
];

for (const { name, files, order, natural } of cases) {
  for (const via of ['input', 'drop']) {
    test(`${name} through the ${via}, in any order: dumpdata has the CLI's bytes`, async () => {
      const { page, errors } = await suite.open({ locale: 'en-US' });
      // Django loads files in any order in one transaction: forward
      // references are fine.
      const shuffled = order.map((i) => files[i]);
      const status = await upload(page, shuffled, { via });
      assert.equal(status.state, 'ok', status.text);
      assert.equal(status.text, 'Installed 45 object(s) from 3 fixture(s)');
      for (const options of [{}, { natural }, { label: 'articles.comment', indent: '', format: 'jsonl' }]) {
        const { name: file, bytes } = await dumpdata(page, options);
        const cli = manageDump([shuffled], dumpArgs(options));
        assert.ok(bytes.equals(cli), `${file} (${JSON.stringify(options)}) differs from the CLI's`);
      }
      assert.deepEqual(errors, []);
    });
  }
}

test('load into the current data updates rows like loaddata, and the .sqlite3 opens in the CLI', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  const edits = 'tests/golden/fixtures/edits/edits.json';
  let status = await upload(page, LESSON);
  assert.equal(status.state, 'ok', status.text);
  status = await upload(page, [edits], { mode: 'merge' });
  assert.equal(status.state, 'ok', status.text);
  const { bytes } = await dumpdata(page);
  assert.ok(bytes.equals(manageDump([LESSON, [edits]], dumpArgs())), 'dumpdata after a merge');
  // The database file, opened by the CLI, dumps the same bytes.
  const sqlite = await downloaded(page, () => page.getByTestId('download-sqlite').click());
  assert.equal(sqlite.name, 'db.sqlite3');
  assert.equal(sqlite.bytes.subarray(0, 16).toString('latin1'), 'SQLite format 3\0');
  const db = join(await mkdtemp(join(tmpdir(), 'orm-playground-sqlite-')), 'db.sqlite3');
  await writeFile(db, sqlite.bytes);
  assert.ok(manage(['--db', db, 'dumpdata', ...dumpArgs()]).equals(bytes), 'the .sqlite3 file');
  assert.deepEqual(errors, []);
});

test('compressed fixtures load (.gz, .zip); .bz2 says the browser cannot open it', async () => {
  const { page, errors } = await suite.open({ locale: 'en-US' });
  for (const file of ['all.json.gz', 'all.json.zip', 'all.jsonl.gz']) {
    const status = await upload(page, [`tests/golden/fixtures/compressed/${file}`]);
    assert.equal(status.state, 'ok', `${file}: ${status.text}`);
    const { bytes } = await dumpdata(page);
    const cli = manageDump([[`tests/golden/fixtures/compressed/${file}`]], dumpArgs());
    assert.ok(bytes.equals(cli), file);
  }
  const status = await upload(page, ['tests/golden/fixtures/compressed/all.json.bz2']);
  assert.equal(status.state, 'error');
  assert.match(status.text, /all\.json\.bz2/);
  assert.match(status.text, /browser/);
  assert.deepEqual(errors, []);
});

for (const mode of ['replace', 'merge']) {
  test(`a bad upload (${mode}) names file, object, model and field, and changes nothing`, async () => {
    const { page, errors } = await suite.open({ locale: 'en-US' });
    const before = (await dumpdata(page)).bytes;
    const counts = await summary(page);
    const status = await upload(page, ['tests/fixtures_errors/fk-dangling/articles.json'], { mode });
    assert.equal(status.state, 'error');
    for (const part of ['articles.json', 'articles.article', 'pk=11', '"user"', '99']) {
      assert.ok(status.text.includes(part), `"${part}" in: ${status.text}`);
    }
    assert.deepEqual(await summary(page), counts);
    assert.ok((await dumpdata(page)).bytes.equals(before), 'the data is exactly as it was');
    // The app keeps working.
    await page.getByTestId('nav-select_and_prefetch').click();
    await page.locator('[data-testid="scenario"][data-scenario="select_and_prefetch"]').waitFor();
    assert.deepEqual(errors, []);
  });
}

test('a big upload shows its progress and can be cancelled; the data stays as it was', async () => {
  const big = await generateFixture({ users: 100, articles: 2_000, comments: 100_000 });
  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-fixtures').click();
  const counts = await summary(page);
  const seq = await statusSeq(page);
  await page.getByTestId('upload-input').setInputFiles(big);
  const job = page.locator('[data-testid="job-status"][data-state="running"][data-kind="load"]');
  await job.waitFor();
  await job.locator('progress').waitFor();
  await job.getByTestId('cancel-job').click();
  const status = await nextStatus(page, seq);
  assert.equal(status.state, 'cancelled', status.text);
  await page.locator('[data-testid="job-status"][data-outcome="cancelled"]').waitFor();
  assert.deepEqual(await summary(page), counts);
  // The same file loads whole when left alone.
  const done = await upload(page, [big]);
  assert.equal(done.text, 'Installed 102100 object(s) from 1 fixture(s)');
  assert.equal((await summary(page)).comments, '100,000');
  assert.deepEqual(errors, []);
});

test('dumpdata of big data is a job; the plain and .gz downloads hold the CLI\'s bytes', async () => {
  const big = await generateFixture({ users: 100, articles: 2_000, comments: 100_000 });
  const db = join(await mkdtemp(join(tmpdir(), 'orm-playground-cli-')), 'db.sqlite3');
  manage(['--db', db, 'migrate']);
  manage(['--db', db, 'loaddata', big]);
  const cli = manage(['--db', db, 'dumpdata', '--indent', '4']);

  const { page, errors } = await suite.open({ locale: 'en-US' });
  await page.getByTestId('nav-fixtures').click();
  const loaded = await upload(page, [big]);
  assert.equal(loaded.state, 'ok', loaded.text);
  const plain = await dumpdata(page);
  assert.equal(plain.name, 'data.json');
  assert.ok(plain.bytes.equals(cli), 'plain dumpdata bytes');
  await page.locator('[data-testid="job-status"][data-kind="dump"][data-outcome="done"]').waitFor();
  await page.getByTestId('dump-gzip').setChecked(true);
  const gz = await downloaded(page, () => page.getByTestId('download-dumpdata').click());
  assert.equal(gz.name, 'data.json.gz');
  assert.ok(gunzipSync(gz.bytes).equals(cli), 'gunzipped bytes');
  assert.deepEqual(errors, []);
});
