// Assembles dist/: the demo pages with their CSS and logos, and the drop-in files of
// @mh/elements under dist/mh/, as a site would host them.
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));
const dist = join(app, 'dist');
const cdn = join(dirname(fileURLToPath(import.meta.resolve('@mh/elements/package.json'))), 'dist', 'cdn');

const dropIns = existsSync(cdn) ? readdirSync(cdn).filter((name) => name.endsWith('.js')) : [];
if (dropIns.length === 0) {
  throw new Error(`No drop-in files in ${cdn}: build @mh/elements first (pnpm exec turbo run build --filter=@mh/embed-demo does).`);
}

rmSync(dist, { recursive: true, force: true });
for (const entry of ['index.html', 'index.css', 'index.svg', 'school', 'municipality', 'youth-work']) {
  cpSync(join(app, entry), join(dist, entry), { recursive: true });
}
for (const name of dropIns) cpSync(join(cdn, name), join(dist, 'mh', name));
console.log(`dist/: the pages, and ${dropIns.join(', ')} in dist/mh/`);
