import type { Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../packages/sheets/custom-elements.json';

// Controls for attributes, properties, events, parts and CSS properties come from the manifest.
setCustomElementsManifest(manifest);

/** What the enhancer reads of the element manifest. */
interface Manifest {
  modules: { declarations?: { tagName?: string; members?: { name: string; readonly?: boolean }[] }[] }[];
}

/** The literal values of the type aliases the manifest names (the manifest keeps an alias's name, not its members). */
const ALIASES: Record<string, string> = {
  SheetMode: "'edit' | 'response' | 'readonly' | 'print'",
  DraftStorage: "'none' | 'session' | 'local'",
  ReplySide: "'receiver' | 'requester'",
};

/**
 * Controls from the manifest's type texts: a union of string literals (or an alias of one) becomes a select,
 * `string | undefined` a text box, `number | undefined` a number — rather than an object editor ("Set object").
 */
const typedControls: ArgTypesEnhancer = (context) => {
  const out: StrictArgTypes = {};
  const declaration = (manifest as Manifest).modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === context.component);
  const readOnly = new Set((declaration?.members ?? []).filter((m) => m.readonly).map((m) => m.name));
  for (const [name, argType] of Object.entries(context.argTypes)) {
    const category = argType.table?.category;
    // Events are logged as actions, parts are documentation, read-only properties cannot be set: no editor.
    if (category === 'events' || category === 'css shadow parts' || readOnly.has(name)) {
      out[name] = { ...argType, control: false };
      continue;
    }
    if (category === 'css custom properties') {
      out[name] = { ...argType, control: { type: 'text' } };
      continue;
    }
    const raw = typeof argType.type === 'object' && 'name' in argType.type ? String(argType.type.name) : '';
    const text = (ALIASES[raw.replace(/\s*\|\s*undefined$/, '')] ?? raw).replace(/\s*\|\s*undefined$/, '');
    const literals = text.split('|').map((t) => t.trim());
    if (literals.length > 0 && literals.every((t) => /^'[^']*'$/.test(t))) {
      out[name] = { ...argType, type: { name: 'enum', value: literals.map((t) => t.slice(1, -1)) }, control: { type: 'select' } };
    } else if (text === 'string' || text === 'number' || text === 'boolean') {
      out[name] = { ...argType, type: { name: text }, control: { type: text === 'string' ? 'text' : text } };
    } else out[name] = argType;
  }
  return out;
};

const preview: Preview = {
  argTypesEnhancers: [typedControls],
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
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'ja', title: '日本語' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ja' },
};
export default preview;
