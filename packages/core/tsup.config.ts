import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    export: 'src/export/index.ts',
    match: 'src/match/index.ts',
    merge: 'src/merge/index.ts',
    'personal-data': 'src/personal-data/index.ts',
    directory: 'src/directory/index.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
});
