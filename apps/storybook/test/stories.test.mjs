// Renders every story of the built Storybook in Debian's Chromium and runs axe on it: a story
// that throws, logs an error, loads anything from another origin, or has an axe violation fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const staticDir = new URL('../storybook-static/', import.meta.url);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const stories = Object.values(JSON.parse(readFileSync(new URL('index.json', staticDir), 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);

let server;
let browser;
let origin;

before(async () => {
  server = createServer(sirv(staticDir.pathname, { dev: false }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the Storybook has stories', () => {
  assert.ok(stories.length > 0, 'index.json lists no stories');
});

for (const story of stories) {
  test(`${story.title} / ${story.name}: renders without errors and axe finds nothing`, async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Failed loads are reported with their URL by the response listener; the browser's own
    // favicon probe is not a request of the page.
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(`console error: ${message.text()}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} for ${response.url()}`));
    page.on('request', (request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && problems.push(`request to ${request.url()}`));
    try {
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
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
