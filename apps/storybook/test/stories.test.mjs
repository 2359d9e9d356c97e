// Renders every story of the built Storybook in Debian's Chromium and runs axe on it: a story
// that throws, logs an error, loads anything from another origin, or has an axe violation fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';

const staticDir = new URL('../storybook-static/', import.meta.url);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const entries = Object.values(JSON.parse(readFileSync(new URL('index.json', staticDir), 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
// The guides written in MDX are ours to check; generated autodocs pages are Storybook's layout.
const guides = entries.filter((entry) => entry.type === 'docs' && !entry.tags.includes('autodocs'));

let server;
let browser;
let origin;

before(async () => {
  server = createServer(sirv(staticDir.pathname, { dev: false }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the Storybook has stories and guides', () => {
  assert.ok(stories.length > 0, 'index.json lists no stories');
  assert.ok(guides.length > 0, 'index.json lists no MDX guide');
});

test('it opens on our introduction, and shows no "Get started" checklist', () => {
  // Storybook opens on the first entry of its sorted index.
  assert.equal(entries[0]?.title, 'Introduction');
  assert.equal(entries[0]?.type, 'docs');
  const features = /window\['FEATURES'\]\s*=\s*(\{.*?\});/s.exec(readFileSync(new URL('index.html', staticDir), 'utf8'))?.[1];
  assert.ok(features, 'index.html sets the manager features');
  assert.equal(JSON.parse(features).sidebarOnboardingChecklist, false);
  assert.equal(JSON.parse(features).menuOnboardingChecklist, false);
});

for (const guide of guides) {
  test(`${guide.title} (guide): renders, its images load, and axe finds nothing`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} for ${response.url()}`));
    try {
      await page.goto(`${origin}/iframe.html?id=${guide.id}&viewMode=docs`);
      await page.waitForSelector('#storybook-docs h1');
      await page.waitForFunction(() => [...document.querySelectorAll('#storybook-docs img')].every((image) => image.complete));
      const broken = await page.evaluate(() => [...document.querySelectorAll('#storybook-docs img')].filter((image) => image.naturalWidth === 0).map((image) => image.src));
      assert.deepEqual(broken, [], 'images that did not load');
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => (await window.axe.run('#storybook-docs', { resultTypes: ['violations'] })).violations.map((violation) => `${violation.id}: ${violation.help}`));
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}

// Every story as it opens (nl, default theme); the element stories also in the other
// languages and themes, since a theme can break contrast and a language can break layout.
const runs = stories.flatMap((story) => [
  { story, globals: '' },
  ...(story.title.startsWith('Elements/') ? [{ story, globals: 'locale:fr;theme:municipality' }, { story, globals: 'locale:en;theme:high-contrast' }] : []),
]);

for (const { story, globals } of runs) {
  test(`${story.title} / ${story.name}${globals ? ` [${globals}]` : ''}: renders without errors and axe finds nothing`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Failed loads are reported with their URL by the response listener; the browser's own
    // favicon probe is not a request of the page.
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(`console error: ${message.text()}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} for ${response.url()}`));
    page.on('request', (request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && problems.push(`request to ${request.url()}`));
    try {
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story${globals ? `&globals=${globals}` : ''}`);
      // Wait until the story rendered and its play function (if any) finished.
      await page.waitForFunction(() => ['finished', 'completed', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase));
      const errorShown = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay') && document.querySelector('#error-message')?.textContent);
      assert.equal(errorShown, false, `the story threw: ${errorShown}`);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
      });
      assert.deepEqual(violations, [], 'axe violations');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
