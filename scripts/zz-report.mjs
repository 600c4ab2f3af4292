import { forReport, generateCase } from './bench/generate.mjs';
const core = await import(new URL('../packages/core/dist/index.js', import.meta.url).href);
const n = 100_000;
const cases = Array.from({ length: n }, (_, i) => JSON.parse(JSON.stringify(forReport(generateCase(i), i))));
const times = [];
for (let s = 0; s < 7; s++) { const t0 = performance.now(); core.buildReport(cases); times.push(performance.now() - t0); }
times.sort((a, b) => a - b);
console.log('median', times[3].toFixed(0), 'all', times.map((t) => t.toFixed(0)).join(' '));
