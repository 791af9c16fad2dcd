// Dropping a fixture right after the start, first visit against later
// visit (issue 15): each round launches headless Chromium with a fresh
// profile, opens the page, waits for the first pattern page's query counts,
// then picks the medium fixture (100 users, 1,000 articles, 10,000
// comments: 11,100 objects, ~3 MB) in the data bar, replacing the data,
// and times it until Django's "Installed 11100 object(s)" message is on the
// page; then the same in a later visit of the same profile (which reopens
// the first visit's data, so the replacement is confirmed first). Prints one JSON
// line per visit and a summary (median and spread) per kind of visit.
//
//   node e2e/dropstart.mjs [rounds]
//
// Django's `loaddata` of the same file is timed in the same run
// (tests/django_reference/loadtime.py, 3 runs) and each kind of visit's
// median message time is set against its median.
//
// Figures per visit (ms): `message`, from picking the file to the message
// in the DOM; `job`, the load job's own time (`data-load-ms`). Then the
// message's time from the page's side, split into phases by the page's
// performance marks: `read` (the input's change event to the file's bytes
// in memory, `upload:read`), `queued` (to the load job's start,
// `job:load:start`), `ran` (the job, to its result applied,
// `job:load:end`) and `shown` (to the message in the DOM, seen by a
// MutationObserver); `page` is their sum, the time a learner waits
// (`message` also holds Playwright's own time to hand the file over).
import { join } from 'node:path';
import { launch, serveDist } from './browser.mjs';
import { generateFixture } from './generate.mjs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const OBJECTS = 11_100;

async function visit(context, url, fixture, kind) {
  const page = await context.newPage();
  await page.addInitScript(watchDrop);
  await page.goto(url);
  await page.getByTestId('variant-column').first().getByTestId('query-count').waitFor();
  await page.getByTestId('load-mode-replace').check();
  let since = await page.evaluate(() => performance.now());
  await page.getByTestId('upload-input').setInputFiles(fixture);
  // A later visit reopens the first visit's upload, so replacing it asks
  // first: the time then runs from the answer.
  if (kind === 'later') {
    const confirm = page.getByTestId('confirm-replace-yes');
    await confirm.waitFor();
    since = await page.evaluate(() => performance.now());
    await confirm.click();
  }
  const job = await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-testid=load-status]');
      return status?.textContent.includes('Installed') ? { at: performance.now(), status: status.textContent } : null;
    },
    null,
    { timeout: 120_000, polling: 10 },
  ).catch(async (err) => {
    const shown = await page.evaluate(() => [...document.querySelectorAll('[data-testid=job-status],[data-testid=load-status]')].map((e) => e.outerHTML.slice(0, 300)));
    throw new Error(`${err.message}: ${JSON.stringify(shown)}`);
  });
  const seen = await job.jsonValue();
  if (!seen.status.includes(`Installed ${OBJECTS} object(s)`)) throw new Error(`load failed: ${seen.status}`);
  // The load job's own time: the job status keeps it after the run the
  // new data starts.
  seen.ms = await page.waitForFunction(() => document.querySelector('[data-testid=job-status]')?.dataset.loadMs).then((h) => h.jsonValue());
  const phases = await page.evaluate(() => {
    const last = (name) => performance.getEntriesByName(name).at(-1)?.startTime;
    const { picked, confirmed, shown } = window.__drop;
    const [read, queued, ran] = ['upload:read', 'job:load:start', 'job:load:end'].map(last);
    const from = confirmed ?? read;
    return { read: confirmed ? 0 : read - picked, queued: queued - from, ran: ran - queued, shown: shown - ran, page: shown - (confirmed ?? picked) };
  });
  await page.close();
  const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
  return { message: Math.round(seen.at - since), job: Math.round(seen.ms), ...round(phases) };
}

/** In the page: when the upload input changed, and when "Installed" showed. */
function watchDrop() {
  window.__drop = {};
  document.addEventListener(
    'change',
    (e) => {
      if (e.target?.dataset?.testid === 'upload-input') window.__drop = { picked: performance.now() };
    },
    true,
  );
  // A later visit asks "Replace your data?" after reading the file: its
  // time then runs from the answer.
  document.addEventListener(
    'click',
    (e) => {
      if (e.target?.closest?.('[data-testid=confirm-replace-yes]')) window.__drop.confirmed = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    const drop = window.__drop;
    if (drop.picked !== undefined && drop.shown === undefined && document.querySelector('[data-testid=load-status]')?.textContent.includes('Installed')) {
      drop.shown = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const rounds = Number(process.argv[2] ?? 3);
  const fixture = await generateFixture({ users: 100, articles: 1_000, comments: 10_000, name: 'medium.json' });
  const { server, url } = await serveDist();
  const visits = { first: [], later: [] };
  try {
    for (let i = 0; i < rounds; i++) {
      const context = await launch({ locale: 'en-US' });
      try {
        for (const kind of ['first', 'later']) {
          const figures = await visit(context, url, fixture, kind);
          visits[kind].push(figures);
          console.log(JSON.stringify({ kind, ...figures }));
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    server.close();
  }
  // Django's loaddata of the same file, in the same run.
  const django = JSON.parse(
    execFileSync(join(ROOT, 'tests/django_reference/python'), [join(ROOT, 'tests/django_reference/loadtime.py'), fixture, '3'], {
      encoding: 'utf8',
    }).trim().split('\n').pop(),
  ).loaddata.map((s) => s * 1000);
  const djangoMs = median(django);
  console.log(JSON.stringify({ django: `${Math.round(djangoMs)} (${Math.round(Math.min(...django))}–${Math.round(Math.max(...django))})` }));
  for (const [kind, list] of Object.entries(visits)) {
    const summary = Object.fromEntries(
      ['message', 'job', 'page', 'read', 'queued', 'ran', 'shown'].map((key) => {
        const xs = list.map((v) => v[key]);
        return [key, `${median(xs)} (${Math.min(...xs)}–${Math.max(...xs)})`];
      }),
    );
    const ratio = (key) => `${(djangoMs / median(list.map((v) => v[key]))).toFixed(1)}×`;
    console.log(JSON.stringify({ kind, rounds, ...summary, djangoOverMessage: ratio('message'), djangoOverPage: ratio('page') }));
  }
}

await main();
