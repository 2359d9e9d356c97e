// The drop-in files on a plain HTML page served with a strict Content-Security-Policy, in
// Debian's Chromium and Firefox: two copies load without errors, both widgets work, and the
// page makes no request but its own files and no CSP violation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import sirv from 'sirv';
import { chromiumArgs, chromiumPath, firefoxPath } from '../../../scripts/browsers.mjs';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const fixtures = {
  '/': readFileSync(new URL('./drop-in/index.html', import.meta.url)),
  '/placeholders.html': readFileSync(new URL('./drop-in/placeholders.html', import.meta.url)),
  '/host.html': readFileSync(new URL('./drop-in/host.html', import.meta.url)),
  '/left.html': '<!doctype html><title>Elders</title><p>Elders.</p>',
};
const serveCdn = sirv(new URL('../dist/', import.meta.url).pathname, { dev: false });

let server;
let origin;
before(async () => {
  server = createServer((request, response) => {
    // frame.html is made to be framed: it may not forbid all ancestors.
    const framed = request.url.startsWith('/cdn/frame.html');
    // and the page that frames it allows that one frame.
    const csp = framed ? CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'") : request.url === '/host.html' ? `${CSP}; frame-src 'self'` : CSP;
    response.setHeader('Content-Security-Policy', csp);
    if (request.url === '/favicon.ico') {
      response.statusCode = 204; // the browser asks for it on its own
      response.end();
    } else if (fixtures[request.url]) {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(fixtures[request.url]);
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


/** Each browser, launched as a visitor has it, or with scripts switched off in its settings. */
const browsers = {
  chromium: ({ scripts = true } = {}) =>
    puppeteer.launch({
      browser: 'chrome',
      executablePath: chromiumPath,
      args: [...chromiumArgs, ...(scripts ? [] : ['--blink-settings=scriptEnabled=false'])],
    }),
  firefox: ({ scripts = true } = {}) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      ...(scripts ? {} : { extraPrefsFirefox: { 'javascript.enabled': false } }),
    }),
};

/** Collects what must not happen on a page: errors, warnings, failed or foreign requests, CSP violations. */
async function watch(tab, problems) {
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(`console ${message.type()}: ${message.text()}`));
  tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} for ${response.url()}`));
  // data: URLs never leave the machine (Firefox loads one of its own fonts that way).
  tab.on('request', (request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && problems.push(`request to ${request.url()}`));
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

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
      await watch(tab, problems);
      await tab.goto(`${origin}/`, { waitUntil: 'load' });
      await tab.waitForFunction(() => customElements.get('mh-signal-check') && document.querySelector('mh-contact-card')?.shadowRoot?.querySelector('a'));

      const card = await tab.evaluate(() => {
        const root = document.querySelector('mh-contact-card').shadowRoot;
        return { phone: root.querySelector('a[href="tel:116000"]')?.textContent, badge: root.querySelector('[part="badge"]')?.textContent };
      });
      assert.deepEqual(card, { phone: '116 000', badge: 'gratuit' });

      // The one-language role tips beside the all-in-one file: the tag is defined once, and it renders.
      await tab.waitForFunction(() => document.querySelector('mh-role-tips')?.shadowRoot?.querySelector('[part="heading"]'));
      const roleTips = await tab.evaluate(() => {
        const root = document.querySelector('mh-role-tips').shadowRoot;
        return { heading: root.querySelector('[part="heading"]').textContent.trim(), barriers: root.querySelectorAll('details').length, source: root.querySelector('[part="source"]')?.textContent };
      });
      assert.deepEqual(roleTips, { heading: 'Docent: wat je kunt doen', barriers: 10, source: 'Bron: De reis van Kelly, Vladimir of Michael, Docent' });

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
      assert.deepEqual(result, { heading: 'Je zorg is reëel', focused: 'result-heading', cards: 5, styled: 'solid', stored: ['', 0, 0] });
      assert.deepEqual(await tab.evaluate(() => window.__violations), [], 'CSP violations');
      assert.deepEqual(problems, []);
      await tab.close();
    });

    test('placeholders a CMS keeps become widgets, each once, also when added later', async () => {
      const tab = await browser.newPage();
      const problems = [];
      await watch(tab, problems);
      await tab.goto(`${origin}/placeholders.html`, { waitUntil: 'load' });
      await tab.waitForFunction(() => document.querySelector('[data-mh="contact-card"] mh-contact-card')?.shadowRoot?.querySelector('a'));
      const upgraded = await tab.evaluate(async () => {
        const [check, card, unknown, roleTips] = [...document.querySelectorAll('[data-mh]')];
        await roleTips.firstElementChild.updateComplete;
        await check.firstElementChild.updateComplete;
        const root = check.firstElementChild.shadowRoot;
        root.querySelector('#indicator-often-tired').click();
        root.querySelector('#indicator-runs-away').click();
        root.querySelector('[part="submit"]').click();
        await check.firstElementChild.updateComplete;
        // A page builder adds a placeholder after load.
        document.querySelector('main').insertAdjacentHTML('beforeend', '<section><div data-mh="contact-card" data-contact="payoke"></div></section>');
        await new Promise((resolve) => setTimeout(resolve, 100));
        const late = document.querySelector('section [data-mh]');
        await late.firstElementChild?.updateComplete;
        return {
          children: [check, card, unknown, roleTips, late].map((placeholder) => [...placeholder.children].map((child) => child.localName)),
          roleTips: roleTips.firstElementChild.shadowRoot.querySelector('[part="heading"]')?.textContent.trim(),
          region: check.firstElementChild.getAttribute('region'),
          exitButton: Boolean(root.querySelector('[part="quick-exit"]')),
          result: root.querySelector('[part="result-heading"]')?.textContent,
          cardBadge: card.firstElementChild.shadowRoot.querySelector('[part="badge"]')?.textContent,
          unknown: unknown.firstElementChild.shadowRoot.querySelector('[part="message"]')?.textContent,
          late: late.firstElementChild.shadowRoot.querySelector('a[href^="tel:"]')?.textContent,
        };
      });
      assert.deepEqual(upgraded, {
        children: [['mh-signal-check'], ['mh-contact-card'], ['mh-contact-card'], ['mh-role-tips'], ['mh-contact-card']],
        roleTips: 'Teacher: what you can do',
        region: 'BE-VLG',
        exitButton: true,
        result: 'Je zorg is reëel',
        cardBadge: 'sans frais',
        unknown: 'Dit onderdeel kan niet getoond worden: "quiz" is onbekend. Gebruik data-mh="signal-check", data-mh="contact-card" of data-mh="role-tips".',
        late: '03 201 16 90',
      });
      assert.deepEqual(await tab.evaluate(() => window.__violations), [], 'CSP violations');
      assert.deepEqual(problems, ['console warn: mh: unknown data-mh="quiz". Use data-mh="signal-check", data-mh="contact-card" or data-mh="role-tips".']);
      await tab.close();
    });

    test('without scripts the placeholder’s own content stays as the fallback', async () => {
      const noScripts = await launch({ scripts: false });
      try {
        const tab = await noScripts.newPage();
        await tab.goto(`${origin}/placeholders.html`, { waitUntil: 'load' });
        const shown = await tab.evaluate(() => ({
          link: document.querySelector('[data-mh="signal-check"] a')?.textContent,
          widgets: document.querySelectorAll('mh-signal-check, mh-contact-card, mh-role-tips').length,
        }));
        assert.deepEqual(shown, { link: 'Zorgen over een jongere? Lees hoe je kan helpen.', widgets: 0 });
      } finally {
        await noScripts.close();
      }
    });

    test('frame.html renders the widget its query string names, and says so when it does not know it', async () => {
      const tab = await browser.newPage();
      const problems = [];
      await watch(tab, problems);
      const open = async (query) => {
        await tab.goto(`${origin}/cdn/frame.html?${query}`, { waitUntil: 'load' });
        await tab.waitForFunction(() => document.querySelector('main > *')?.shadowRoot?.firstElementChild);
        return tab.evaluate(() => {
          const element = document.querySelector('main > *');
          const root = element.shadowRoot;
          return {
            tag: element.localName,
            lang: document.documentElement.lang,
            title: document.title,
            text: (root.querySelector('[part="heading"], [part="name"], [part="message"]')?.textContent ?? '').trim(),
          };
        });
      };
      assert.deepEqual(await open('widget=signal-check&lang=nl&region=BE-VLG'), { tag: 'mh-signal-check', lang: 'nl', title: 'Zorgen over een jongere?', text: 'Zorgen over een jongere?' });
      assert.deepEqual(await open('widget=contact-card&contact=child-focus&lang=en'), { tag: 'mh-contact-card', lang: 'en', title: 'mh', text: 'Child Focus' });
      assert.deepEqual(await open('widget=role-tips&reader-role=gp&region=NL&lang=nl'), { tag: 'mh-role-tips', lang: 'nl', title: 'mh', text: 'Huisarts of medische professional: wat je kunt doen' });
      const unknown = await open('widget=quiz&lang=fr');
      assert.equal(unknown.text, 'Cet élément ne peut pas être affiché\u00a0: «\u00a0quiz\u00a0» est inconnu. Utilisez data-mh="signal-check", data-mh="contact-card" ou data-mh="role-tips".');
      assert.deepEqual(await tab.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
      assert.deepEqual(await tab.evaluate(() => window.__violations), [], 'CSP violations');
      assert.deepEqual(problems, []);
      await tab.close();
    });

    test('the quick exit inside frame.html leaves the whole page, not only the frame', async () => {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/host.html`, { waitUntil: 'load' });
      const frame = await (await tab.waitForSelector('iframe')).contentFrame();
      await frame.waitForFunction(() => document.querySelector('mh-signal-check')?.shadowRoot?.querySelector('[part="quick-exit"]'));
      await frame.evaluate(() => document.querySelector('mh-signal-check').shadowRoot.querySelector('#indicator-often-tired').focus());
      const left = tab.waitForNavigation();
      await tab.keyboard.press('Escape');
      await tab.keyboard.press('Escape');
      await left;
      assert.equal(new URL(tab.url()).pathname, '/left.html');
      await tab.close();
    });
  });
}
