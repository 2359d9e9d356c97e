// The drop-in files carry only the data an element shows (scripts/runtime-data.ts). This proves
// it loses nothing: every drop-in file, in each language it carries, renders every state of the
// check, every contact card and every role's tips in every region exactly as a bundle of the
// packages' complete data does. And a
// one-language file asked for another language shows its own and says so once. And none of
// them carries zod.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { contacts } from '@mh/contacts';
import { roles } from '@mh/role-tips';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import sirv from 'sirv';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';

const regions = ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL', 'NL'];
/** One result per level, the running-away reason (from an indicator's note), and everything ticked. */
const scenarios = [
  { name: 'nothing ticked', indicators: [], acute: 'no' },
  { name: 'one signal', indicators: ['often-tired'], acute: 'no' },
  { name: 'several signals', indicators: ['often-tired', 'runs-away'], acute: 'no' },
  { name: 'acute danger', indicators: [], acute: 'yes' },
  { name: 'everything ticked', indicators: 'all', acute: 'yes' },
  // With reader-role: the role's tips in the result, and a parent's secrecy answer.
  { name: 'several signals, as a police officer', indicators: ['often-tired', 'runs-away'], acute: 'no', role: 'police' },
  { name: 'acute danger, as a parent', indicators: [], acute: 'yes', role: 'parent-or-friend' },
];
const contactIds = contacts.map((contact) => contact.id);
const roleIds = roles.map((role) => role.id);

const reference = mkdtempSync(join(tmpdir(), 'mh-reference-'));
let server;
let origin;
let browser;

before(async () => {
  // The reference: the same entry, bundled from the packages as they are, with nothing left out.
  await build({
    entryPoints: [new URL('../src/cdn/mh-elements.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['browser', 'production'],
    outfile: join(reference, 'mh-elements.js'),
    logLevel: 'warning',
  });
  const serveDist = sirv(new URL('../dist/', import.meta.url).pathname, { dev: false });
  const serveReference = sirv(reference, { dev: false });
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const notFound = () => {
      response.statusCode = 404;
      response.end();
    };
    if (url.pathname === '/page.html') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      const lang = url.searchParams.get('lang') ?? 'nl';
      response.end(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><title>t</title><main></main><script type="module" src="${url.searchParams.get('file')}"></script>`);
    } else if (url.pathname.startsWith('/reference/')) {
      request.url = request.url.slice('/reference'.length);
      serveReference(request, response, notFound);
    } else serveDist(request, response, notFound);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ browser: 'chrome', executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(reference, { recursive: true, force: true });
});

/**
 * Opens `file` and renders, in `locale`, what `kind` names ('check', 'card', 'tips') for every
 * region and scenario, every contact and every role in every region; returns each rendering as text, links and labels,
 * through the cards' shadow roots, keyed by what was rendered.
 */
async function render(file, locale, kinds, warnings = []) {
  const tab = await browser.newPage();
  tab.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
  tab.on('pageerror', (error) => warnings.push(`page error: ${error.message}`));
  await tab.goto(`${origin}/page.html?file=${file}`, { waitUntil: 'load' });
  await tab.waitForFunction((tag) => customElements.get(tag), {}, kinds.includes('check') ? 'mh-signal-check' : kinds.includes('card') ? 'mh-contact-card' : 'mh-role-tips');
  const renderings = await tab.evaluate(
    async ({ locale, kinds, regions, scenarios, contactIds, roleIds }) => {
      const seen = (node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent.replace(/\s+/g, ' ').trim();
        if (node.nodeType !== Node.ELEMENT_NODE) return '';
        const attributes = ['href', 'lang', 'aria-level', 'title', 'aria-describedby']
          .filter((name) => node.hasAttribute(name))
          .map((name) => `${name}=${node.getAttribute(name)}`);
        const children = [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(seen).filter(Boolean);
        return `<${node.localName}${attributes.length ? ` ${attributes.join(' ')}` : ''}>${children.join(' ')}</>`;
      };
      const settle = async (element) => {
        await element.updateComplete;
        await Promise.all([...element.shadowRoot.querySelectorAll('mh-contact-card')].map((card) => card.updateComplete));
      };
      const main = document.querySelector('main');
      const out = {};
      if (kinds.includes('check')) {
        for (const region of regions) {
          for (const scenario of scenarios) {
            const check = document.createElement('mh-signal-check');
            check.setAttribute('lang', locale);
            check.setAttribute('region', region);
            if (scenario.role) check.setAttribute('reader-role', scenario.role);
            main.replaceChildren(check);
            await settle(check);
            const root = check.shadowRoot;
            const boxes = [...root.querySelectorAll('input[name="indicator"]')];
            for (const box of boxes) if (scenario.indicators === 'all' || scenario.indicators.includes(box.value)) box.click();
            root.querySelector(`#acute-${scenario.acute}`).click();
            root.querySelector('[part="submit"]').click();
            await settle(check);
            out[`check ${region}, ${scenario.name}`] = seen(check);
          }
        }
      }
      if (kinds.includes('card')) {
        for (const id of contactIds) {
          for (const compact of [false, true]) {
            const card = document.createElement('mh-contact-card');
            card.setAttribute('lang', locale);
            card.setAttribute('contact', id);
            if (compact) card.setAttribute('compact', '');
            main.replaceChildren(card);
            await card.updateComplete;
            out[`card ${id}${compact ? ', compact' : ''}`] = seen(card);
          }
        }
      }
      if (kinds.includes('tips')) {
        for (const role of roleIds) {
          for (const region of regions) {
            const tips = document.createElement('mh-role-tips');
            tips.setAttribute('lang', locale);
            tips.setAttribute('reader-role', role);
            tips.setAttribute('region', region);
            main.replaceChildren(tips);
            await tips.updateComplete;
            out[`tips ${role}, ${region}`] = seen(tips);
          }
        }
      }
      return out;
    },
    { locale, kinds, regions, scenarios, contactIds, roleIds },
  );
  await tab.close();
  return renderings;
}

