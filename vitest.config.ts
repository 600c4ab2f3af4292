import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { sourceAliases } from './source-aliases.js';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';

/** Debian's Chromium; a tool's own browser download does not work on our machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Zones the date tests run under: a UTC server, Japan, and a browser far west of it. */
const TIME_ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles'] as const;

export default defineConfig({
  resolve: { alias: sourceAliases },
  // Vue's compile-time flags, as a Vue app's bundler config sets them (docs/examples/vue-example.ts).
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  test: {
    // Tests fail on unexpected console errors (see test/setup-*.ts).
    projects: [
      {
        extends: true,
        test: {
          // The core in Node: rules (beside their modules), validation, dates, reporting, privacy.
          name: 'core',
          environment: 'node',
          // The core is pure (no global state), so its files can share one module graph: the ~40 small
          // rule tests beside their modules would otherwise each pay for importing the core again.
          isolate: false,
          pool: 'threads',
          include: ['test/core/**/*.test.ts', 'packages/core/src/**/*.test.ts'],
          setupFiles: ['test/setup-node.ts'],
          // Property tests take well under a second alone, but a full run shares 2 cores with Chromium:
          // one took over 5 s there (japanese-input, 2026-11-24). A limit against hangs, not a timing assertion.
          testTimeout: 30_000,
        },
      },
      // The date tests again under each time zone a server or a browser may run in (the core project runs in the host's).
      ...TIME_ZONES.map((tz) => ({
        extends: true as const,
        test: {
          name: `dates (TZ=${tz})`,
          environment: 'node' as const,
          // A process per zone: TZ is process-wide.
          pool: 'forks' as const,
          env: { TZ: tz },
          include: [
            'test/core/time-zones.test.ts',
            'test/core/dates.test.ts',
            'packages/core/src/rules/action/overdue.test.ts',
            'packages/core/src/rules/plan/monitoring-overdue.test.ts',
            'packages/core/src/rules/person/birth-date-future.test.ts',
            'packages/core/src/rules/tsunagi/reply-overdue.test.ts',
          ],
          setupFiles: ['test/setup-node.ts'],
        },
      })),
      {
        extends: true,
        test: {
          // What is built and shipped: sizes, the element manifest, package exports, the static Storybook.
          name: 'artifacts',
          environment: 'node',
          // Each test installs, builds or drives a browser beside Chromium's own tests: the docs' server examples
          // took 5.0 s against the default 5 s limit in a loaded run (2026-12-07). A limit against hangs only.
          testTimeout: 60_000,
          include: ['test/artifacts/**/*.test.ts'],
          setupFiles: ['test/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'sheets',
          include: ['test/sheets/**/*.test.ts'],
          // The journeys (a plan from meeting to termination, a case over a year) take 3–6 s alone and over 15 s
          // on a loaded 2-core machine (2026-12-07). A limit against hangs, not a timing assertion.
          testTimeout: 60_000,
          setupFiles: ['test/setup-browser.ts'],
          browser: browserConfig(),
        },
      },
      // Every story is a browser test, once in Japanese and once in English: it renders, its play
      // function passes, and axe finds nothing (parameters.a11y.test = 'error' in .storybook/preview.ts).
      ...(['ja', 'en'] as const).map((locale) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)), initialGlobals: { locale } })],
        test: {
          name: `stories (${locale})`,
          // axe over the 200-action plan story checks ~2,000 controls.
          testTimeout: 60_000,
          setupFiles: ['test/setup-stories.ts'],
          browser: browserConfig(),
        },
      })),
    ],
  },
});

/** One headless Debian Chromium, driven by Playwright; never a downloaded browser. */
function browserConfig() {
  const emulateMedia: BrowserCommand<['print' | 'screen']> = async (ctx, media) => {
    await ctx.page.emulateMedia({ media });
  };
  const emulateForcedColors: BrowserCommand<['active' | 'none']> = async (ctx, forcedColors) => {
    await ctx.page.emulateMedia({ forcedColors });
  };
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }),
    instances: [{ browser: 'chromium' as const }],
    commands: { emulateMedia, emulateForcedColors },
  };
}
