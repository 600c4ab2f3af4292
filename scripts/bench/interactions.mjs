// `node scripts/bench/interactions.mjs <pattern> [pages]`: the interactions of `pnpm bench` whose
// component, size or name matches <pattern> (a regular expression, case-insensitive), timed the
// same way at full speed and at 4×, from bundles built from the sources. Prints the figures and
// writes nothing: a check of one change in a few minutes, before the whole bench confirms it.
//   e.g. node scripts/bench/interactions.mjs 'filter|add an action' 3
import { fileURLToPath } from 'node:url';
import { PROFILES, interaction, openHarness } from './browser.mjs';
import { interactions, mounts } from './mounts.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const core = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);
const [pattern = '.', pages = '3'] = process.argv.slice(2);
const match = new RegExp(pattern, 'i');
const chosen = interactions(await mounts(core, root)).filter(([component, size, action]) => match.test(`${component} ${size} ${action}`));
if (chosen.length === 0) throw new Error(`no interaction matches ${pattern}`);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const fmt = (x) => x.toFixed(1);
const h = await openHarness(root, { sources: true });
for (const [component, size, action, mount, act, before] of chosen) {
  const line = [];
  for (const p of PROFILES) {
    const out = [];
    for (let s = 0; s < Number(pages); s++) {
      await h.fresh(p.rate);
      out.push(...(await interaction(h, mount, act, 16, before)).slice(2)); // as `pnpm bench`
    }
    line.push(`${p.rate}×: ${fmt(median(out))} ms (${fmt(Math.min(...out))}–${fmt(Math.max(...out))})`);
  }
  console.log(`${component}, ${size}, ${action}: ${line.join('; ')}`);
}
if (h.errors.length) throw new Error(`the page reported errors:\n${h.errors.join('\n')}`);
await h.close();
