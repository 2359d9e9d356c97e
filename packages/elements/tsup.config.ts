import { locales, type Locale } from '@mh/core';
import { defineConfig, type Options } from 'tsup';
import { minifyLitCss } from './scripts/minify-css.js';
import { runtimeData } from './scripts/runtime-data.js';

/** The drop-in files, each in all three languages and in one: mh-elements.js, mh-elements.fr.js … */
const dropInFiles = ['mh-elements', 'mh-signal-check', 'mh-contact-card', 'mh-role-tips'] as const;

/** Drop-in files for a <script type="module">: self-contained, no bare imports, minified (CSS too), only the data they show. */
function dropIn(entry: Record<string, string>, locale?: Locale): Options {
  return {
    entry,
    outDir: 'dist/cdn',
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    splitting: false,
    minify: true,
    treeshake: true,
    esbuildPlugins: [runtimeData(locale ? { locale } : {}), minifyLitCss()],
    esbuildOptions(options) {
      options.conditions = ['browser', 'production'];
      options.legalComments = 'none';
    },
  };
}

// `pnpm build` empties dist first; no config cleans, as they run side by side.
export default defineConfig([
  // For bundlers: one module per tag; lit and the @mh packages stay imports.
  {
    entry: { 'signal-check': 'src/signal-check.ts', 'contact-card': 'src/contact-card.ts', 'role-tips': 'src/role-tips.ts' },
    format: ['esm'],
    target: 'es2022',
    dts: true,
  },
  {
    ...dropIn({ ...Object.fromEntries(dropInFiles.map((name) => [name, `src/cdn/${name}.ts`])), frame: 'src/cdn/frame.ts' }),
    // frame.html and its stylesheet, for a CMS that takes an iframe but no script.
    publicDir: 'src/cdn/public',
  },
  ...locales.map((locale) => dropIn(Object.fromEntries(dropInFiles.map((name) => [`${name}.${locale}`, `src/cdn/${name}.ts`])), locale)),
]);
