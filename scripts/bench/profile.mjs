// `node scripts/bench/profile.mjs <scenario> [rate]`: a CPU profile (CDP Profiler, 100 µs sampling) of
// one measured action of `pnpm bench`, on unminified bundles built from the sources, printed as the
// functions with the most self and total time. How the changes in docs/performance.md were found.
//   scenarios: first:<mount> — a first render to its first screen, <mount> one of scripts/bench/mounts.mjs
//              (referral, supportSharing, plan30, plan200, year, long, session, map, report), or
//              first:empty:<tag> for a component with no value;
//              kind-filter (the case record of 500 entries), add-action (the plan of 200)
import { fileURLToPath } from 'node:url';
import { openHarness } from './browser.mjs';
import { mounts } from './mounts.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const core = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);
const [scenario = 'first:plan200', rate = '1'] = process.argv.slice(2);
const M = await mounts(core, root);
const [kind, which, tag] = scenario.split(':');
const mount = kind !== 'first' ? (scenario === 'kind-filter' ? M.long : M.plan200) : which === 'empty' ? { tag } : M[which];
if (!mount) throw new Error(`unknown scenario ${scenario}`);
const h = await openHarness(root, { readable: true });
await h.fresh(Number(rate));
if (kind !== 'first') await h.page.evaluate((m) => bench.first(m.tag, m.props, m.attrs), mount);
await h.cdp.send('Profiler.enable');
await h.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await h.cdp.send('Profiler.start');
const ms = await h.page.evaluate(([kind, scenario, m]) => {
  if (kind === 'first') return bench.mount(m.tag, m.props, m.attrs); // to the first screen: later slices are not in the profile
  const sr = benchEl.shadowRoot;
  if (scenario === 'kind-filter') return bench.step(() => [...sr.querySelectorAll('input[type=checkbox][data-view]')].find((x) => x.parentElement.textContent.includes('支援経過')).click());
  return bench.step(() => sr.querySelector('#f-actions-add').click());
}, [kind, scenario, mount]);
const { profile } = await h.cdp.send('Profiler.stop');
await h.close();
// Self time per function from the samples; total time by walking each sample's stack.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const k of n.children ?? []) parent.set(k, n.id);
const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const self = new Map(), total = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const t = (dt[i + 1] ?? 0) / 1000;
  const n = byId.get(id);
  self.set(name(n), (self.get(name(n)) ?? 0) + t);
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) { const k = name(byId.get(x)); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + t); } }
});
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
console.log(`${scenario} at ${rate}×: ${ms.toFixed(1)} ms\n\nself time:\n${top(self, 30)}\n\ntotal time:\n${top(total, 40)}`);
