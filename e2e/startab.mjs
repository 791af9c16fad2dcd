// Two builds of the site, the start's figures side by side in the same
// run (e2e/coldstart.mjs), alternating so load on the machine hits both:
//
//   node e2e/startab.mjs <before-dist> <after-dist> [rounds] [repeats]
import { serve } from './serve.mjs';
import { startVisits, summarize } from './coldstart.mjs';
const dirs = { before: process.argv[2], after: process.argv[3] };
const rounds = Number(process.argv[4] ?? 3), repeats = Number(process.argv[5] ?? 2);
const all = { before: { first: [], later: [] }, after: { first: [], later: [] } };
for (let r = 0; r < repeats; r++) for (const k of ['before', 'after']) {
  const { server, url } = await serve({ dir: dirs[k], base: '/' });
  const v = await startVisits(url, rounds);
  server.close();
  for (const kind of ['first', 'later']) all[k][kind].push(...v[kind]);
}
for (const k of ['before', 'after']) {
  const s = summarize(all[k]);
  for (const kind of ['first', 'later']) console.log(k, kind, Object.entries(s[kind]).filter(([, x]) => x).map(([f, x]) => `${f} ${x.median} (${x.min}–${x.max})`).join('; '));
}
