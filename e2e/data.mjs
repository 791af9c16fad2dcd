// Page helpers for the data tests: upload through the file input or a drop
// event, wait for the load to finish, download what a button saves.
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { ROOT } from './browser.mjs';

const path = (file) => (isAbsolute(file) ? file : join(ROOT, file));

/** The status line's sequence number (bumped by every new status). */
export async function statusSeq(page) {
  return Number(await page.getByTestId('load-status').getAttribute('data-seq'));
}

/** Waits for the status after `seq`; returns its state and text. */
export async function nextStatus(page, seq) {
  const status = page.locator(
    `[data-testid="load-status"]:not([data-state="running"]):not([data-seq="${seq}"])`,
  );
  await status.waitFor({ timeout: 60_000 });
  return { state: await status.getAttribute('data-state'), text: await status.textContent() };
}

/**
 * After an action that may replace the learner's data: waits until the
 * page either asks first (then answers yes, unless `confirm` is false) or
 * went ahead (a new status, or a load running).
 */
export async function answerReplace(page, seq, { confirm = true } = {}) {
  const question = page.getByTestId('confirm-replace');
  const ahead = page.locator(
    `[data-testid="load-status"][data-state="running"], [data-testid="load-status"]:not([data-seq="${seq}"])`,
  );
  await question.or(ahead).first().waitFor();
  const asked = (await question.count()) > 0;
  if (asked && confirm) await page.getByTestId('confirm-replace-yes').click();
  return asked;
}

/**
 * Uploads `files` (paths from the repository root or absolute) with the
 * picker (`via: 'input'`) or a synthetic drop on the page (`via: 'drop'`),
 * in `mode` ('replace' or 'merge'); resolves to the status it ends with.
 * Replacing the learner's own data asks first: the answer is yes.
 */
export async function upload(page, files, { via = 'input', mode = 'replace' } = {}) {
  await page.getByTestId(`load-mode-${mode}`).check();
  const seq = await statusSeq(page);
  if (via === 'input') {
    await page.getByTestId('upload-input').setInputFiles(files.map(path));
  } else {
    await drop(page, files);
  }
  if (mode === 'replace') await answerReplace(page, seq);
  return nextStatus(page, seq);
}

/** "Reset to the lesson data" (yes, when asked); resolves to its status. */
export async function resetData(page) {
  const seq = await statusSeq(page);
  await page.getByTestId('reset-data').click();
  await answerReplace(page, seq);
  return nextStatus(page, seq);
}

/** Drags `files` over the page and drops them, as a file manager would. */
export async function drop(page, files) {
  const payload = await Promise.all(
    files.map(async (file) => ({
      name: basename(file),
      data: (await readFile(path(file))).toString('base64'),
    })),
  );
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const { name, data } of files) {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name));
    }
    return dt;
  }, payload);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.getByTestId('drop-overlay').waitFor();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
}

/** The bytes of the download `click` starts. */
export async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/**
 * Downloads dumpdata from the fixtures page with these options: `label`
 * (an app or model, everything by default), `indent` ('', '2' or '4'),
 * `format`, `natural` (both natural-key flags).
 */
export async function dumpdata(page, { label = '', indent = '4', format = 'json', natural = false } = {}) {
  await page.getByTestId('nav-fixtures').click();
  await page.getByTestId('dump-label').selectOption(label);
  await page.getByTestId('dump-indent').selectOption(indent);
  await page.getByTestId('dump-format').selectOption(format);
  await page.getByTestId('dump-natural-foreign').setChecked(natural);
  await page.getByTestId('dump-natural-primary').setChecked(natural);
  return downloaded(page, () => page.getByTestId('download-dumpdata').click());
}

/** The CLI arguments matching `dumpdata(page, options)`. */
export function dumpArgs({ label = '', indent = '4', format = 'json', natural = false } = {}) {
  const args = label ? [label] : [];
  if (indent) args.push('--indent', indent);
  if (format !== 'json') args.push('--format', format);
  if (natural) args.push('--natural-foreign', '--natural-primary');
  return args;
}
