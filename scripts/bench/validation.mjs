// Validation throughput against ajv, for `pnpm bench` and as a quick check of its own:
//   node scripts/bench/validation.mjs [--quick] [--core path/to/core.mjs]
// The core is packages/core/dist (run `pnpm build` first) unless --core names another build,
// e.g. the sources bundled with esbuild, to compare two versions side by side.
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as z from 'zod/mini';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCase } from './generate.mjs';
import { fmt, median } from './stats.mjs';

/** Runs fn repeatedly for `ms` per sample; returns ops/s of each sample. */
function throughput(fn, samples, ms) {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  const out = [];
  for (let s = 0; s < samples; s++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < ms) {
      for (let k = 0; k < 20; k++) fn();
      n += 20;
      t = performance.now();
    }
    out.push((n * 1000) / (t - t0));
  }
  return out;
}

/** The same documents with faults: a blank required text, a bad date, an unknown code, a wrong type. */
const broken = (kind, d) => {
  const c = structuredClone(d);
  if (kind === 'referral') {
    c.content.problemView = '';
    c.referredOn = '2025-02-30';
    c.route = 'nowhere';
    c.members[0].approximateAge = '八十';
  }
  if (kind === 'supportSharing') {
    c.purpose = '';
    c.meeting.date = '2025-13-01';
    c.attendees[1].role = 'boss';
    c.attendees[2].directlyInvolved = 'yes';
  }
  if (kind === 'actionPlan') {
    c.actions[3].task = '';
    c.actions[4].due = 'tomorrow';
    c.actions[5].kind = 'magic';
    c.version = '1';
  }
  if (kind === 'case') {
    c.referrals[0].content.problemView = '';
    c.meetings[0].meeting.date = 'x';
    c.plans[0].actions[1].kind = 'magic';
    c.statusHistory[0].status = 'open';
  }
  return c;
};

/**
 * Measures `core.validate` and ajv (the JSON Schema generated from the same zod schemas, compiled
 * once) on a realistic case and each of its documents, valid and with four faults each.
 * @returns one row per document kind: ops/s samples of each, and the counts of issues / ajv errors.
 */
export function measureValidation(core, { quick = false, log = () => {} } = {}) {
  const samples = quick ? 3 : 9;
  const ms = quick ? 150 : 400;
  const realistic = generateCase(7);
  const docs = { referral: realistic.referrals[0], supportSharing: realistic.meetings[1], actionPlan: realistic.plans[0], case: realistic };
  const schemas = { referral: core.Referral, supportSharing: core.SupportSharing, actionPlan: core.ActionPlan, case: core.Case };
  // Dates are checked by the schema's pattern (as zod's iso.date does); ajv's own format pass adds nothing.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const rows = [];
  for (const [kind, doc] of Object.entries(docs)) {
    const json = z.toJSONSchema(schemas[kind], { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
    const ajvCheck = ajv.compile(json);
    const bad = broken(kind, doc);
    if (!core.validate(kind, doc, { today: '2025-04-01' }).ok) throw new Error(`bench document ${kind} should be valid`);
    if (core.validate(kind, bad).ok || ajvCheck(bad)) throw new Error(`bench document ${kind} should be invalid`);
    const row = { kind, issuesInvalid: core.validate(kind, bad).issues.length, ajvErrorsInvalid: (ajvCheck(bad), ajvCheck.errors.length) };
    row.tsunaguValid = throughput(() => core.validate(kind, doc, { today: '2025-04-01' }), samples, ms);
    row.ajvValid = throughput(() => ajvCheck(doc), samples, ms);
    row.tsunaguInvalid = throughput(() => core.validate(kind, bad, { today: '2025-04-01' }), samples, ms);
    row.ajvInvalid = throughput(() => ajvCheck(bad), samples, ms);
    rows.push(row);
    log(`  ${kind}: valid ${fmt(median(row.tsunaguValid), 0)}/s vs ajv ${fmt(median(row.ajvValid), 0)}/s`);
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--core');
  const url = at > 0 ? pathToFileURL(process.argv[at + 1]).href : new URL('../../packages/core/dist/index.js', import.meta.url).href;
  const rows = measureValidation(await import(url), { quick: process.argv.includes('--quick') });
  const ratio = (a, b) => fmt(median(a) / median(b), 2);
  for (const r of rows)
    console.log(
      `${r.kind.padEnd(15)} valid ${fmt(median(r.tsunaguValid), 0).padStart(9)}/s  ×${ratio(r.tsunaguValid, r.ajvValid)} ajv   invalid ${fmt(median(r.tsunaguInvalid), 0).padStart(9)}/s  ×${ratio(r.tsunaguInvalid, r.ajvInvalid)} ajv`,
    );
}
