// What a Korean learner meets when loading homework saved by Windows
// tools: a UTF-16 file (PowerShell's `>`) is named as such in Korean, with
// the `python -X utf8 … -o` fix, and changes nothing; a CP949 or EUC-KR file
// (Python on Korean Windows) loads, with a notice that Django refuses it and
// the same fix, and a hanja in one is refused by its place; a model field
// that differs from the lesson's is named; the message follows the
// language switch; loading into the current data says how many objects
// were new and how many replaced a row with the same pk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSuite } from '../browser.mjs';
import { upload, dumpdata } from '../data.mjs';

const suite = browserSuite();

const FIX = 'python -X utf8 manage.py dumpdata … -o users.json';

const ENCODINGS = [
  ['tests/fixtures_errors/utf16-le-bom/users.json', 'UTF-16 (리틀 엔디언, BOM 있음)', 'UTF-16 (little-endian, with BOM)'],
  ['tests/fixtures_errors/utf16-no-bom/users.json', 'UTF-16 (리틀 엔디언, BOM 없음)', 'UTF-16 (little-endian, without BOM)'],
];

const includesAll = (text, parts) => {
  for (const part of parts) {
    assert.ok(text.includes(part), `"${part}" in:\n${text}`);
  }
};

test('UTF-16 uploads: the Korean page names the encoding and the -X utf8 fix, and changes nothing', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  const before = (await dumpdata(page)).bytes;
  for (const [file, korean, english] of ENCODINGS) {
    for (const mode of ['replace', 'merge']) {
      const status = await upload(page, [file], { mode });
      assert.equal(status.state, 'error', status.text);
      includesAll(status.text, [
        '불러오지 못했습니다. 데이터는 그대로입니다.',
        `users.json: 파일이 UTF-8이 아니라 ${korean} 인코딩입니다.`,
        'Django의 loaddata도 fixture를 UTF-8로만 읽기 때문에 이 파일을 거부합니다.',
        FIX,
        'PowerShell에서는 > 대신 -o를 쓰세요',
        "(Django의 메시지: UnicodeDecodeError: 'utf-8' codec can't decode byte",
      ]);
      assert.doesNotMatch(status.text, /invalid byte|not UTF-8|Nothing was loaded/);
    }
    // The same error, re-worded when the learner switches to English.
    await page.getByTestId('lang-switch').click();
    const english_text = await page.getByTestId('load-status').textContent();
    includesAll(english_text, [
      'Nothing was loaded; the data is as it was.',
      `users.json: the file is ${english}, not UTF-8`,
      FIX,
      'in PowerShell, use -o instead of >',
    ]);
    await page.getByTestId('lang-switch').click();
  }
  assert.ok((await dumpdata(page)).bytes.equals(before), 'the data is exactly as it was');
  assert.deepEqual(errors, []);
});

