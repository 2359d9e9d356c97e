// An esbuild plugin for the drop-in files: minifies the CSS in each component's `css` template
// (src/components/*/*.styles.ts), which esbuild's JS minifier leaves as written.
/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { transform, type Plugin } from 'esbuild';

export function minifyLitCss(): Plugin {
  return {
    name: 'mh-minify-lit-css',
    setup(build) {
      build.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        let contents = '';
        let rest = source;
        for (let start = rest.indexOf('css`'); start !== -1; start = rest.indexOf('css`')) {
          const end = rest.indexOf('`', start + 4);
          const styles = rest.slice(start + 4, end);
          if (styles.includes('${')) throw new Error(`${args.path}: a css template with \${…} cannot be minified; keep styles static.`);
          const { code } = await transform(styles, { loader: 'css', minify: true });
          contents += `${rest.slice(0, start)}css\`${code.trim()}\``;
          rest = rest.slice(end + 1);
        }
        return { contents: contents + rest, loader: 'ts' };
      });
    },
  };
}
