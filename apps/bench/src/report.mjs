// The results as markdown tables: the same text is printed and written to results.md.

const metrics = [
  { key: 'transferred', title: 'transferred (gzip)', format: (bytes) => `${(bytes / 1000).toFixed(1)} kB`, spread: false },
  { key: 'evaluate', title: 'evaluate (ms)', format: (ms) => ms.toFixed(1) },
  { key: 'render', title: 'define → render (ms)', format: (ms) => ms.toFixed(1) },
  { key: 'total', title: 'download → rendered (ms)', format: (ms) => ms.toFixed(1) },
  { key: 'interaction', title: 'interaction (ms)', format: (ms) => ms.toFixed(1) },
  { key: 'heap', title: 'JS heap (MB)', format: (bytes) => (bytes / 1e6).toFixed(2) },
];

const times = (value) => (value === null ? '' : ` · ×${value < 10 ? value.toFixed(2) : value.toFixed(1)}`);

function cell(metric, summary, ratio) {
  if (!summary) return '–';
  const { format } = metric;
  // A figure that does not vary (the bytes) is shown once.
  const spread = metric.spread === false || summary.p10 === summary.p90 ? '' : ` (${format(summary.p10)}–${format(summary.p90)})`;
  return `${format(summary.median)}${spread}${times(ratio)}`;
}

function throttleTable(results, throttle) {
  const header = `| case | ${metrics.map((metric) => metric.title).join(' | ')} |`;
  const rule = `|---|${metrics.map(() => '---:').join('|')}|`;
  const rows = results.cases.map((benchCase) => {
    const figures = results.figures[throttle][benchCase.id];
    const ratios = results.ratios[throttle][benchCase.id] ?? {};
    return `| ${benchCase.label} | ${metrics.map((metric) => cell(metric, figures[metric.key], ratios[metric.key] ?? null)).join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

const seconds = (ms) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);

function lighthouseTable(lighthouse) {
  if (!lighthouse) return 'Lighthouse: not run.';
  if (lighthouse.skipped) return `Lighthouse: not run (${lighthouse.skipped}).`;
  const { settings } = lighthouse;
  const t = settings.throttling;
  const rows = lighthouse.pages.map(
    (page) =>
      `| ${page.path} (${page.loads}) | ${page.performance} | ${page.accessibility} | ${seconds(page.metrics.fcp)} | ${seconds(page.metrics.lcp)} | ${Math.round(page.metrics.tbt)} ms | ${page.metrics.cls.toFixed(3)} | ${seconds(page.metrics.speedIndex)} | ${(page.metrics.transferred / 1000).toFixed(1)} kB |`,
  );
  return [
    `Lighthouse ${settings.lighthouse}, ${settings.formFactor}, ${settings.throttlingMethod} throttling (RTT ${t.rttMs} ms, ${t.throughputKbps} kbps, CPU ×${t.cpuSlowdownMultiplier}), one run per page, served from localhost with the demo's serve.json headers (strict CSP) and gzip:`,
    '',
    '| page | performance | accessibility | FCP | LCP | TBT | CLS | Speed Index | page weight |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    ...lighthouse.pages.filter((page) => page.failedAccessibilityAudits.length).map((page) => `\nFailed accessibility audits on ${page.path}: ${page.failedAccessibilityAudits.join(', ')}.`),
  ].join('\n');
}

export function toMarkdown(results) {
  const { machine, method } = results;
  const sections = method.throttles.map((rate) => {
    const key = `${rate}x`;
    const title = rate === 1 ? 'No CPU throttling' : `CPU throttled ${rate}× (CDP Emulation.setCPUThrottlingRate)`;
    return `### ${title}\n\n${throttleTable(results, key)}`;
  });
  return [
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC with \`${results.command}\` at ${results.revision.commit?.slice(0, 7) ?? 'an unknown commit'}${results.revision.dirty ? ' with uncommitted changes' : ''}: ${method.runs} runs per case and throttle setting, each in a fresh page, ${method.order}.`,
    `Machine: ${machine.nproc} cores (${machine.cpu}), memory \`${machine.memory}\` (free -h), ${machine.os}, ${machine.chromium}, Node ${machine.node}; load average ${machine.loadAverageAtStart.join(' / ')} at start, ${results.loadAverageAtEnd.join(' / ')} at the end.`,
    '',
    `Each cell: median (p10–p90) · ×ratio of medians to the baseline in the same run. Times in ms from \`performance.now()\` in the page; heap is V8's used heap after a forced GC (CDP Runtime.getHeapUsage), after the first render (the same page with no file: ${(results.emptyPageHeap.median / 1e6).toFixed(2)} MB); transferred is the file's transferSize (gzip -9 body and headers).`,
    '',
    ...sections.flatMap((section) => [section, '']),
    '### Lighthouse on the embed demo',
    '',
    lighthouseTable(results.lighthouse),
    '',
  ].join('\n');
}
