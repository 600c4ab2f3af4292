import type { StorybookConfig } from '@storybook/web-components-vite';
import { sourceAliases } from '../source-aliases.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // A designer opens tsunagu's stories, not Storybook's own getting-started checklist.
  features: { sidebarOnboardingChecklist: false },
  // Relative asset paths: the static build works from any folder, offline.
  viteFinal: async (vite) => ({
    ...vite,
    base: './',
    resolve: { ...vite.resolve, alias: [...sourceAliases, ...((vite.resolve?.alias as []) ?? [])] },
  }),
};
export default config;
