// Where the start's main-thread time goes, from a Chromium trace (CDP
// Tracing, devtools.timeline and v8.wasm): a first visit (fresh profile)
// then a later one, each task over 20 ms split by trace event (wasm lazy
// compilation, script, layout, paint), and the wasm compile events summed
// over all threads (baseline Liftoff vs TurboFan tier-up). Tracing slows
// the page: read the shares, not the absolute times.
//
//   node e2e/starttrace.mjs [--js-flags=...]
import { launch, serveDist } from './browser.mjs';
const extra = process.argv.filter((a) => a.startsWith('--js-flags='));
const { server, url } = await serveDist();
const context = await launch({ args: extra });
for (const kind of ['first','later']) {
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline','v8','v8.wasm','disabled-by-default-devtools.timeline','blink.user_timing','loading'] }, transferMode: 'ReportEvents' });
await page.goto(url);
await page.getByTestId('variant-column').first().getByTestId('query-count').waitFor();
await page.waitForTimeout(200);
await cdp.send('Tracing.end'); await done;
// main thread of renderer: thread with CrRendererMain
const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const count = (m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid).length;
const main = mains.sort((a, b) => count(b) - count(a))[0];
const nav = events.find((e) => e.name === 'navigationStart' || e.name==='NavigationStartToFirstContentfulPaint')?.ts ?? Math.min(...events.filter(e=>e.ts>0).map(e=>e.ts));
const mt = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
const agg = new Map();
for (const e of mt) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur);
console.log(`== ${kind} ${extra}`);
console.log([...agg].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([n,d])=>`${(d/1000).toFixed(1).padStart(8)} ${n}`).join('\n'));
const tasks = mt.filter(e => e.name === 'RunTask' && e.dur > 20000).map(e => [((e.ts-nav)/1000).toFixed(0), (e.dur/1000).toFixed(0)]);
console.log('tasks>20ms (start,dur):', JSON.stringify(tasks));
for (const t of mt.filter(e => e.name === 'RunTask' && e.dur > 20000)) {
  const inner = new Map();
  for (const e of mt) if (e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask') inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur);
  console.log(`  task @${((t.ts-nav)/1000).toFixed(0)} ${(t.dur/1000).toFixed(0)}ms:`, [...inner].sort((a,b)=>b[1]-a[1]).slice(0,8).map(([n,d])=>`${n} ${(d/1000).toFixed(0)}`).join(', '));
}
// wasm events anywhere
const w = events.filter(e => /wasm|Wasm/.test(e.name)).reduce((m,e)=>{m[e.name]=(m[e.name]??0)+(e.dur??0);return m;},{});
console.log('wasm events (ms):', JSON.stringify(Object.fromEntries(Object.entries(w).map(([k,v])=>[k,+(v/1000).toFixed(1)]))));
await page.close();
}
await context.close(); server.close();
