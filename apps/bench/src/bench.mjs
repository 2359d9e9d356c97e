// The benchmark: what a visitor waits for after the download of each drop-in file, against a
// bare Lit card, in Debian's Chromium, with and without 4× CPU throttling; then Lighthouse on
// the embed demo. Writes results/results.json and results/results.md and prints the tables.
//
//   node src/bench.mjs [--runs N] [--quick] [--no-lighthouse] [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { assertBuilt, cases } from './cases.mjs';
import { currentLoad, describeMachine, describeRevision } from './machine.mjs';
import { toMarkdown } from './report.mjs';
import { startBenchServer } from './server.mjs';
import { ratio, summarise } from './stats.mjs';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';

const app = fileURLToPath(new URL('..', import.meta.url));
// `pnpm bench -- --runs 40` hands the `--` on as it is.
const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
const { values: options } = parseArgs({
  args,
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: true },
    out: { type: 'string' },
  },
  allowNegative: true,
});
// A fresh page costs 0.4–1 s on 2 cores (quiet to very busy), so 10 runs × 6 cases × 2
// throttle settings take 1–3 minutes; Lighthouse adds about 20 s. It must stay under 5 minutes.
const runs = options.quick ? 1 : Number(options.runs ?? 10);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number ≥ 1, not ${options.runs}`);
const withLighthouse = options.lighthouse && !options.quick;
// A quick run must not overwrite the committed results.
const out = resolve(options.out ?? join(app, options.quick ? 'test-results/quick' : 'results'));
const command = options.quick || options.runs || !options.lighthouse || options.out ? `node src/bench.mjs ${args.join(' ')}` : 'pnpm bench';

const executablePath = chromiumPath;
const flags = chromiumArgs;
const throttles = [1, 4];
const viewport = { width: 360, height: 740 };
const metricKeys = ['transferred', 'evaluate', 'render', 'total', 'interaction', 'interactionTicks', 'interactionSubmit', 'heap', 'styleLayoutAtRender', 'interactionStyleLayout'];

/** Chromium's own count of the ms spent on style recalculation and layout so far (CDP Performance). */
function styleAndLayout({ metrics }) {
  const seconds = (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return (seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000;
}

/** One fresh page (a new browser context: empty cache) for one case at one throttle setting. */
async function measure(browser, origin, benchCase, rate) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/case/${benchCase.id}`);
    const load = await Promise.race([
      page.evaluate(() => window.benchLoaded),
      // Only a hung page ends here: a slow, busy machine must not fail a run for timing alone.
      new Promise((resolve) => setTimeout(() => resolve({ error: `nothing after 120 s (${problems.join('; ') || 'no error seen'})` }), 120_000).unref()),
    ]);
    if (load.error) throw new Error(`${benchCase.id} did not render: ${load.error}`);
    if (!load.crossOriginIsolated) throw new Error('the case page is not cross-origin isolated: performance.now() would be coarse');
    const styleLayoutAtRender = styleAndLayout(await cdp.send('Performance.getMetrics'));
    // The heap does not depend on the throttling, and a throttled GC only costs time.
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const used = benchCase.interaction ? await page.evaluate(() => window.benchInteract()) : null;
    const interactionStyleLayout = used ? styleAndLayout(await cdp.send('Performance.getMetrics')) - styleLayoutAtRender : null;
    if (problems.length) throw new Error(`${benchCase.id}: ${problems.join('; ')}`);
    return {
      transferred: load.transferred,
      evaluate: load.evaluate,
      render: load.render,
      total: load.total,
      interaction: used?.interaction ?? null,
      interactionTicks: used?.ticks ?? null,
      interactionSubmit: used?.submit ?? null,
      heap: heap.usedSize,
      styleLayoutAtRender,
      interactionStyleLayout,
      encoded: load.encoded,
      decoded: load.decoded,
      result: used?.result ?? null,
    };
  } finally {
    await context.close();
  }
}

