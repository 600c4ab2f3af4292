// `node scripts/bench/profile.mjs <scenario> [rate] [--trace]`: what one measured action of
// `pnpm bench` spends its time on, on unminified bundles built from the sources. Without --trace, a
// CPU profile (CDP Profiler, 100 µs sampling) printed as the functions with the most self and total
// time; with --trace, a Chromium trace (devtools.timeline) summed by event (script, style, layout,
// paint…). How the changes in docs/performance.md were found.
//   scenarios: first:<mount> — a first render to its first screen, <mount> one of scripts/bench/mounts.mjs
//              (referral, supportSharing, plan30, plan200, year, long, session, map, report), or
//              first:empty:<tag> for a component with no value;
//              otherwise a pattern naming one of the bench's interactions (`interactions` in
//              mounts.mjs), e.g. 'kind' or '200 actions.*add': two repetitions warm it, eight are recorded.
import { fileURLToPath } from 'node:url';
import { interaction, openHarness, repeatAction } from './browser.mjs';
import { interactions, mounts } from './mounts.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const core = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);
const args = process.argv.slice(2);
const trace = args.includes('--trace');
const [scenario = 'first:plan200', rate = '1'] = args.filter((a) => a !== '--trace');
const M = await mounts(core, root);
const [kind, which, tag] = scenario.split(':');
const chosen =
  kind === 'first'
    ? undefined
    : interactions(M).find(([component, size, action]) => new RegExp(scenario, 'i').test(`${component} ${size} ${action}`));
const mount = kind !== 'first' ? chosen?.[3] : which === 'empty' ? { tag } : M[which];
if (!mount) throw new Error(`unknown scenario ${scenario}`);
const h = await openHarness(root, { readable: true });
await h.fresh(Number(rate));

/** Starts and stops the recording; `report()` prints it. */
const recorder = trace ? tracer(h.cdp) : profiler(h.cdp);
let ms;
if (kind === 'first') {
  await recorder.start();
  ms = [await h.page.evaluate((m) => bench.mount(m.tag, m.props, m.attrs), mount)]; // to the first screen
  await recorder.stop();
} else {
  const [, , action, , act, before] = chosen;
  await interaction(h, mount, act, 2, before); // the templates of what the action shows, built once
  await recorder.start();
  ms = await repeatAction(h, 8);
  await recorder.stop();
  console.log(`${chosen[0]}, ${chosen[1]}: ${action}`);
}
await h.close();
console.log(`${scenario} at ${rate}×: ${ms.map((x) => x.toFixed(1)).join(', ')} ms\n`);
console.log(recorder.report());

/**
 * A CPU profile: of the first render, or of each interaction's timed part only (from the action to
 * its result laid out; page.js brackets it with console.profile), added up.
 */
function profiler(cdp) {
  const profiles = [];
  let first = false;
  cdp.on('Profiler.consoleProfileFinished', (e) => profiles.push(e.profile));
  return {
    async start() {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      first = kind === 'first';
      if (first) await cdp.send('Profiler.start');
      else await h.page.evaluate(() => (bench.profiling = true));
    },
    async stop() {
      if (first) profiles.push((await cdp.send('Profiler.stop')).profile);
      else await h.page.evaluate(() => (bench.profiling = false));
    },
    report() {
      return profiles.length === 1 ? summary(profiles[0]) : `${profiles.length} profiles added up\n\n${summary(profiles)}`;
    },
  };
}

/** Self and total time per function of one profile or several. */
function summary(list) {
  const self = new Map(),
    total = new Map();
  for (const profile of [list].flat()) {
    // Self time per function from the samples; total time by walking each sample's stack.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const k of n.children ?? []) parent.set(k, n.id);
    const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const t = (dt[i + 1] ?? 0) / 1000;
      const n = byId.get(id);
      self.set(name(n), (self.get(name(n)) ?? 0) + t);
      const seen = new Set();
      for (let x = id; x !== undefined; x = parent.get(x)) {
        const k = name(byId.get(x));
        if (!seen.has(k)) {
          seen.add(k);
          total.set(k, (total.get(k) ?? 0) + t);
        }
      }
    });
  }
  return `self time:\n${top(self, 30)}\n\ntotal time:\n${top(total, 40)}`;
}

function tracer(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  return {
    start: () =>
      cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
        transferMode: 'ReportEvents',
      }),
    async stop() {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
    },
    report() {
      // Complete events ('X') of the renderer's main thread, by name; nested events are counted in their parents too.
      const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const byName = new Map();
      for (const e of events)
        if (e.ph === 'X' && e.dur && (!main || (e.pid === main.pid && e.tid === main.tid)))
          byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
      return `main thread, by trace event (ms, nested events counted in their parents too):\n${top(byName, 30)}`;
    },
  };
}

function top(m, n) {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
}
