// The drop-in files on a plain HTML page served with a strict Content-Security-Policy, in
// Debian's Chromium and Firefox: two copies load without errors, both widgets work, and the
// page makes no request but its own files and no CSP violation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import sirv from 'sirv';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const page = readFileSync(new URL('./drop-in/index.html', import.meta.url));
const serveCdn = sirv(new URL('../dist/', import.meta.url).pathname, { dev: false });

let server;
let origin;
before(async () => {
  server = createServer((request, response) => {
    response.setHeader('Content-Security-Policy', CSP);
    if (request.url === '/favicon.ico') {
      response.statusCode = 204; // the browser asks for it on its own
      response.end();
    } else if (request.url === '/') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(page);
    } else {
      serveCdn(request, response, () => {
        response.statusCode = 404;
        response.end();
      });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

const browsers = {
  chromium: () =>
    puppeteer.launch({
      browser: 'chrome',
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }),
  firefox: () => puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' }),
};

for (const [name, launch] of Object.entries(browsers)) {
  describe(`drop-in files in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch();
    });
    after(async () => browser?.close());

    test('two copies, a strict CSP, and both widgets work with nothing leaving the page', async () => {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      tab.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(`console ${message.type()}: ${message.text()}`));
      tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} for ${response.url()}`));
      // data: URLs never leave the machine (Firefox loads one of its own fonts that way).
      tab.on('request', (request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && problems.push(`request to ${request.url()}`));
      await tab.evaluateOnNewDocument(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await tab.goto(`${origin}/`, { waitUntil: 'load' });
      await tab.waitForFunction(() => customElements.get('mh-signal-check') && document.querySelector('mh-contact-card')?.shadowRoot?.querySelector('a'));

      const card = await tab.evaluate(() => {
        const root = document.querySelector('mh-contact-card').shadowRoot;
        return { phone: root.querySelector('a[href="tel:+32116000"]')?.textContent, badge: root.querySelector('[part="badge"]')?.textContent };
      });
      assert.deepEqual(card, { phone: '116 000', badge: 'gratuit' });

      const result = await tab.evaluate(async () => {
        const check = document.querySelector('mh-signal-check');
        const root = check.shadowRoot;
        root.querySelector('#indicator-often-tired').click();
        root.querySelector('#indicator-runs-away').click();
        root.querySelector('#acute-no').click();
        root.querySelector('[part="submit"]').click();
        await check.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return {
          heading: root.querySelector('[part="result-heading"]')?.textContent,
          focused: root.activeElement?.getAttribute('part'),
          cards: root.querySelectorAll('mh-contact-card').length,
          styled: getComputedStyle(root.querySelector('[part="submit"]')).borderStyle,
          stored: [document.cookie, localStorage.length, sessionStorage.length],
        };
      });
      assert.deepEqual(result, { heading: 'Meerdere signalen: je zorg is reëel', focused: 'result-heading', cards: 5, styled: 'solid', stored: ['', 0, 0] });
      assert.deepEqual(await tab.evaluate(() => window.__violations), [], 'CSP violations');
      assert.deepEqual(problems, []);
      await tab.close();
    });
  });
}
