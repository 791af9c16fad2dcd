// A panic in the wasm app must not leave a dead page: a banner in both
// languages says the data is safe and offers a reload, and the reload
// brings back the saved state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite } from '../browser.mjs';

const suite = browserSuite();

test('a panic shows the banner, and reloading keeps the data and state', async () => {
  const { page, errors } = await suite.open({ locale: 'ko-KR' });
  await page.getByTestId('nav-follow').click();
  const button = page.getByTestId('follow-button').first();
  const pk = await button.getAttribute('data-user-pk');
  const pressed = (await button.getAttribute('aria-pressed')) === 'true';
  await button.click();
  const toggled = `[data-testid="follow-button"][data-user-pk="${pk}"][aria-pressed="${!pressed}"]`;
  await page.locator(toggled).waitFor();

  await page.evaluate(() => {
    try {
      window.wasmBindings.__ormPlaygroundPanicForTests();
    } catch {
      // The panic surfaces as a thrown RuntimeError; the hook has run.
    }
  });
  const banner = page.getByTestId('crash-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /데이터는 안전/);
  assert.match(await banner.textContent(), /Your data is safe/);
  assert.ok(errors.some((e) => e.includes('panicked')), 'the panic is logged to the console');

  await Promise.all([page.waitForEvent('load'), page.getByTestId('crash-reload').click()]);
  await page.getByTestId('nav-follow').click();
  await page.locator(toggled).waitFor();
  assert.equal(await page.getByTestId('crash-banner').count(), 0);
});
