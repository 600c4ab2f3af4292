// `node scripts/bench/check.mjs <scenario>… [--pages n]`: a few of `pnpm bench`'s browser figures,
// timed the same way at full speed and at 4×, from bundles built from the sources. Prints them and
// writes nothing: a check of one change in a few minutes, before the whole bench confirms it.
//   scenarios: first:<mount> — first render and whole time of a mount of scripts/bench/mounts.mjs
//              (in n fresh pages, 5 unless said); otherwise a pattern (a regular expression,
//              case-insensitive) naming the bench's interactions to time (in n pages, 3 unless said).
//   e.g. node scripts/bench/check.mjs 'filter|add an action' first:plan30
import { fileURLToPath } from 'node:url';
import { PROFILES, firstRender, interaction, openHarness } from './browser.mjs';
import { interactions, mounts } from './mounts.mjs';
import { fmt, median } from './stats.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const core = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);
const args = process.argv.slice(2);
const at = args.indexOf('--pages');
const pages = at >= 0 ? Number(args.splice(at, 2)[1]) : undefined;
const M = await mounts(core, root);
const h = await openHarness(root, { sources: true });
/** Median and range of samples. */
const figure = (xs) => `${fmt(median(xs))} ms (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;
for (const scenario of args) {
  if (scenario.startsWith('first:')) {
    const mount = M[scenario.slice(6)];
    if (!mount) throw new Error(`no mount ${scenario.slice(6)}`);
    const line = [];
    for (const p of PROFILES) {
      const first = [],
        whole = [];
      for (let s = 0; s < (pages ?? 5); s++) {
        await h.fresh(p.rate);
        first.push(await firstRender(h, mount.tag, mount));
        whole.push(await h.page.evaluate(() => bench.whole));
      }
      line.push(`${p.rate}×: first ${figure(first)}, whole ${fmt(median(whole))} ms`);
    }
    console.log(`${scenario}: ${line.join('; ')}`);
    continue;
  }
  const match = new RegExp(scenario, 'i');
  const chosen = interactions(M).filter(([component, size, action]) => match.test(`${component} ${size} ${action}`));
  if (chosen.length === 0) throw new Error(`no interaction matches ${scenario}`);
  for (const [component, size, action, mount, act, before] of chosen) {
    const line = [];
    for (const p of PROFILES) {
      const out = [];
      for (let s = 0; s < (pages ?? 3); s++) {
        await h.fresh(p.rate);
        out.push(...(await interaction(h, mount, act, 16, before)).slice(2)); // as `pnpm bench`
      }
      line.push(`${p.rate}×: ${figure(out)}`);
    }
    console.log(`${component}, ${size}, ${action}: ${line.join('; ')}`);
  }
}
if (h.errors.length) throw new Error(`the page reported errors:\n${h.errors.join('\n')}`);
await h.close();
