// Takes the screenshots of the CMS guide (docs/img/): the test pages with only
// placeholders and with only an iframe, on a phone, as a visitor sees them. Run after a build:
// pnpm --filter @mh/elements exec node scripts/cms-screenshots.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import sirv from 'sirv';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';

const out = new URL('../docs/img/', import.meta.url).pathname;
const pages = {
  '/placeholders.html': readFileSync(new URL('../test/drop-in/placeholders.html', import.meta.url)),
  '/host.html': readFileSync(new URL('../test/drop-in/host.html', import.meta.url)),
};
const serveDist = sirv(new URL('../dist/', import.meta.url).pathname, { dev: false });
const server = createServer((request, response) => {
  const page = pages[request.url];
  if (page) {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(page);
  } else serveDist(request, response, () => ((response.statusCode = 404), response.end()));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  browser: 'chrome',
  executablePath: chromiumPath,
  args: chromiumArgs,
});
mkdirSync(out, { recursive: true });
try {
  for (const [path, name] of [['/placeholders.html', 'placeholder'], ['/host.html', 'iframe']]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 360, height: 740, deviceScaleFactor: 1 });
    await tab.goto(origin + path, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await tab.screenshot({ path: `${out}${name}-360.png` });
    console.log(`wrote docs/img/${name}-360.png`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
