// Sizes of what a page or an app pays, measured the same way by `pnpm bench` and by the
// size-budget test: esbuild, minified, ES2022, browser, UTF-8 output; gzip level 9 and brotli quality 11.
import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What is measured: the standalone bundle, the three sheets together, each component's own entry, and core imports in an app. */
export const TARGETS = {
  // The browser files as shipped: each file with the Lit chunk they share (dist/chunks/lit.js).
  'standalone tsunagu-sheets.js (every component but the report view + core + lit)': {
    entries: ['packages/sheets/src/standalone.ts'],
    sharedLit: true,
  },
  'both browser files on one page (tsunagu-sheets.js, tsunagu-report-view.js, one lit)': {
    entries: ['packages/sheets/src/standalone.ts', 'packages/sheets/src/report-view-standalone.ts'],
    sharedLit: true,
  },
  'three sheets (their entries, one page)': {
    code: "import '@tsunagu/sheets/referral-sheet'; import '@tsunagu/sheets/support-sharing-sheet'; import '@tsunagu/sheets/action-plan-sheet';",
  },
  'referral sheet entry': { entry: 'packages/sheets/src/define/referral-sheet.ts' },
  'support-sharing sheet entry': { entry: 'packages/sheets/src/define/support-sharing-sheet.ts' },
  'action-plan sheet entry': { entry: 'packages/sheets/src/define/action-plan-sheet.ts' },
  'case record entry': { entry: 'packages/sheets/src/define/case-record.ts' },
  // The household assessment (issue #36's goal: 30 KiB).
  'assessment sheet entry': { entry: 'packages/sheets/src/define/assessment-sheet.ts' },
  'household map entry': { entry: 'packages/sheets/src/define/household-map.ts' },
  // The resource directory (issue #35): search, details, pick and the printed map, with lit and its part of the core.
  'resource directory entry': { entry: 'packages/sheets/src/define/resource-directory.ts' },
  // The 地域課題 register (issue #35): the core's register, the personal-data finder that masks names, and the table.
  'community issues entry': { entry: 'packages/sheets/src/define/community-issues.ts' },
  'meeting session entry': { entry: 'packages/sheets/src/define/meeting-session.ts' },
  // What a receiving agency's page loads to answer a つなぎ (issue #34's goal: 20 KiB).
  'referral reply entry': { entry: 'packages/sheets/src/define/referral-reply.ts' },
  // What a reporting page loads first; the CSV and Excel writers it imports on a button press are measured apart.
  'report view entry': { entry: 'packages/sheets/src/define/report-view.ts' },
  'core/export: reportToXlsx and reportToCsv': { code: "export { reportToXlsx, reportToCsv } from '@tsunagu/core/export';" },
  // "Is this the same person?" (issue #37): its own entry point, loaded by the page that opens a case.
  'core/match: matchPersons': { code: "export { matchPersons } from '@tsunagu/core/match';" },
  // No edit lost (issue #37): the page that saves a case loads it when the server answers 412.
  'core/merge: mergeCase': { code: "export { mergeCase } from '@tsunagu/core/merge';" },
  // Personal data in free text (issue #37): its own entry point, loaded where a summary is written.
  'core/personal-data: findPersonalData': { code: "export { findPersonalData, maskPersonalData } from '@tsunagu/core/personal-data';" },
  // The resource directory (issue #35): what a picker loads to search, and what publishing open data loads.
  'core/directory: indexDirectory': { code: "export { indexDirectory, isStale, isOpenAt } from '@tsunagu/core/directory';" },
  'core/directory: open data': {
    code: "export { directoryToHsds, directoryToOpenDataCsv, parseDirectory } from '@tsunagu/core/directory';",
  },
  'core: import { validate }': { code: "import { validate } from '@tsunagu/core'; console.log(validate);" },
  'core: import { validateReferral }': { code: "import { validateReferral } from '@tsunagu/core'; console.log(validateReferral);" },
  'core: everything': { code: "export * from '@tsunagu/core';" },
};

/**
 * Measures every target; deterministic for the same sources and tool versions. Code that a target
 * imports dynamically (`import()`) is split off and not counted: it loads only when used. What the
 * target imports statically is counted, each file compressed on its own as it is served.
 */
export async function measureSizes() {
  const out = {};
  for (const [name, t] of Object.entries(TARGETS)) {
    const parts = [];
    if (t.entries) for (const e of t.entries) parts.push(await measure({ entry: e }, t.sharedLit));
    else parts.push(await measure(t, false));
    // The shared Lit chunk is fetched once however many files import it.
    if (t.sharedLit) parts.push(await measure({ entry: 'packages/sheets/src/lit-chunk.ts' }, false));
    out[name] = {
      inputs: [...new Set(parts.flatMap((p) => p.inputs))].sort(),
      min: parts.reduce((n, p) => n + p.min, 0),
      gzip: parts.reduce((n, p) => n + p.gzip, 0),
      brotli: parts.reduce((n, p) => n + p.brotli, 0),
    };
  }
  return out;
}

/** Imports of lit resolved to the shared chunk, as packages/sheets/tsup.config.ts builds the browser files. */
const sharedLit = {
  name: 'shared-lit',
  setup(b) {
    b.onResolve({ filter: /^lit(\/.*)?$/ }, () => ({ path: './chunks/lit.js', external: true }));
  },
};

async function measure(t, withSharedLit) {
  const r = await build({
    ...(t.entry ? { entryPoints: [root + t.entry] } : { stdin: { contents: t.code, resolveDir: root, loader: 'ts' } }),
    plugins: withSharedLit ? [sharedLit] : [],
    bundle: true,
    write: false,
    splitting: true,
    metafile: true,
    outdir: root + 'out',
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    conditions: ['@tsunagu/source', 'browser', 'import', 'default'],
    alias: {
      '@tsunagu/core/export': root + 'packages/core/src/export/index.ts',
      '@tsunagu/core/match': root + 'packages/core/src/match/index.ts',
      '@tsunagu/core/merge': root + 'packages/core/src/merge/index.ts',
      '@tsunagu/core/personal-data': root + 'packages/core/src/personal-data/index.ts',
      '@tsunagu/core/directory': root + 'packages/core/src/directory/index.ts',
      '@tsunagu/core': root + 'packages/core/src/index.ts',
    },
    legalComments: 'none',
    charset: 'utf8', // as the standalone bundle ships (packages/sheets/tsup.config.ts)
    logLevel: 'silent',
  });
  const outputs = r.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => k.endsWith('.js') && outputs[k].entryPoint !== undefined);
  const files = new Set();
  const visit = (k) => {
    if (files.has(k)) return;
    files.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  const contents = [...files].map((k) => r.outputFiles.find((f) => f.path === root + k || f.path.endsWith('/' + k)).contents);
  const inputs = new Set();
  for (const k of files) for (const i of Object.keys(outputs[k].inputs)) inputs.add(i);
  return {
    inputs: [...inputs].sort(),
    min: contents.reduce((t, js) => t + js.length, 0),
    gzip: contents.reduce((t, js) => t + gzipSync(js, { level: 9 }).length, 0),
    brotli: contents.reduce((t, js) => t + brotliCompressSync(js, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}
