import { defineConfig } from 'tsup';

// Three entries: the runtime (no zod), ./schema (zod) and ./hsds (the HSDS export, kept out of the
// runtime so a contact card does not carry it). Shared code lands in a chunk.
export default defineConfig({
  entry: ['src/index.ts', 'src/schema.ts', 'src/hsds.ts'],
  format: ['esm'],
  target: 'es2022',
  dts: true,
  clean: true,
});
