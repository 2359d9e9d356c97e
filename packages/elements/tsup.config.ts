import { defineConfig } from 'tsup';

export default defineConfig([
  // For bundlers: one module per tag; lit and the @mh packages stay imports.
  {
    entry: { 'signal-check': 'src/signal-check.ts', 'contact-card': 'src/contact-card.ts' },
    format: ['esm'],
    target: 'es2022',
    dts: true,
    clean: true,
  },
  // Drop-in files for a <script type="module">: self-contained, no bare imports, minified.
  {
    entry: {
      'mh-elements': 'src/cdn/mh-elements.ts',
      'mh-signal-check': 'src/cdn/mh-signal-check.ts',
      'mh-contact-card': 'src/cdn/mh-contact-card.ts',
      frame: 'src/cdn/frame.ts',
    },
    outDir: 'dist/cdn',
    // frame.html and its stylesheet, for a CMS that takes an iframe but no script.
    publicDir: 'src/cdn/public',
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
  },
]);
