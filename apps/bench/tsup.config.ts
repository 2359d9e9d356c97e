// The baseline card, bundled exactly as packages/elements bundles its drop-in files.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { baseline: 'baseline/baseline-card.ts' },
  outDir: 'dist',
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  noExternal: [/.*/],
  splitting: false,
  minify: true,
  treeshake: true,
  clean: true,
  esbuildOptions(options) {
    options.conditions = ['browser', 'production'];
    options.legalComments = 'none';
  },
});
