import { defineConfig, type Options } from 'tsup';

export default defineConfig([
  {
    // Library build for bundler apps: lit and @tsunagu/core stay external so the
    // app's bundler shares one copy of each.
    entry: {
      index: 'src/index.ts',
      'define/referral-sheet': 'src/define/referral-sheet.ts',
      'define/support-sharing-sheet': 'src/define/support-sharing-sheet.ts',
      'define/action-plan-sheet': 'src/define/action-plan-sheet.ts',
      'define/case-record': 'src/define/case-record.ts',
      'define/household-map': 'src/define/household-map.ts',
      'define/meeting-session': 'src/define/meeting-session.ts',
      'define/report-view': 'src/define/report-view.ts',
    },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'browser',
    external: ['lit', /^lit\//, /^@tsunagu\/core(\/|$)/],
  },
  // One self-contained file for CMS pages with no build step:
  // <script type="module" src=".../dist/tsunagu-sheets.js"></script>
  standalone({ 'tsunagu-sheets': 'src/standalone.ts' }),
  // The report view on its own, for a reporting page with no build step; the CSV and Excel
  // writers (@tsunagu/core/export) become a chunk beside it, loaded when an export is asked for.
  standalone({ 'tsunagu-report-view': 'src/report-view-standalone.ts' }, true),
]);

/** A minified file with lit and @tsunagu/core inside, from the sources; with `splitting`, dynamic imports become chunks in dist/chunks. */
function standalone(entry: Record<string, string>, splitting = false): Options {
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
