// The page's start, first visit against later visit: each round launches
// headless Chromium with a fresh profile (empty cache: a first visit),
// opens the page, closes the tab, then opens it again in the same profile
// (a later visit: the HTTP cache and V8's wasm code cache are warm, and the
// page finds what it saved). Prints one JSON line per visit and a summary
// (median and spread) per kind of visit.
//
//   node e2e/coldstart.mjs [rounds] [--js-flags=...] [--cache]
//
// --cache serves the site as a static host would, its hashed files
// cacheable (e2e/serve.mjs); without it nothing is cached, as in the tests.
//
// Where the time goes, from the page's clock (ms after navigation):
// - fcp: first contentful paint (index.html's static loading state);
// - wasmFetched: the wasm's responseEnd (resource timing);
// - instantiated: WebAssembly.instantiateStreaming resolved (fetch,
//   compile, instantiate);
// - mounted: the loading state left the DOM (Yew's first render: the
//   page's frame and the first page's text, before any data);
// - counted: the first pattern page's query counts entered the DOM (a
//   MutationObserver in the page);
// - interactive: Playwright saw them (waitFor, then an evaluate that
//   waits for the page's queued tasks: the columns' code and logs built a
//   task or two later);
// - longest: the longest main-thread task (PerformanceObserver longtask),
//   tasks: every task over 50 ms as [start, duration];
// - marks: the page's own performance marks (boot phases), and from them
//   frame (boot:frame: the first render, the frame, in the DOM),
//   database (boot:start → boot:database: the lesson database built, in
//   the task after the frame's),
//   scenarios (→ boot:scenarios: the first page's scenarios run, as jobs
//   in slices) and render (→ boot:rendered: the first render with their
//   results in the DOM; the columns' code and logs follow a task or two
//   later, src/ui/later.rs).
import { fileURLToPath } from 'node:url';
import { DIST, launch } from './browser.mjs';
import { serve } from './serve.mjs';

function observe() {
  window.__start = { tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__start.tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (...args) => {
    window.__start.instantiateCalled = performance.now();
    const result = await streaming.apply(WebAssembly, args);
    window.__start.instantiated = performance.now();
    return result;
  };
  new MutationObserver((_, observer) => {
    if (document.body && !document.getElementById('page-loading') && !window.__start.mounted) {
      window.__start.mounted = performance.now();
    }
    if (!window.__start.counted && document.querySelector('[data-testid="variant-column"] [data-testid="query-count"]')) {
      window.__start.counted = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function visit(context, url) {
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(url);
  await page.getByTestId('variant-column').first().getByTestId('query-count').waitFor();
  const interactive = await page.evaluate(() => performance.now());
  // Let the paint and longtask entries land.
  await page.waitForTimeout(300);
  const seen = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const wasm = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm'));
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
    return { ...window.__start, fcp, wasmFetched: wasm[0]?.responseEnd, wasmFetches: wasm.length, wasmTransfer: wasm[0]?.transferSize, marks };
  });
  await page.close();
  const round = (x) => (x === undefined ? undefined : Math.round(x));
  return {
    fcp: round(seen.fcp),
    wasmFetched: round(seen.wasmFetched),
    wasmFetches: seen.wasmFetches,
    wasmTransfer: seen.wasmTransfer,
    instantiated: round(seen.instantiated),
    mounted: round(seen.mounted),
    counted: round(seen.counted),
    interactive: round(interactive),
    longest: Math.max(0, ...seen.tasks.map(([, d]) => d)),
    tasks: seen.tasks,
    marks: seen.marks,
    // The boot's phases, from the page's marks (src/ui/state.rs, mod.rs).
    ...phases(seen.marks),
  };
}

/** The boot's phases in ms: database, scenarios, render (to the DOM). */
function phases(marks) {
  const span = (from, to) => (marks[from] === undefined || marks[to] === undefined ? undefined : marks[to] - marks[from]);
  return {
    frame: marks['boot:frame'],
    database: span('boot:start', 'boot:database'),
    scenarios: span('boot:database', 'boot:scenarios'),
    render: span('boot:scenarios', 'boot:rendered'),
  };
}

/**
 * Runs `rounds` rounds of a first visit then a later visit, each round in a
 * new browser profile, and returns every visit's figures by kind.
 */
export async function startVisits(url, rounds, flags = []) {
  const visits = { first: [], later: [] };
  for (let i = 0; i < rounds; i++) {
    const context = await launch({ args: flags });
    try {
      for (const kind of ['first', 'later']) visits[kind].push(await visit(context, url));
    } finally {
      await context.close();
    }
  }
  return visits;
}

/** Median and spread (min–max) of one figure over the rounds. */
export function spread(values) {
  const xs = values.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  return { median: xs[Math.floor(xs.length / 2)], min: xs[0], max: xs[xs.length - 1] };
}

/** Each figure's median and spread per kind of visit, marks included. */
export function summarize(visits) {
  const figures = ['fcp', 'wasmFetched', 'instantiated', 'mounted', 'frame', 'counted', 'interactive', 'longest', 'database', 'scenarios', 'render'];
  const summary = {};
  for (const [kind, list] of Object.entries(visits)) {
    summary[kind] = Object.fromEntries(figures.map((f) => [f, spread(list.map((v) => v[f]))]));
    const marks = new Set(list.flatMap((v) => Object.keys(v.marks)));
    for (const m of marks) summary[kind][m] = spread(list.map((v) => v.marks[m]));
  }
  return summary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
  const flags = process.argv.filter((a) => a.startsWith('--js-flags='));
  const cacheSeconds = process.argv.includes('--cache') ? 3600 : 0;
  const { server, url } = await serve({ dir: DIST, base: '/', cacheSeconds });
  try {
    const visits = await startVisits(url, rounds, flags);
    for (const [kind, list] of Object.entries(visits)) for (const v of list) console.log(JSON.stringify({ kind, ...v }));
    console.log(JSON.stringify({ flags, rounds, summary: summarize(visits) }, null, 1));
  } finally {
    server.close();
  }
}
