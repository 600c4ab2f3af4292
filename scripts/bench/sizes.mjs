// Sizes of what a page or an app pays, measured the same way by `pnpm bench` and by the
// size-budget test: esbuild, minified, ES2022, browser, UTF-8 output; gzip level 9 and brotli quality 11.
import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What is measured: the standalone bundle, the three sheets together, each component's own entry, and core imports in an app. */
export const TARGETS = {
  'standalone (every component + core + lit)': { entry: 'packages/sheets/src/standalone.ts' },
  'three sheets (their entries, one page)': {
    code: "import '@tsunagu/sheets/referral-sheet'; import '@tsunagu/sheets/support-sharing-sheet'; import '@tsunagu/sheets/action-plan-sheet';",
  },
  'referral sheet entry': { entry: 'packages/sheets/src/define/referral-sheet.ts' },
  'support-sharing sheet entry': { entry: 'packages/sheets/src/define/support-sharing-sheet.ts' },
  'action-plan sheet entry': { entry: 'packages/sheets/src/define/action-plan-sheet.ts' },
  'case record entry': { entry: 'packages/sheets/src/define/case-record.ts' },
  'household map entry': { entry: 'packages/sheets/src/define/household-map.ts' },
  'meeting session entry': { entry: 'packages/sheets/src/define/meeting-session.ts' },
  "core: import { validate }": { code: "import { validate } from '@tsunagu/core'; console.log(validate);" },
  "core: import { validateReferral }": { code: "import { validateReferral } from '@tsunagu/core'; console.log(validateReferral);" },
  'core: everything': { code: "export * from '@tsunagu/core';" },
};

/** Measures every target; deterministic for the same sources and tool versions. */
export async function measureSizes() {
  const out = {};
  for (const [name, t] of Object.entries(TARGETS)) {
    const r = await build({
      ...(t.entry ? { entryPoints: [root + t.entry] } : { stdin: { contents: t.code, resolveDir: root, loader: 'ts' } }),
      bundle: true,
      write: false,
      format: 'esm',
      minify: true,
      target: 'es2022',
      platform: 'browser',
      conditions: ['@tsunagu/source', 'browser', 'import', 'default'],
      alias: { '@tsunagu/core': root + 'packages/core/src/index.ts' },
      legalComments: 'none',
      charset: 'utf8', // as the standalone bundle ships (packages/sheets/tsup.config.ts)
      logLevel: 'silent',
      outfile: 'out.js',
    });
    const js = r.outputFiles.find((f) => f.path.endsWith('.js')).contents;
    out[name] = {
      min: js.length,
      gzip: gzipSync(js, { level: 9 }).length,
      brotli: brotliCompressSync(js, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  }
  return out;
}
