// The runtime entry of every content package loads no zod, directly, through a chunk, or
// through another @mh package: a page that shows content must not pay for a validator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

/** Every file a module loads: relative imports, and @mh/* packages by their exports. */
function filesLoadedBy(specifier) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, relative] of code.matchAll(/from\s*["'](\.[^"']+)["']/g)) visit(join(dirname(file), relative));
    for (const [, dependency] of code.matchAll(/from\s*["'](@mh\/[^"']+)["']/g)) visit(fileURLToPath(import.meta.resolve(dependency)));
  };
  visit(fileURLToPath(import.meta.resolve(specifier)));
  return [...seen];
}

for (const pkg of ['@mh/core', '@mh/contacts', '@mh/contacts/hsds', '@mh/indicators', '@mh/legal-secrecy', '@mh/role-tips']) {
  test(`${pkg} loads no zod at run time`, () => {
    const files = filesLoadedBy(pkg);
    assert.ok(files.length >= 2, `expected ${pkg} to load its chunks too`);
    for (const file of files) assert.doesNotMatch(readFileSync(file, 'utf8'), /from\s*["']zod|import\(\s*["']zod/, `${file} imports zod`);
  });
}
