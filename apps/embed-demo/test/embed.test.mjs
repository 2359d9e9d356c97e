// The demo sites as a visitor meets them: dist/ served by serve-handler with the serve.json that
// `pnpm start` uses, in Debian's Chromium at a phone's and a desktop's width. A teacher completes
// the check with the keyboard only; nothing may leave the origin or be stored, the strict CSP
// must hold, and axe must find no WCAG 2.2 AA violation. Screenshots go to test-results/screenshots/.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import serveHandler from 'serve-handler';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';

const app = new URL('../', import.meta.url);
const dist = fileURLToPath(new URL('dist/', app));
const serveConfig = JSON.parse(readFileSync(new URL('serve.json', app), 'utf8'));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const screenshots = fileURLToPath(new URL('test-results/screenshots/', app));
mkdirSync(screenshots, { recursive: true });

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const widths = [
  { width: 360, options: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true } },
  { width: 1280, options: { viewport: { width: 1280, height: 800 } } },
];

const sites = [
  {
    name: 'school',
    path: '/school/',
    heading: 'Zorgen over een jongere?',
    concern: 'Je zorg is reëel',
    quickExit: true,
    // A teacher's check: the result adds what a teacher can do and links to the role tips below it.
    roleTips: { link: '#wat-kan-ik-doen', heading: 'Docent: wat je kunt doen' },
    phones: { 'child-focus': 'tel:116000' },
    theme: { accent: 'rgb(31, 95, 70)', radius: '12px', headingFont: 'Iowan Old Style', nameTransform: 'none' },
  },
  {
    name: 'municipality',
    path: '/municipality/',
    heading: 'Inquiet pour un jeune ?',
    concern: 'Votre inquiétude est fondée',
    quickExit: false,
    phones: { surya: 'tel:+3242324030', 'emergency-112': 'tel:112' },
    theme: { accent: 'rgb(27, 79, 156)', radius: '0px', headingFont: null, nameTransform: 'uppercase' },
  },
  {
    // A CMS that keeps no script in a page: the editor pasted placeholders only.
    name: 'youth-work',
    path: '/youth-work/',
    placeholders: true,
    heading: 'Zorgen over een jongere?',
    concern: 'Je zorg is reëel',
    quickExit: false,
    phones: { 'pag-asa': 'tel:+3225116464' },
    theme: { accent: 'rgb(91, 42, 134)', radius: '999px', headingFont: null, nameTransform: 'none' },
  },
];

let server;
let origin;
let browser;

before(async () => {
  assert.ok(existsSync(`${dist}mh/mh-elements.js`), 'dist/ is not built: run `pnpm build` (turbo does it before the tests)');
  server = createServer((request, response) => serveHandler(request, response, { ...serveConfig, public: dist }));
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

/** A new tab in its own context that records everything a privacy or CSP check needs. */
async function openTab(options = {}) {
  const context = await browser.newContext({ reducedMotion: 'reduce', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const problems = [];
  const outside = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} for ${response.url()}`));
  // A navigation aborts loads still under way (the favicon of the page left): not a fault of the page.
  page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed request ${request.url()}: ${request.failure()?.errorText}`));
  // data: URLs never leave the machine.
  page.on('request', (request) => !request.url().startsWith(`${origin}/`) && !request.url().startsWith('data:') && outside.push(request.url()));
  // CDP runs init scripts whatever the page's CSP says; the page's own scripts still obey it.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`), true);
    window.__assessed = [];
    document.addEventListener('mh-assess', (event) => window.__assessed.push(event.detail));
  });
  return { context, page, problems, outside };
}

function widgetsRendered() {
  const cards = [...document.querySelectorAll('mh-contact-card')];
  return (
    customElements.get('mh-signal-check') &&
    [...document.querySelectorAll('mh-role-tips')].every((tips) => tips.shadowRoot?.querySelector('[part="heading"]')) &&
    document.querySelector('mh-signal-check')?.shadowRoot?.querySelector('input[type="checkbox"]') &&
    cards.length > 0 &&
    cards.every((card) => card.shadowRoot?.querySelector('a[part="phone"]'))
  );
}

