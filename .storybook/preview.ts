import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../packages/sheets/custom-elements.json';

// Controls for attributes, properties, events, parts and CSS properties come from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // Every story is an accessibility fixture: an axe violation fails its test.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals['locale'] as string | undefined) ?? 'ja';
      return story();
    },
  ],
  globalTypes: {
    locale: {
      description: 'Language of the sheets',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'ja', title: '日本語' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'ja' },
};
export default preview;
