// Where a drop of the medium fixture right after the start spends the
// main thread's time, from a Chromium trace (as e2e/starttrace.mjs does
// for the start): on a first visit (fresh profile), the tasks from the
// pick to Django's "Installed" message, each task over 20 ms split by
// trace event (wasm lazy compilation, script, layout, paint, GC). Tracing
// slows the page: read the shares, not the absolute times.
//
//   node e2e/droptrace.mjs
import { launch, serveDist } from './browser.mjs';
import { generateFixture } from './generate.mjs';

const fixture = await generateFixture({ users: 100, articles: 1_000, comments: 10_000, name: 'medium.json' });
const { server, url } = await serveDist();
const context = await launch({ locale: 'en-US' });
try {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('variant-column').first().getByTestId('query-count').waitFor();
  await page.getByTestId('load-mode-replace').check();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] },
    transferMode: 'ReportEvents',
  });
  const picked = await page.evaluate(() => performance.now());
  await page.getByTestId('upload-input').setInputFiles(fixture);
  const shown = await page.waitForFunction(
    () => (document.querySelector('[data-testid=load-status]')?.textContent.includes('Installed') ? performance.now() : null),
    null,
    { timeout: 120_000, polling: 10 },
  );
  const message = (await shown.jsonValue()) - picked;
  await page.waitForTimeout(100);
  await cdp.send('Tracing.end');
  await done;
  const job = await page.evaluate(() => document.querySelector('[data-testid=job-status]')?.dataset.loadMs);
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const count = (m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid).length;
  const main = mains.sort((a, b) => count(b) - count(a))[0];
  const mt = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const start = Math.min(...mt.map((e) => e.ts));
  const agg = new Map();
  for (const e of mt) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur);
  console.log(`pick to message ${message.toFixed(0)} ms (traced), load job ${job} ms`);
  console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, d]) => `${(d / 1000).toFixed(1).padStart(8)} ${n}`).join('\n'));
  const tasks = mt.filter((e) => e.name === 'RunTask' && e.dur > 20000);
  for (const t of tasks) {
    const inner = new Map();
    for (const e of mt) if (e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask') inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur);
    console.log(`  task @${((t.ts - start) / 1000).toFixed(0)} ${(t.dur / 1000).toFixed(0)}ms:`, [...inner].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', '));
  }
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing')).map((e) => `${e.name}@${((e.ts - start) / 1000).toFixed(0)}`);
  console.log('marks:', marks.join(' '));
} finally {
  await context.close();
  server.close();
}