/** What has the keyboard focus, through shadow roots. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    const hosts = [];
    while (element?.shadowRoot?.activeElement) {
      hosts.push(element.localName);
      element = element.shadowRoot.activeElement;
    }
    return { host: hosts[0] ?? null, tag: element?.localName, type: element?.getAttribute('type'), id: element?.id, part: element?.getAttribute('part'), checked: element?.checked ?? null };
  });
}

async function tabUntil(page, matches, what) {
  for (let presses = 0; presses < 100; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  assert.fail(`100 presses of Tab never reached ${what}`);
}

async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource}\n;undefined`);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`);
  }, WCAG_22_AA);
}

/** The page must not scroll sideways: everything fits the viewport's width. */
async function assertNoSidewaysScroll(page, width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `the page is ${scrollWidth} px wide in a ${width} px viewport`);
}

describe('the server (serve.json)', () => {
  test('every response carries the strict CSP, no-referrer and nosniff, with the right types', async () => {
    const expected = {
      '/': 'text/html',
      '/index.css': 'text/css',
      '/school/': 'text/html',
      '/school/school.css': 'text/css',
      '/school/logo.svg': 'image/svg+xml',
      '/municipality/': 'text/html',
      '/municipality/commune.css': 'text/css',
      '/municipality/blason.svg': 'image/svg+xml',
      '/youth-work/': 'text/html',
      '/youth-work/spil.css': 'text/css',
      '/mh/mh-elements.js': 'application/javascript',
      '/mh/mh-signal-check.js': 'application/javascript',
      '/mh/mh-contact-card.js': 'application/javascript',
      '/mh/mh-elements.nl.js': 'application/javascript',
      '/mh/mh-signal-check.fr.js': 'application/javascript',
      '/mh/mh-contact-card.en.js': 'application/javascript',
    };
    for (const [path, type] of Object.entries(expected)) {
      const response = await fetch(`${origin}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type')?.split(';')[0], type, path);
      assert.equal(response.headers.get('content-security-policy'), CSP, path);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    }
    const missing = await fetch(`${origin}/mh/`);
    assert.equal(missing.status, 404, 'no directory listing');
    assert.equal(missing.headers.get('content-security-policy'), CSP, 'the 404 page too');
  });

  test('`pnpm start` (the serve CLI) uses the same serve.json', async () => {
    const start = JSON.parse(readFileSync(new URL('package.json', app), 'utf8')).scripts.start;
    const [command, ...args] = start.split(/\s+/);
    assert.equal(command, 'serve');
    const listen = args.indexOf('--listen');
    assert.ok(listen > 0, 'the start script names its address');
    args[listen + 1] = 'tcp://127.0.0.1:0';
    const cli = spawn(process.execPath, [fileURLToPath(new URL('node_modules/serve/build/main.js', app)), ...args], {
      cwd: fileURLToPath(app),
      env: { ...process.env, NO_UPDATE_CHECK: '1' }, // no request to the npm registry from a test
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const address = await new Promise((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 10_000);
        const read = (chunk) => {
          output += chunk;
          const found = /Accepting connections at (http:\/\/\S+)/.exec(output);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]);
          }
        };
        cli.stdout.on('data', read);
        cli.stderr.on('data', read);
        cli.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
      });
      for (const path of ['/school/', '/mh/mh-elements.js']) {
        const response = await fetch(`${address}${path}`);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers.get('content-security-policy'), CSP, path);
        assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
      }
    } finally {
      cli.kill();
    }
  });
});

describe('the overview page', () => {
  test('links to both sites, with no CSP violation, error or axe violation', async () => {
    const { context, page, problems, outside } = await openTab();
    try {
      await page.goto(`${origin}/`);
      const links = await page.$$eval('main a', (anchors) => anchors.map((anchor) => anchor.href));
      assert.deepEqual(links, [`${origin}/school/`, `${origin}/municipality/`, `${origin}/youth-work/`]);
      for (const link of links) assert.equal((await fetch(link)).status, 200, link);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.deepEqual(outside, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

for (const site of sites) {
  test(`${site.name}: the code to copy is exactly what the page embeds`, async () => {
    const source = await (await fetch(`${origin}${site.path}`)).text();
    const { context, page } = await openTab();
    try {
      await page.goto(`${origin}${site.path}`);
      const lines = (await page.textContent('.snippet pre code')).split('\n');
      const script = /<script type="module" src="([^"]+)"><\/script>/.exec(lines[0]);
      assert.ok(script, `the first line loads a drop-in file: ${lines[0]}`);
      assert.equal((await fetch(`${origin}${script[1]}`)).status, 200, script[1]);
      for (const line of lines) assert.ok(source.includes(line), `the page does not contain the snippet's line ${line}`);
      // A placeholder page embeds <div data-mh> placeholders (with their fallback), the others the tags.
      const embedded = site.placeholders ? source.match(/<div data-mh=[^\n]*<\/div>/g) : source.match(/<(mh-[a-z-]+)\b[^>]*><\/\1>/g);
      assert.deepEqual(lines.slice(1).sort(), embedded.sort(), 'the snippet has every element of the page, and only those');
      if (site.placeholders) assert.doesNotMatch(source.replace(/<script type="module" src="\/mh\/mh-elements.js"><\/script>/, ''), /<mh-|<script/, 'the page holds placeholders only');
    } finally {
      await context.close();
    }
  });

  for (const { width, options } of widths) {
    describe(`${site.name} at ${width} px`, () => {
      let tab;
      before(async () => {
        tab = await openTab(options);
        await tab.page.goto(`${origin}${site.path}`);
        await tab.page.waitForFunction(widgetsRendered);
      });
      after(async () => tab?.context.close());

      test('the widgets render in the page language and wear the site theme', async () => {
        const check = await tab.page.evaluate(() => {
          const root = document.querySelector('mh-signal-check').shadowRoot;
          const submit = root.querySelector('[part="submit"]');
          const card = document.querySelector('mh-contact-card').shadowRoot;
          return {
            heading: root.querySelector('[part="heading"]')?.textContent.replace(/\s+/g, ' ').trim(),
            checkboxes: root.querySelectorAll('input[type="checkbox"]').length,
            quickExit: Boolean(root.querySelector('[part="quick-exit"]')),
            accent: getComputedStyle(submit).backgroundColor,
            radius: getComputedStyle(submit).borderTopLeftRadius,
            headingFont: getComputedStyle(root.querySelector('[part="heading"]')).fontFamily,
            nameTransform: getComputedStyle(card.querySelector('[part="name"]')).textTransform,
          };
        });
        assert.equal(check.heading, site.heading);
        assert.ok(check.checkboxes >= 2, `only ${check.checkboxes} checkboxes`);
        assert.equal(check.quickExit, site.quickExit, 'the quick-exit button');
        assert.equal(check.accent, site.theme.accent, '--mh-color-accent reaches the submit button');
        assert.equal(check.radius, site.theme.radius, '--mh-radius reaches the submit button');
        if (site.theme.headingFont) assert.ok(check.headingFont.includes(site.theme.headingFont), `::part(heading) sets the font: ${check.headingFont}`);
        assert.equal(check.nameTransform, site.theme.nameTransform, '::part(name) of the card');
      });

      test('the contact cards show their phone links', async () => {
        const cards = await tab.page.evaluate(() =>
          Object.fromEntries(
            [...document.querySelectorAll('mh-contact-card')].map((card) => [
              card.getAttribute('contact'),
              {
                name: card.shadowRoot.querySelector('[part="name"]')?.textContent.trim(),
                phones: [...card.shadowRoot.querySelectorAll('a[part="phone"]')].map((link) => ({ href: link.getAttribute('href'), text: link.textContent.trim() })),
              },
            ]),
          ),
        );
        assert.deepEqual(Object.keys(cards), Object.keys(site.phones));
        for (const [contact, href] of Object.entries(site.phones)) {
          assert.ok(cards[contact].name, `${contact} has a name`);
          assert.ok(cards[contact].phones.every((phone) => phone.text), `${contact}: every phone link has a visible number`);
          assert.ok(cards[contact].phones.some((phone) => phone.href === href), `${contact} shows ${href}: ${JSON.stringify(cards[contact].phones)}`);
        }
      });

      test('axe finds no WCAG 2.2 AA violation on the page as loaded', async () => {
        assert.deepEqual(await axeViolations(tab.page), []);
      });

      test('it fits the width, and a full-page screenshot is saved', async () => {
        await assertNoSidewaysScroll(tab.page, width);
        await tab.page.screenshot({ path: `${screenshots}${site.name}-${width}.png`, fullPage: true });
      });

      test('a check completed with the keyboard only shows the result and focuses its heading', async () => {
        const { page } = tab;
        const first = await tabUntil(page, (now) => now.host === 'mh-signal-check' && now.type === 'checkbox', 'a checkbox of the check');
        await page.keyboard.press('Space');
        assert.equal((await focused(page)).checked, true, `Space ticks ${first.id}`);
        await page.keyboard.press('Tab');
        const second = await focused(page);
        assert.equal(second.type, 'checkbox', 'Tab goes to the next checkbox');
        await page.keyboard.press('Space');
        assert.equal((await focused(page)).checked, true, `Space ticks ${second.id}`);

        // The acute question: Tab enters the radio group on "yes", the arrow key answers "no".
        const yes = await tabUntil(page, (now) => now.type === 'radio', 'the acute-danger question');
        assert.equal(yes.id, 'acute-yes');
        await page.keyboard.press('ArrowDown');
        assert.deepEqual(await focused(page), { ...yes, id: 'acute-no', checked: true });

        await tabUntil(page, (now) => now.part === 'submit', 'the submit button');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.querySelector('mh-signal-check').shadowRoot.activeElement?.getAttribute('part') === 'result-heading');

        const result = await page.evaluate(() => {
          const root = document.querySelector('mh-signal-check').shadowRoot;
          return {
            focused: document.activeElement?.localName,
            heading: root.activeElement.textContent.replace(/\s+/g, ' ').trim(),
            cards: [...root.querySelectorAll('[part="result"] mh-contact-card')].filter((card) => card.shadowRoot?.querySelector('a[part="phone"]')).length,
            assessed: window.__assessed,
          };
        });
        const ids = [first.id, second.id].map((id) => id.replace(/^indicator-/, ''));
        assert.deepEqual(result.assessed, [{ level: 'concern', indicators: ids }], 'mh-assess tells the page the level and the two ticked signals');
        assert.equal(result.focused, 'mh-signal-check');
        assert.equal(result.heading, site.concern);
        assert.ok(result.cards > 0, 'the result shows contacts to call');
        if (site.roleTips) {
          // Seed 001 is Dutch: a Flemish teacher gets no Belgian tip yet, and a link to the role tips.
          const tips = await page.evaluate(() => {
            const part = document.querySelector('mh-signal-check').shadowRoot.querySelector('[part="role-tips"]');
            const below = document.querySelector('mh-role-tips').shadowRoot;
            return {
              heading: part?.querySelector('[role="heading"]')?.textContent.replace(/\s+/g, ' ').trim(),
              link: part?.querySelector('a')?.getAttribute('href'),
              below: below.querySelector('[part="heading"]')?.textContent.replace(/\s+/g, ' ').trim(),
              barriers: below.querySelectorAll('details').length,
            };
          });
          assert.deepEqual(tips, { heading: site.roleTips.heading, link: site.roleTips.link, below: site.roleTips.heading, barriers: 10 });
        }
      });

      test('axe finds no violation in the result either, and it still fits the width', async () => {
        assert.deepEqual(await axeViolations(tab.page), []);
        await assertNoSidewaysScroll(tab.page, width);
        await tab.page.screenshot({ path: `${screenshots}${site.name}-${width}-result.png`, fullPage: true });
      });

      test('nothing left the origin and nothing was stored', async () => {
        assert.deepEqual(tab.outside, [], 'requests to other origins');
        const stored = await tab.page.evaluate(async () => ({
          cookie: document.cookie,
          localStorage: localStorage.length,
          sessionStorage: sessionStorage.length,
          indexedDB: typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((database) => database.name) : [],
        }));
        assert.deepEqual(stored, { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [] });
        const state = await tab.context.storageState({ indexedDB: true });
        assert.deepEqual(state, { cookies: [], origins: [] }, 'the browser holds no cookie or storage for the site');
      });

      test('no CSP violation, no page error, no console error or warning', async () => {
        assert.deepEqual(await tab.page.evaluate(() => window.__cspViolations), []);
        assert.deepEqual(tab.problems, []);
      });
    });
  }
}

test('school: Escape pressed twice leaves with location.replace, so Back does not return', async () => {
  const { context, page, problems, outside } = await openTab(widths[0].options);
  try {
    // The exit page is answered here: no request reaches google.com.
    await page.route('https://www.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'left' }));
    await page.goto(`${origin}/`);
    await page.goto(`${origin}/school/`);
    await page.waitForFunction(widgetsRendered);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    assert.equal(page.url(), `${origin}/school/`, 'one Escape stays');
    await Promise.all([page.waitForURL('https://www.google.com/'), page.keyboard.press('Escape')]);
    assert.equal(await page.textContent('body'), 'left');
    await page.goBack();
    assert.equal(page.url(), `${origin}/`, 'Back skips the school page');
    assert.ok(outside.length > 0 && outside.every((url) => url.startsWith('https://www.google.com/')), `requests elsewhere: ${outside}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
