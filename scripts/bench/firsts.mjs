// `node scripts/bench/firsts.mjs <mount>… [--samples n]`: first render and whole time of mounts
// (scripts/bench/mounts.mjs), at full speed and 4×, from bundles built from the sources; prints only.
import { fileURLToPath } from 'node:url';
import { PROFILES, firstRender, openHarness } from './browser.mjs';
import { mounts } from './mounts.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const core = await import(new URL('../../packages/core/dist/index.js', import.meta.url).href);
const args = process.argv.slice(2);
const i = args.indexOf('--samples');
const samples = i >= 0 ? Number(args.splice(i, 2)[1]) : 5;
const M = await mounts(core, root);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const h = await openHarness(root, { sources: true });
for (const name of args) {
  const mount = M[name];
  if (!mount) throw new Error(`no mount ${name}`);
  const line = [];
  for (const p of PROFILES) {
    const first = [], whole = [];
    for (let s = 0; s < samples; s++) {
      await h.fresh(p.rate);
      first.push(await firstRender(h, mount.tag, mount));
      whole.push(await h.page.evaluate(() => bench.whole));
    }
    line.push(`${p.rate}×: first ${median(first).toFixed(1)} ms, whole ${median(whole).toFixed(1)} ms`);
  }
  console.log(`${name}: ${line.join('; ')}`);
}
await h.close();