/** V8's used heap of the same page set-up with no file (the harness alone), after a forced GC. */
async function emptyPageHeap(browser, origin) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${origin}/case/empty`);
    await page.evaluate(() => document.readyState); // measure() evaluates in the page once, too
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await context.close();
  }
}

assertBuilt();
const started = performance.now();
const machine = describeMachine(executablePath);
const server = await startBenchServer(cases);
const browser = await chromium.launch({ executablePath, args: flags }).catch((error) => {
  throw new Error(`bench: could not start Chromium (${executablePath}): ${error.message}`, { cause: error });
});
const samples = Object.fromEntries(throttles.map((rate) => [rate, Object.fromEntries(cases.map((c) => [c.id, []]))]));
const details = {};
const emptyHeaps = [];
try {
  // One unrecorded round per throttle setting, so the first recorded pages do not pay for warming up.
  for (const rate of throttles) for (const benchCase of cases) await measure(browser, server.origin, benchCase, rate);
  for (let i = 0; i < 3; i += 1) emptyHeaps.push(await emptyPageHeap(browser, server.origin));
  // Cases take turns (in a rotating order) so a busy spell of the machine hits all of them alike.
  for (let run = 0; run < runs; run += 1) {
    for (const rate of throttles) {
      for (let i = 0; i < cases.length; i += 1) {
        const benchCase = cases[(run + i) % cases.length];
        const sample = await measure(browser, server.origin, benchCase, rate);
        samples[rate][benchCase.id].push(sample);
        details[benchCase.id] ??= { encodedBytes: sample.encoded, decodedBytes: sample.decoded, gzipBytes: server.gzipBytes(benchCase.file), interactionResult: sample.result };
      }
    }
    process.stderr.write(`\rrun ${run + 1}/${runs} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  process.stderr.write('\n');
} finally {
  await browser.close();
  await server.close();
}
const benchSeconds = (performance.now() - started) / 1000;

const figures = {};
const ratios = {};
for (const rate of throttles) {
  const key = `${rate}x`;
  figures[key] = {};
  for (const benchCase of cases) {
    figures[key][benchCase.id] = Object.fromEntries(
      metricKeys.map((metric) => [metric, summarise(samples[rate][benchCase.id].map((sample) => sample[metric]).filter((value) => value !== null))]),
    );
  }
  ratios[key] = {};
  for (const benchCase of cases.filter((c) => c.id !== 'baseline')) {
    ratios[key][benchCase.id] = Object.fromEntries(metricKeys.map((metric) => [metric, ratio(figures[key][benchCase.id][metric], figures[key].baseline[metric])]));
  }
}

// pnpm bench must end within 5 minutes; Lighthouse takes 20–40 s on a busy machine.
const lighthouseDeadline = 230;
let lighthouse = null;
if (withLighthouse && benchSeconds > lighthouseDeadline) {
  lighthouse = { skipped: `the page runs took ${benchSeconds.toFixed(0)} s (more than ${lighthouseDeadline} s: the machine is very busy), so Lighthouse would pass the 5-minute budget` };
} else if (withLighthouse) {
  process.stderr.write('Lighthouse on the embed demo…\n');
  const { runLighthouse } = await import('./lighthouse.mjs');
  lighthouse = await runLighthouse({ executablePath, flags });
} else {
  lighthouse = { skipped: options.quick ? '--quick' : '--no-lighthouse' };
}

const results = {
  date: new Date().toISOString(),
  command,
  revision: describeRevision(app),
  machine,
  loadAverageAtEnd: currentLoad(),
  method: {
    runs,
    throttles,
    viewport,
    spread: 'p10–p90 (linear interpolation); min and max are in the JSON',
    order: 'the cases taking turns in a rotating order, after one unrecorded warm-up round per throttle setting',
    browser: `playwright-core chromium.launch with ${executablePath} ${flags.join(' ')}`,
    metrics: {
      transferred: 'bytes: resource timing transferSize of the file (gzip -9 body plus headers)',
      evaluate: 'ms: from the end of the download (responseEnd) to the end of the file’s top-level code, less the time inside customElements.define for the tags on the page',
      render: 'ms: time inside customElements.define for the tags on the page (their upgrade) plus from the end of the file’s top-level code until every element’s updateComplete has resolved and its text is laid out',
      total: 'ms: evaluate + render, from responseEnd to rendered',
      interaction: 'ms: the signal check: tick three signals (each re-renders) and submit, until the result and its contact cards are laid out; the role tips alone: open the first barrier until its answer is laid out',
      interactionTicks: 'ms: the three ticks of the interaction (signal check cases)',
      interactionSubmit: 'ms: the submit of the interaction, until the result and its contact cards are laid out',
      heap: 'bytes: Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, after the first render',
      styleLayoutAtRender: 'ms: Chromium’s RecalcStyleDuration + LayoutDuration (CDP Performance.getMetrics) of the page until rendered; a diagnostic',
      interactionStyleLayout: 'ms: the same, during the interaction; a diagnostic',
    },
    ratios: 'median of the case / median of the baseline, same run and throttle setting; none for interaction (the baseline has none)',
  },
  cases: cases.map(({ id, label, file, markup }) => ({ id, label, file, markup, ...details[id] })),
  figures,
  ratios,
  emptyPageHeap: summarise(emptyHeaps),
  lighthouse,
  seconds: { bench: Number(benchSeconds.toFixed(1)), total: Number(((performance.now() - started) / 1000).toFixed(1)) },
};

const shown = (file) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file));
const markdown = toMarkdown(results);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(out, 'results.md'), markdown);
console.log(markdown);
console.log(`Wrote ${shown(join(out, 'results.json'))} and results.md in ${results.seconds.total} s (pages: ${results.seconds.bench} s).`);
