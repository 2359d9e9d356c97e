// Runs the ```js examples of every package README as a user would paste them: a line ending in
// `// → value` asserts that the expression before it equals that value.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';

const packagesDir = fileURLToPath(new URL('../../../packages/', import.meta.url));
const outDir = fileURLToPath(new URL('../.readme-examples/', import.meta.url));
mkdirSync(outDir, { recursive: true });

/** `expr; // → value` becomes an assertion; every other line is kept as written. */
function toAssertions(code) {
  let asserted = 0;
  const lines = code.split('\n').map((line) => {
    const match = /^(?<expr>.+?);?\s*\/\/\s*→\s*(?<expected>.+)$/.exec(line);
    if (!match?.groups) return line;
    asserted += 1;
    return `assert.deepEqual(${match.groups.expr.replace(/;$/, '')}, ${match.groups.expected});`;
  });
  return { code: `import assert from 'node:assert/strict';\n${lines.join('\n')}\n`, asserted };
}

for (const pkg of readdirSync(packagesDir)) {
  const readme = join(packagesDir, pkg, 'README.md');
  if (!existsSync(readme)) continue;
  const blocks = [...readFileSync(readme, 'utf8').matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]);
  blocks.forEach((block, index) => {
    test(`packages/${pkg}/README.md example ${index + 1} runs and gives what it says`, async () => {
      const { code, asserted } = toAssertions(block);
      assert.ok(asserted > 0, 'the example asserts nothing: mark results with // → value');
      const file = join(outDir, `${pkg}-${index + 1}.mjs`);
      writeFileSync(file, code);
      await import(pathToFileURL(file).href);
    });
  });
}
