// The browser side of `make bench`: the release build in headless Chromium
// on the same 31 MB fixture Django was timed on (target/bench/bench.json and
// target/bench/django.json, written by tests/django_reference/bench.py in
// the same run). Prints Markdown table rows; scripts/bench merges them into
// BENCHMARKS.md.
//
//   node e2e/bench.mjs [target/bench]
import { readFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { launch, serveDist, DIST, ROOT } from './browser.mjs';
import { startVisits, summarize } from './coldstart.mjs';

const dir = join(ROOT, process.argv[2] ?? 'target/bench');
const django = JSON.parse(await readFile(join(dir, 'django.json'), 'utf8'));
const fixture = join(dir, 'bench.json');

/** Every file of dist/, gzipped at level 9, summed: what a visitor downloads. */
async function transferSize(root) {
  let total = 0;
  let raw = 0;
  for (const entry of await readdir(root, { recursive: true })) {
    const path = join(root, entry);
    if ((await stat(path)).isFile()) {
      const bytes = await readFile(path);
      raw += bytes.length;
      total += gzipSync(bytes, { level: 9 }).length;
    }
  }
  return { total, raw };
}

/**
 * The largest renderer process's memory in MB: its private footprint (what
 * Chrome's task manager shows for a tab: private pages, from smaps_rollup)
 * and its resident set (which adds the pages it shares with every other
 * Chromium process, the browser's own code among them).
 */
function rendererMemoryMb() {
  const out = execFileSync('ps', ['-eo', 'pid=,rss=,args='], { encoding: 'utf8' });
  const renderers = out
    .split('\n')
    .filter((line) => line.includes('--type=renderer'))
    .map((line) => line.trim().split(/\s+/).slice(0, 2).map(Number));
  const memory = renderers.map(([pid, rss]) => {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (key) => Number(rollup.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
    return { rss: rss / 1024, private: (kb('Private_Clean') + kb('Private_Dirty')) / 1024 };
  });
  return memory.reduce((a, b) => (b.private > a.private ? b : a), { rss: 0, private: 0 });
}

const jobDone = (page, kind) =>
  page.waitForFunction(
    (kind) => {
      const el = document.querySelector('[data-testid=job-status]');
      return el && el.dataset.state !== 'running' && el.dataset.kind === kind ? el.dataset : null;
    },
    kind,
    { timeout: 600_000 },
  );

const rows = [];
const ratio = (theirs, ours) => `${(theirs / ours).toFixed(theirs / ours >= 10 ? 0 : 1)}× faster`;

const { total, raw } = await transferSize(DIST);
rows.push(`| whole site, gzip -9 transfer (${(raw / 1024).toFixed(0)} KB raw) | | ${(total / 1024).toFixed(0)} KB | target ≤ 600 KB |`);

const { server, url } = await serveDist();

// The start, first visit (fresh profile: empty cache) against a later one
// (the same profile again), 5 rounds each: median (min–max).
const START_ROUNDS = 5;
const start = summarize(await startVisits(url, START_ROUNDS));
const fig = (s) => `${s.median} ms (${s.min}–${s.max})`;
for (const [kind, label] of [['first', 'first visit, empty cache'], ['later', 'later visit, same profile']]) {
  const s = start[kind];
  rows.push(`| start, ${label} (median (min–max) of ${START_ROUNDS}): first paint ${fig(s.fcp)}; longest start task ${fig(s.longest)} | | ${fig(s.interactive)} to the first interactive pattern page | targets: paint ≤ 150 ms, interactive ≤ 400 ms, task ≤ 50 ms |`);
}

const context = await launch();
try {
  const page = await context.newPage();
  // Long tasks: when and how long the page's main thread was blocked,
  // told apart by phase (each phase's start on the page's clock).
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const phases = [['start', 0]];
  const phase = async (name) => phases.push([name, await page.evaluate(() => performance.now())]);

  // Navigation to the first interactive pattern page (the app opens on one).
  await page.goto(url);
  await page.getByTestId('variant-column').first().getByTestId('query-count').waitFor();
  const interactive = await page.evaluate(() => performance.now());
  rows.push(`| navigation to the first interactive pattern page (localhost) | | ${interactive.toFixed(0)} ms | target ≤ 1 s |`);

  // manage shell in the page: the 5-line ORM program of benches/python.rs
  // on the lesson data, from the Run click to the finished run shown
  // (parse, run with its 4 queries, render of output and log).
  await page.getByTestId('nav-console').click();
  await page.getByTestId('console-editor').fill([
    'from django.db.models import Count',
    "qs = Article.objects.select_related('user').annotate(n=Count('comment')).order_by('-n', 'pk')",
    'for a in qs[:5]:',
    "    print(f'{a.title} by {a.user.username}: {a.n}')",
    "print(Article.objects.filter(like_users__username='admin').count(), User.objects.get(pk=1).followings.count())",
  ].join('\n'));
  const shellRuns = [];
  for (let i = 1; i <= 11; i++) {
    const t0 = Date.now();
    await page.getByTestId('console-run').click();
    await page.locator(`[data-testid="console-output"][data-run="${i}"]`).waitFor({ timeout: 60_000 });
    shellRuns.push(Date.now() - t0);
  }
  shellRuns.sort((a, b) => a - b);
  rows.push(`| manage shell in the page: a 5-line ORM program (4 queries) from Run to its output and log shown (median (min–max) of 11) | | ${shellRuns[5]} ms (${shellRuns[0]}–${shellRuns[10]}) | natively 0.58 ms (\`cargo bench --bench python\`); target < 2 ms natively |`);

  // loaddata: upload the fixture, replacing the data.
  await page.getByTestId('nav-fixtures').click();
  await phase('loaddata');
  await page.getByTestId('load-mode-replace').check();
  await page.getByTestId('upload-input').setInputFiles(fixture);
  const load = await (await jobDone(page, 'load')).jsonValue();
  const loadMs = Number(load.ms);
  const status = await page.getByTestId('load-status').textContent();
  if (!status.includes('Installed 111000 object(s)')) throw new Error(`load failed: ${status}`);
  rows.push(`| loaddata in the browser, 111,000 objects (31 MB) | ${django.loaddata.toFixed(2)} s | ${(loadMs / 1000).toFixed(2)} s | ${ratio(django.loaddata * 1000, loadMs)} |`);

  // dumpdata: everything, --indent 4: the job's time, and from the click
  // to the file Chromium saved.
  await page.getByTestId('dump-indent').selectOption('4');
  await phase('dumpdata');
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByTestId('download-dumpdata').click()]);
  await download.path();
  const savedMs = Date.now() - started;
  const dumpMs = Number((await (await jobDone(page, 'dump')).jsonValue()).ms);
  rows.push(`| dumpdata --indent 4 in the browser (click to saved file: ${(savedMs / 1000).toFixed(2)} s) | ${django.dumpdata.toFixed(2)} s | ${(dumpMs / 1000).toFixed(2)} s | ${ratio(django.dumpdata * 1000, dumpMs)} |`);

  // The naive select_and_prefetch page: 110,001 queries, in slices.
  await phase('pattern page');
  await page.getByTestId('nav-select_and_prefetch').click();
  await jobDone(page, 'run');
  const naive = page.locator('[data-testid=variant-column][data-variant=naive]');
  const naiveMs = Number(await naive.getAttribute('data-busy-ms'));
  const queries = (await naive.getByTestId('query-count').textContent()).replace(/\D/g, '');
  rows.push(`| naive select_and_prefetch in the browser, ${queries} queries | ${django.select_and_prefetch_naive.toFixed(2)} s | ${(naiveMs / 1000).toFixed(2)} s | ${(naiveMs / (django.select_and_prefetch_naive * 1000)).toFixed(2)}× Django's time (target ≤ 0.5×) |`);

  const tasks = await page.evaluate(() => window.__tasks);
  const longest = Math.max(0, ...tasks.map(([, duration]) => duration));
  const during = phases.map(([name, from], i) => {
    const to = phases[i + 1]?.[1] ?? Infinity;
    const inPhase = tasks.filter(([start]) => start >= from && start < to).map(([, d]) => d);
    return `${name} ${Math.max(0, ...inPhase).toFixed(0)} ms`;
  });
  rows.push(`| longest main-thread block during all of the above (${during.join(', ')}) | | ${longest.toFixed(0)} ms | target ≤ 100 ms |`);
  const memory = rendererMemoryMb();
  rows.push(`| tab memory with the large dataset loaded and the page above run: private footprint (resident incl. shared Chromium pages: ${memory.rss.toFixed(0)} MB) | | ${memory.private.toFixed(0)} MB | target ≤ 300 MB |`);
} finally {
  await context.close();
  server.close();
}
console.log(rows.join('\n'));
