import { defineConfig } from 'tsup';

// Two entries: the runtime (no zod) and ./schema (zod). Shared code lands in a chunk.
export default defineConfig({
  entry: ['src/index.ts', 'src/schema.ts'],
  format: ['esm'],
  target: 'es2022',
  dts: true,
  clean: true,
});
