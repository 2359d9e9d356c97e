// Lighthouse on the two embed demo pages, served from localhost as the demo serves them: the
// headers of its serve.json (the strict CSP among them) and gzip, in Debian's Chromium.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import sirv from 'sirv';

const require = createRequire(import.meta.url);
export const embedDemo = dirname(require.resolve('@mh/embed-demo/package.json'));

export const pages = [
  { id: 'school', path: '/school/', loads: 'mh-elements.nl.js' },
  { id: 'municipality', path: '/municipality/', loads: 'mh-signal-check.fr.js' },
];

const audits = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
  transferred: 'total-byte-weight',
};

/** The headers serve.json gives every path (`source: "**"`): the CSP, Referrer-Policy, nosniff. */
export function demoHeaders() {
  const config = JSON.parse(readFileSync(join(embedDemo, 'serve.json'), 'utf8'));
  const headers = Object.fromEntries((config.headers ?? []).filter((rule) => rule.source === '**').flatMap((rule) => rule.headers.map(({ key, value }) => [key, value])));
  if (!headers['Content-Security-Policy']) throw new Error(`${join(embedDemo, 'serve.json')} sets no Content-Security-Policy for "**"`);
  return headers;
}

/** A copy of dist/ with a .gz beside each text file, for sirv's `gzip` option (as `serve` compresses). */
function gzippedCopy(dist) {
  const copy = mkdtempSync(join(tmpdir(), 'mh-bench-demo-'));
  cpSync(dist, copy, { recursive: true });
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (['.html', '.css', '.js', '.svg', '.json'].includes(extname(name))) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
    }
  };
  walk(copy);
  return copy;
}

/** Starts Chromium with a DevTools port for Lighthouse; resolves to `{ port, close }`. */
async function startChromium(executablePath, flags) {
  const profile = mkdtempSync(join(tmpdir(), 'mh-bench-lh-profile-'));
  const child = spawn(executablePath, [...flags, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port in 30 s:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${output}`)));
  });
  child.stderr.resume();
  return {
    port,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs Lighthouse (performance and accessibility, its default mobile settings: simulated slow
 * 4G and 4× CPU slowdown) once on each demo page. Returns the scores and metrics, or
 * `{ skipped }` when the demo has not been built.
 */
export async function runLighthouse({ executablePath, flags }) {
  const dist = join(embedDemo, 'dist');
  if (!existsSync(join(dist, 'school', 'index.html'))) {
    return { skipped: `${join(dist, 'school', 'index.html')} does not exist: run pnpm exec turbo run build --filter=@mh/embed-demo` };
  }
  const headers = demoHeaders();
  const root = gzippedCopy(dist);
  const serve = sirv(root, { dev: false, gzip: true, etag: false, setHeaders: (response) => Object.entries(headers).forEach(([key, value]) => response.setHeader(key, value)) });
  const server = createServer((request, response) =>
    serve(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const chromium = await startChromium(executablePath, flags);
  try {
    const results = [];
    let settings;
    for (const page of pages) {
      const started = performance.now();
      const runner = await lighthouse(`${origin}${page.path}`, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const { lhr } = runner;
      const { formFactor, throttlingMethod, throttling } = lhr.configSettings;
      settings = { lighthouse: lhr.lighthouseVersion, formFactor, throttlingMethod, throttling, userAgent: lhr.environment.hostUserAgent };
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      results.push({
        page: page.id,
        path: page.path,
        loads: page.loads,
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        metrics: Object.fromEntries(Object.entries(audits).map(([key, audit]) => [key, lhr.audits[audit]?.numericValue ?? null])),
        failedAccessibilityAudits: lhr.categories.accessibility.auditRefs
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
          .map((audit) => audit.id),
        warnings: lhr.runWarnings,
        seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      });
    }
    return { settings, headers, pages: results };
  } finally {
    await chromium.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  }
}