test('CP949 and EUC-KR uploads load, with a notice that Django refuses them and the -X utf8 fix, in both languages', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  const KOREAN = [
    ['tests/fixtures_errors/cp949-korean/users.json', 'CP949', '똠방각하', '0x8c', 'merge'],
    ['tests/fixtures_errors/not-utf8/users.json', 'EUC-KR (CP949)', '정싸피', '0xc1', 'replace'],
  ];
  for (const [file, encoding, username, byte, mode] of KOREAN) {
    const status = await upload(page, [file], { mode });
    assert.equal(status.state, 'ok', status.text);
    includesAll(status.text, [
      'Installed 1 object(s) from 1 fixture(s)',
      `users.json: 파일이 UTF-8이 아니라 ${encoding} 인코딩이지만 놀이터는 이 파일을 읽어서 불러왔습니다.`,
      'Django의 loaddata는 fixture를 UTF-8로만 읽기 때문에 이 파일을 거부합니다',
      `UnicodeDecodeError: 'utf-8' codec can't decode byte ${byte} in position 108`,
      FIX,
      'PowerShell에서는 > 대신 -o를 쓰세요',
    ]);
    assert.ok((await dumpdata(page)).bytes.toString('utf8').includes(`"username": "${username}"`), username);
    // The notice, re-worded when the learner switches to English.
    await page.getByTestId('lang-switch').click();
    const english = await page.getByTestId('load-status').textContent();
    includesAll(english, [
      'Installed 1 object(s) from 1 fixture(s)',
      `users.json: the file is ${encoding}, not UTF-8`,
      "The playground read it and loaded it, but Django's loaddata reads fixtures as UTF-8 and refuses this file",
      FIX,
    ]);
    await page.getByTestId('lang-switch').click();
  }

  // A hanja is not guessed at: the file is refused by its place and bytes.
  const dir = await mkdtemp(join(tmpdir(), 'orm-playground-hanja-'));
  const hanja = join(dir, 'users.json');
  await writeFile(hanja, Buffer.concat([
    Buffer.from('[\n{"model": "accounts.user", "pk": 7, "fields": {"password": "", "username": "'),
    Buffer.from([0xb1, 0xe8, 0xca, 0xa1]),
    Buffer.from('", "date_joined": "2024-03-08T00:00:00Z"}}\n]\n'),
  ]));
  const before = (await dumpdata(page)).bytes;
  const status = await upload(page, [hanja], { mode: 'merge' });
  assert.equal(status.state, 'error', status.text);
  includesAll(status.text, [
    '불러오지 못했습니다. 데이터는 그대로입니다.',
    'users.json 2번째 줄: 파일이 UTF-8이 아니라 EUC-KR (CP949) 인코딩입니다.',
    '바이트 위치 80의 문자(바이트 0xCA 0xA1)는 놀이터가 읽지 못하는 문자(한자나 드문 기호)입니다.',
    FIX,
  ]);
  assert.ok((await dumpdata(page)).bytes.equals(before), 'the data is exactly as it was');
  assert.deepEqual(errors, []);
});

test('a field that differs from the lesson model is named, in Korean', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  let status = await upload(page, ['tests/fixtures_errors/article-author-not-user/articles.json'], { mode: 'merge' });
  assert.equal(status.state, 'error', status.text);
  includesAll(status.text, [
    'articles.json, 1번째 객체 (articles.article pk=11), 필드 "author"',
    "놀이터의 Article 모델에는 이 필드가 없습니다",
    "'user' 필드가 없습니다",
    "다른 이름('author')",
  ]);
  status = await upload(page, ['tests/fixtures_errors/article-missing-user/articles.json'], { mode: 'merge' });
  assert.equal(status.state, 'error', status.text);
  includesAll(status.text, [
    "여러분의 Article 객체에는 'user' 필드가 없는데 놀이터의 Article 모델에는 이 필드가 꼭 있어야 합니다",
    'NOT NULL constraint failed: articles_article.user_id',
  ]);
  assert.deepEqual(errors, []);
});

test('loading into the current data reports new and replaced objects, in both languages', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'orm-playground-merge-'));
  const file = join(dir, 'users.json');
  const user = (pk, username) => ({
    model: 'accounts.user',
    pk,
    fields: { password: '', username, date_joined: '2024-03-08T00:00:00Z' },
  });
  // pk 1 is the lesson's admin (replaced), pk 6 is new.
  await writeFile(file, JSON.stringify([user(1, 'admin'), user(6, '정싸피')]));

  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  const merge = page.getByTestId('load-mode-merge').locator('..');
  assert.match(await merge.textContent(), /같은 pk의 행은 덮어씀/);
  let status = await upload(page, [file], { mode: 'merge' });
  assert.equal(status.state, 'ok', status.text);
  includesAll(status.text, ['Installed 2 object(s) from 1 fixture(s)', '새로 1개, 같은 pk라 바뀐 1개']);

  await page.getByTestId('lang-switch').click();
  assert.match(await merge.textContent(), /rows with the same pk are replaced/);
  status = await upload(page, [file], { mode: 'merge' });
  assert.equal(status.state, 'ok', status.text);
  // Both rows exist now: both objects replace one.
  includesAll(status.text, ['Installed 2 object(s) from 1 fixture(s)', '0 new, 2 replaced (same pk)']);
  assert.deepEqual(errors, []);
});
