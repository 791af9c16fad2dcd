// Where the page's time goes: a CPU profile (Chrome DevTools Protocol) of
// the start, a 31 MB loaddata, a dumpdata --indent 4 and the naive
// select_and_prefetch page, self time summed by function. Needs a build that keeps wasm function names:
//   make profile   (scripts/profile builds it into target/profile-dist)
import { join } from 'node:path';
import { launch, serveDist, ROOT } from './browser.mjs';

const dir = join(ROOT, process.argv[2] ?? 'target/bench');
const fixture = join(dir, 'bench.json');
const { server, url } = await serveDist();
const context = await launch();

function report(name, profile, top = 35) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const fn = node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'program'})`;
    const us = dt[i + 1] ?? 0;
    total += us;
    self.set(fn, (self.get(fn) ?? 0) + us);
  });
  console.log(`\n## ${name}: ${(total / 1000).toFixed(0)} ms sampled`);
  const ranked = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  ranked.forEach(([fn, us]) => console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${(100 * us / total).toFixed(1).padStart(5)}%  ${fn.slice(0, 150)}`));
  // Who calls the busiest functions (by samples landing in them).
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const callers = new Map();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const up = parent.get(node.id);
    const key = `${node.callFrame.functionName} <- ${up?.callFrame.functionName ?? '?'}`;
    callers.set(key, (callers.get(key) ?? 0) + (dt[i + 1] ?? 0));
  });
  const busiest = new Set(ranked.slice(0, 12).map(([fn]) => fn).filter((fn) => !fn.startsWith('(')));
  console.log('  callers:');
  [...callers.entries()].filter(([key]) => busiest.has(key.split(' <- ')[0])).sort((a, b) => b[1] - a[1]).slice(0, 15)
    .forEach(([key, us]) => console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${key.replace(/::h[0-9a-f]{16}/g, '').slice(0, 170)}`));
}

const jobDone = (page, kind) => page.waitForFunction((kind) => {
  const el = document.querySelector('[data-testid=job-status]');
  return el && el.dataset.state !== 'running' && el.dataset.kind === kind ? el.dataset : null;
}, kind, { timeout: 600_000 });

try {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.getByTestId('variant-column').first().getByTestId('query-count').waitFor();
  report('start', (await cdp.send('Profiler.stop')).profile);

  await page.getByTestId('nav-fixtures').click();
  await page.getByTestId('load-mode-replace').check();
  await cdp.send('Profiler.start');
  await page.getByTestId('upload-input').setInputFiles(fixture);
  const load = await (await jobDone(page, 'load')).jsonValue();
  report(`loaddata (job ${load.ms} ms)`, (await cdp.send('Profiler.stop')).profile);

  await page.getByTestId('dump-indent').selectOption('4');
  await cdp.send('Profiler.start');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByTestId('download-dumpdata').click()]);
  await download.path();
  const dump = await (await jobDone(page, 'dump')).jsonValue();
  report(`dumpdata (job ${dump.ms} ms)`, (await cdp.send('Profiler.stop')).profile);

  await cdp.send('Profiler.start');
  await page.getByTestId('nav-select_and_prefetch').click();
  const run = await (await jobDone(page, 'run')).jsonValue();
  report(`select_and_prefetch page, 110,001 queries (job ${run.ms} ms)`, (await cdp.send('Profiler.stop')).profile);
} finally {
  await context.close();
  server.close();
}
