// Packs every published package as `pnpm publish` would, installs the tarballs into a throwaway
// project, and uses them there as a user does: plain Node ESM, TypeScript under
// `bundler` and `node16`, and a Vite build of a page with <mh-contact-card> opened in Chromium.
// Fails if a tarball misses a file its exports promise, or ships sources or tests.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';

const require = createRequire(import.meta.url);
const packagesDir = fileURLToPath(new URL('../../../packages/', import.meta.url));
const published = ['core', 'contacts', 'indicators', 'legal-secrecy', 'role-tips', 'elements'];
const project = mkdtempSync(join(tmpdir(), 'mh-packed-'));
const tarballs = {};

/** pnpm as this script was started with it (turbo → pnpm run), or the one on PATH. */
function pnpm(args, cwd) {
  const exec = process.env.npm_execpath;
  const [command, prefix] = exec && /\.c?js$/.test(exec) ? [process.execPath, [exec]] : [exec || 'pnpm', []];
  return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8' });
}

before(() => {
  for (const name of published) {
    const out = pnpm(['pack', '--pack-destination', project], join(packagesDir, name));
    tarballs[name] = out.trim().split('\n').filter((line) => line.endsWith('.tgz')).pop();
    assert.ok(tarballs[name], `pnpm pack printed no tarball for ${name}:\n${out}`);
  }
  const deps = Object.fromEntries(published.map((name) => [`@mh/${name}`, `file:${tarballs[name]}`]));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'mh-user', private: true, type: 'module', dependencies: deps }, null, 2));
  // The tarballs' own @mh dependencies come from the tarballs too, not from a registry.
  const overrides = Object.entries(deps).map(([name, spec]) => `  "${name}": "${spec}"`).join('\n');
  writeFileSync(join(project, 'pnpm-workspace.yaml'), `packages: []\noverrides:\n${overrides}\n`);
  // Offline, from the store the workspace install filled: a test must not depend on the
  // network (and turbo does not pass a machine's proxy or CA settings to its tasks).
  pnpm(['install', '--offline', '--reporter=silent'], project);
});

after(() => rmSync(project, { recursive: true, force: true }));

for (const name of published) {
  test(`@mh/${name}: the tarball has what its exports promise, and no sources or tests`, () => {
    const files = execFileSync('tar', ['-tzf', tarballs[name]], { encoding: 'utf8' }).trim().split('\n').map((path) => path.replace(/^package\//, ''));
    const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'));
    const promised = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    for (const path of [...promised, './README.md', './LICENSE'].map((target) => target.replace(/^\.\//, ''))) {
      assert.ok(files.includes(path), `${path} is not in the tarball`);
    }
    const unwanted = files.filter((path) => /^(src|test|scripts|docs|node_modules)\/|\.test\.|tsconfig|\.turbo|test-results/.test(path));
    assert.deepEqual(unwanted, [], 'files a user should not get');
  });
}

test('the installed packages run as plain Node ESM', () => {
  const script = `
    import assert from 'node:assert/strict';
    import { localize } from '@mh/core';
    import { getContact } from '@mh/contacts';
    import { toHsds } from '@mh/contacts/hsds';
    import { assessSignals } from '@mh/indicators';
    import { decideDisclosure } from '@mh/legal-secrecy';
    import { tipsFor } from '@mh/role-tips';
    import { parseIndicators } from '@mh/indicators/schema';
    import data from '@mh/contacts/data.json' with { type: 'json' };
    assert.equal(getContact('child-focus').services[0].phones[0].display, '116 000');
    assert.equal(assessSignals({ indicators: ['often-tired', 'runs-away'] }).level, 'concern');
    assert.equal(decideDisclosure({ jurisdiction: 'BE', situation: { seriousDanger: true } }).verdict, 'must-act');
    assert.ok(tipsFor('teacher').length > 0);
    assert.equal(localize({ nl: 'ja' }, 'fr').fallback, true);
    assert.equal(toHsds().length, data.contacts.length);
    assert.deepEqual(parseIndicators([]), []);
  `;
  writeFileSync(join(project, 'use.mjs'), script);
  execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' });
});

test('the installed types resolve under moduleResolution bundler and node16', () => {
  writeFileSync(
    join(project, 'use.ts'),
    `import { assessSignals, type Assessment } from '@mh/indicators';
import { getContact, type ContactId } from '@mh/contacts';
import { toHsds } from '@mh/contacts/hsds';
import { decideDisclosure } from '@mh/legal-secrecy';
import { guidanceFor, tipsFor, type Guidance } from '@mh/role-tips';
import { parseContacts } from '@mh/contacts/schema';
import type { ContactCard } from '@mh/elements/contact-card.js';
import type { SignalCheck } from '@mh/elements/signal-check.js';
import type { RoleTips } from '@mh/elements/role-tips.js';
const id: ContactId = 'child-focus';
export const result: Assessment = assessSignals({ indicators: ['runs-away'] });
export const card = getContact(id);
export const records = toHsds();
export const verdict = decideDisclosure({ jurisdiction: 'NL', situation: {} }).verdict;
export const tips = tipsFor('teacher');
export const parse = parseContacts;
export const guidance: Guidance = guidanceFor({ role: 'teacher', region: 'BE-VLG' });
export const readerRole: RoleTips['readerRole'] = 'teacher';
export type Elements = [ContactCard, SignalCheck, RoleTips];
`,
  );
  const tsc = require.resolve('typescript/bin/tsc');
  for (const [module, moduleResolution] of [['esnext', 'bundler'], ['node16', 'node16']]) {
    const config = { compilerOptions: { module, moduleResolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, lib: ['es2022', 'dom'], types: [] }, files: ['use.ts'] };
    writeFileSync(join(project, `tsconfig.${moduleResolution}.json`), JSON.stringify(config));
    try {
      execFileSync(process.execPath, [tsc, '-p', `tsconfig.${moduleResolution}.json`], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc (${moduleResolution}) failed:\n${error.stdout}`);
    }
  }
});

test('a Vite build of a page with <mh-contact-card> renders the card in Chromium', async () => {
  const site = join(project, 'site');
  execFileSync('mkdir', ['-p', site]);
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title><script type="module" src="./main.js"></script></head><body><mh-contact-card contact="child-focus"></mh-contact-card></body></html>');
  // Imported for its side effect only: the tree-shaking trap where a bundler drops the define call.
  writeFileSync(join(site, 'main.js'), "import '@mh/elements/contact-card.js';\n");
  await build({ root: site, logLevel: 'error', configFile: false, build: { outDir: join(site, 'dist') } });
  const server = createServer(sirv(join(site, 'dist'), { dev: false }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.querySelector('mh-contact-card')?.shadowRoot?.querySelector('a[href^="tel:"]'), null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => document.querySelector('mh-contact-card').shadowRoot.querySelector('a[href="tel:116000"]').textContent), '116 000');
  } finally {
    await browser.close();
    server.close();
  }
});
