import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

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

/** Tests and stories use the packages' sources, so no build is needed first. */
export const sourceAliases = [
  { find: /^@tsunagu\/core$/, replacement: fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)) },
  { find: /^@tsunagu\/sheets$/, replacement: fileURLToPath(new URL('./packages/sheets/src/index.ts', import.meta.url)) },
  { find: /^@tsunagu\/sheets\/(.*)$/, replacement: fileURLToPath(new URL('./packages/sheets/src/define/$1.ts', import.meta.url)) },
];

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    // Tests fail on unexpected console errors (see test/setup-*.ts).
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/tooling/**/*.test.ts'],
          setupFiles: ['test/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'sheets',
          include: ['test/sheets/**/*.test.ts'],
          setupFiles: ['test/setup-browser.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
            commands: {
              /** Emulates print (or screen) media, as Playwright does for "print preview". */
              emulateMedia: async (ctx, media: 'print' | 'screen') => {
                await ctx.page.emulateMedia({ media });
              },
              /** Emulates forced colours (Windows high contrast). */
              emulateForcedColors: async (ctx, forcedColors: 'active' | 'none') => {
                await ctx.page.emulateMedia({ forcedColors });
              },
            },
          },
        },
      },
    ],
  },
});
