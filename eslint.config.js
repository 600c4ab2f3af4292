// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      'coverage/**',
      'packages/core/schema/**',
      'bench-results/**',
      'release/**',
      'test/consumer/**',
      // Written and deleted by tsup and Vite while they load a config: the checks run beside the build.
      '**/*.bundled_*.mjs',
      '**/*.timestamp-*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Free text is always text; personal data never goes to logs.
    files: ['packages/**/*.ts'],
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Free text is text: never innerHTML.' },
        { property: 'outerHTML', message: 'Free text is text: never outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Free text is text.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Free text is text: no unsafeHTML.' }] },
      ],
    },
  },
  {
    // The product's code with its types: no floating promises, no unsafe any, no misused promises.
    files: ['packages/*/src/**/*.ts', 'docs/examples/**/*.ts'],
    ignores: ['**/*.test.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Lit's declared reactive properties and ElementInternals are typed through the DOM lib.
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
    },
  },
  {
    // Lit templates: bindings, and what assistive technology meets in them.
    files: ['packages/sheets/src/**/*.ts', 'docs/examples/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
  },
  {
    files: ['packages/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'fetch', 'navigator'],
    },
  },
  {
    // The docs' page scripts, for a CMS page with no build step: plain browser modules.
    files: ['docs/examples/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', '.storybook/**', 'source-aliases.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark evaluates functions in the page, and its baseline form is browser code.
    files: ['scripts/bench.mjs', 'scripts/bench/*.js', 'scripts/bench/*.mjs', 'scripts/a11y/*.mjs'],
    // bench, benchEl: the page helpers of scripts/bench/page.js; renderPeer: scripts/bench/peer-rjsf.js.
    languageOptions: { globals: { ...globals.node, ...globals.browser, bench: 'readonly', benchEl: 'readonly', renderPeer: 'readonly' } },
  },
);
