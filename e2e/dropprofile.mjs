// A CPU profile of dropping the medium fixture right after the start
// (issue 15): where the load's time goes. Run on a build whose wasm keeps
// its function names (scripts/named-site writes one), e.g.
//
//   DIST=target/named-site node e2e/dropprofile.mjs [first|later] [top]
//
// Prints self time by function, the top ones, from V8's sampling profiler.
import { launch, serveDist } from './browser.mjs';
import { generateFixture } from './generate.mjs';

const kind = process.argv[2] ?? 'first';
const top = Number(process.argv[3] ?? 40);

const fixture = await generateFixture({ users: 100, articles: 1_000, comments: 10_000, name: 'medium.json' });
const { server, url } = await serveDist();
const context = await launch({ locale: 'en-US' });
try {
  for (const visit of kind === 'later' ? ['first', 'later'] : ['first']) {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('variant-column').first().getByTestId('query-count').waitFor();
    // The first of two visits only warms the profile (HTTP cache, V8's
    // code cache); the later one, like the first, drops onto the lesson's
    // data, so no "Replace your data?" question comes in between.
    if (visit !== kind) {
      await page.close();
      continue;
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.getByTestId('load-mode-replace').check();
    await cdp.send('Profiler.start');
    await page.getByTestId('upload-input').setInputFiles(fixture);
    await page.waitForFunction(() => document.querySelector('[data-testid=load-status]')?.textContent.includes('Installed'), null, { timeout: 120_000, polling: 10 });
    const { profile: p } = await cdp.send('Profiler.stop');
    const ms = await page.evaluate(() => document.querySelector('[data-testid=job-status]')?.dataset.loadMs);
    const self = new Map();
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const dt = p.timeDeltas;
    let total = 0;
    p.samples.forEach((id, i) => {
      const n = byId.get(id);
      const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
      const d = (dt[i + 1] ?? 0) / 1000;
      total += d;
      self.set(name, (self.get(name) ?? 0) + d);
    });
    console.log(`${kind} visit: load job ${ms} ms; profiled ${total.toFixed(0)} ms`);
    for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${t.toFixed(1).padStart(8)} ms ${name.slice(0, 140)}`);
    await page.close();
  }
} finally {
  await context.close();
  server.close();
}