/** Where two renderings part, with some context, so a failure says what went missing. */
function difference(shown, wanted) {
  let at = 0;
  while (at < wanted.length && shown[at] === wanted[at]) at += 1;
  return `shows …${shown.slice(Math.max(0, at - 80), at + 120)}… where the complete data shows …${wanted.slice(Math.max(0, at - 80), at + 120)}…`;
}

const dropInFiles = { 'mh-elements': ['check', 'card', 'tips'], 'mh-signal-check': ['check'], 'mh-contact-card': ['card'], 'mh-role-tips': ['tips'] };

describe('the drop-in files show what the complete data shows', () => {
  const expected = {};
  for (const locale of ['nl', 'fr', 'en']) {
    test(`in ${locale}`, async () => {
      expected[locale] ??= await render('/reference/mh-elements.js', locale, ['check', 'card', 'tips']);
      assert.ok(Object.keys(expected[locale]).length === regions.length * scenarios.length + contactIds.length * 2 + roleIds.length * regions.length);
      for (const [name, kinds] of Object.entries(dropInFiles)) {
        for (const file of [`${name}.js`, `${name}.${locale}.js`]) {
          const warnings = [];
          const shown = await render(`/cdn/${file}`, locale, kinds, warnings);
          const wanted = Object.fromEntries(Object.entries(expected[locale]).filter(([key]) => kinds.includes(key.split(' ')[0])));
          assert.deepEqual(Object.keys(shown), Object.keys(wanted), `${file} in ${locale}: what was rendered`);
          for (const key of Object.keys(wanted)) assert.equal(shown[key], wanted[key], `${file} in ${locale}, ${key}: ${difference(shown[key], wanted[key])}`);
          assert.deepEqual(warnings, [], `${file} in ${locale}`);
        }
      }
    });
  }
});

test('no drop-in file carries zod', () => {
  const cdn = new URL('../dist/cdn/', import.meta.url);
  const files = readdirSync(cdn).filter((name) => name.endsWith('.js'));
  assert.equal(files.length, 17, 'the sixteen drop-in files and frame.js');
  // zod's class names survive minification: a bundle with zod in it has them.
  for (const name of files) assert.doesNotMatch(readFileSync(new URL(name, cdn), 'utf8'), /\$ZodType|ZodError/, name);
});

/** Opens `file` on a page whose `<html lang>` is `lang` (none if null) and shows a check and a card. */
async function headingAndBadge(file, lang) {
  const warnings = [];
  const tab = await browser.newPage();
  tab.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
  await tab.goto(`${origin}/page.html?file=${file}${lang === null ? '&lang=' : `&lang=${lang}`}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => customElements.get('mh-signal-check'));
  const shown = await tab.evaluate(async () => {
    document.querySelector('main').innerHTML = '<mh-signal-check></mh-signal-check><mh-contact-card contact="child-focus"></mh-contact-card>';
    const [check, card] = document.querySelector('main').children;
    await Promise.all([check.updateComplete, card.updateComplete]);
    return [check.shadowRoot.querySelector('[part="heading"]').textContent, card.shadowRoot.querySelector('[part="badge"]').textContent];
  });
  await tab.close();
  return { shown, warnings };
}

test('a one-language file asked for another language shows its own, and says so once', async () => {
  assert.deepEqual(await headingAndBadge('/cdn/mh-elements.fr.js', 'nl-BE'), {
    shown: ['Inquiet pour un jeune\u00a0?', 'gratuit'],
    warnings: [
      '<mh-signal-check>: this file carries only "fr", so the language "nl-BE" is shown in "fr". The drop-in files without a language in their name (mh-elements.js) carry nl, fr and en.',
    ],
  });
});

test('a one-language file on a page that declares no language speaks its own, without a warning', async () => {
  assert.deepEqual(await headingAndBadge('/cdn/mh-elements.en.js', null), { shown: ['Worried about a young person?', 'free'], warnings: [] });
  // The file with every language falls back to the source language, nl, as before.
  assert.deepEqual(await headingAndBadge('/cdn/mh-elements.js', null), { shown: ['Zorgen over een jongere?', 'gratis'], warnings: [] });
});
