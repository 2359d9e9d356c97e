// Run by the build after tsup (cwd = the package): writes dist/hsds.json from the built
// `@mh/contacts/hsds` entry, so the published file is exactly what `toHsds()` returns.
import { writeFileSync } from 'node:fs';

const { toHsds } = await import(new URL('../dist/hsds.js', import.meta.url).href);
const organizations = toHsds();
writeFileSync(new URL('../dist/hsds.json', import.meta.url), `${JSON.stringify(organizations, null, 2)}\n`);
console.log(`hsds: wrote dist/hsds.json (${organizations.length} organizations)`);
