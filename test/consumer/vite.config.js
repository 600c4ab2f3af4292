import { defineConfig } from 'vite';

// As an app's own Vite config would be: Vue's compile-time flags, nothing for tsunagu.
export default defineConfig({
  define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  build: { outDir: 'dist', emptyOutDir: true },
});
