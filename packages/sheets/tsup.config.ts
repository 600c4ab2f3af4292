import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';

export default defineConfig([
  {
    // Library build for bundler apps: lit and @tsunagu/core stay external so the
    // app's bundler shares one copy of each.
    entry: {
      index: 'src/index.ts',
      'define/referral-sheet': 'src/define/referral-sheet.ts',
      'define/support-sharing-sheet': 'src/define/support-sharing-sheet.ts',
      'define/action-plan-sheet': 'src/define/action-plan-sheet.ts',
      'define/assessment-sheet': 'src/define/assessment-sheet.ts',
      'define/case-record': 'src/define/case-record.ts',
      'define/household-map': 'src/define/household-map.ts',
      'define/meeting-session': 'src/define/meeting-session.ts',
      'define/report-view': 'src/define/report-view.ts',
      'define/referral-reply': 'src/define/referral-reply.ts',
      'define/resource-directory': 'src/define/resource-directory.ts',
      'define/community-issues': 'src/define/community-issues.ts',
    },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'browser',
    external: ['lit', /^lit\//, /^@tsunagu\/core(\/|$)/],
  },
  // The browser files for CMS pages with no build step share one Lit, dist/chunks/lit.js: with two
  // copies, the second file to load failed under the documented CSP (`trusted-types lit-html` lets one
  // policy of that name be created). The rest of each file is tree-shaken on its own.
  { ...browserFile({ 'chunks/lit': 'src/lit-chunk.ts' }), dts: false },
  // One file (and the Lit chunk) for CMS pages with no build step:
  // <script type="module" src=".../dist/tsunagu-sheets.js"></script>
  // Code loaded on demand (the merge after a 412: @tsunagu/core/merge) becomes a chunk in dist/chunks.
  { ...browserFile({ 'tsunagu-sheets': 'src/standalone.ts' }, true), esbuildPlugins: [sharedLit()], onSuccess: litBesideChunks },
  // The report view on its own, for a reporting page with no build step; the CSV and Excel
  // writers (@tsunagu/core/export) become a chunk beside it, loaded when an export is asked for.
  { ...browserFile({ 'tsunagu-report-view': 'src/report-view-standalone.ts' }, true), esbuildPlugins: [sharedLit()] },
  // The resource directory on its own (issue #35): a page with the sheets' pickers, or of the directory alone,
  // loads it beside them; no sheet carries it.
  { ...browserFile({ 'tsunagu-resource-directory': 'src/resource-directory-standalone.ts' }), esbuildPlugins: [sharedLit()] },
]);

/** Imports of lit in the browser files (in dist/) become imports of the shared chunk, dist/chunks/lit.js. */
function sharedLit(): Plugin {
  return {
    name: 'tsunagu-shared-lit',
    setup(build) {
      build.onResolve({ filter: /^lit(\/.*)?$/ }, () => ({ path: './chunks/lit.js', external: true }));
    },
  };
}

/**
 * The chunks in dist/chunks import the shared Lit as "./chunks/lit.js", as the files in dist/ do (esbuild keeps an
 * external path as written): from dist/chunks/ that is "./lit.js".
 */
async function litBesideChunks(): Promise<void> {
  const { readdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const dir = new URL('./dist/chunks/', import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'lit.js')) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    if (text.includes('"./chunks/lit.js"')) writeFileSync(new URL(file, dir), text.replaceAll('"./chunks/lit.js"', '"./lit.js"'));
  }
}

/** A minified file with @tsunagu/core inside, from the sources; with `splitting`, dynamic imports become chunks in dist/chunks. */
function browserFile(entry: Record<string, string>, splitting = false): Options {
  return {
    entry,
    format: ['esm'],
    dts: true,
    minify: true,
    sourcemap: true,
    splitting,
    clean: false,
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    esbuildOptions(options) {
      options.conditions = ['@tsunagu/source', 'browser', 'import', 'default'];
      options.legalComments = 'none';
      // Japanese as UTF-8, not \u escapes: a module script is always decoded as UTF-8.
      options.charset = 'utf8';
      options.chunkNames = 'chunks/[name]-[hash]';
    },
  };
}
