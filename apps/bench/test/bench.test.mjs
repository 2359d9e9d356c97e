// Keeps the benchmark from rotting: one quick run (one page per case and throttle setting, no
// Lighthouse) must finish and write results with every case, every figure and every ratio.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, test } from 'node:test';
import { cases } from '../src/cases.mjs';

const bench = fileURLToPath(new URL('../src/bench.mjs', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'mh-bench-test-'));
after(() => rmSync(out, { recursive: true, force: true }));

const isPositive = (value) => Number.isFinite(value) && value > 0;

// A quick run takes about 30 s on an idle 2-core machine, and twice that or more while turbo runs
// the other suites beside it. The limit only catches a hung run: a slow machine must not fail it.
const limitMs = 300_000;

/** Runs the quick bench; a failure says why (time limit, exit code or signal) with the child's output. */
async function runQuickBench(env = process.env) {
  try {
    await promisify(execFile)(process.execPath, [bench, '--quick', '--out', out], { timeout: limitMs, maxBuffer: 16 * 1024 * 1024, env });
  } catch (error) {
    const why = error.killed ? `still running after ${limitMs / 1000} s, so it was stopped` : error.signal ? `ended by ${error.signal}` : `exited with code ${error.code}`;
    const tail = (text) => String(text ?? '').trim().split('\n').slice(-30).join('\n') || '(empty)';
    throw new Error(`bench.mjs --quick ${why}.\n--- its stderr ---\n${tail(error.stderr)}\n--- its stdout ---\n${tail(error.stdout)}`, { cause: error });
  }
}

test('bench.mjs --quick measures every case and writes well-formed results.json and results.md', { timeout: limitMs + 10_000 }, async () => {
  await runQuickBench();
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));

  assert.deepEqual(results.cases.map((c) => c.id), ['baseline', 'mh-contact-card', 'mh-signal-check', 'mh-signal-check-teacher', 'mh-role-tips', 'mh-elements']);
  assert.deepEqual(results.method.throttles, [1, 4]);
  assert.equal(results.method.runs, 1);
  assert.deepEqual(results.lighthouse, { skipped: '--quick' });
  assert.ok(isPositive(results.emptyPageHeap.median), 'empty page heap');
  for (const key of ['nproc', 'memory', 'chromium', 'node']) assert.ok(results.machine[key], `machine.${key}`);

  for (const throttle of ['1x', '4x']) {
    for (const benchCase of cases) {
      const figures = results.figures[throttle][benchCase.id];
      for (const metric of ['transferred', 'evaluate', 'render', 'total', 'heap']) {
        const summary = figures[metric];
        assert.equal(summary?.n, 1, `${throttle} ${benchCase.id} ${metric}: one sample`);
        for (const statistic of ['median', 'p10', 'p90', 'min', 'max']) {
          assert.ok(isPositive(summary[statistic]), `${throttle} ${benchCase.id} ${metric}.${statistic} = ${summary[statistic]}`);
        }
      }
      if (benchCase.interaction) assert.ok(isPositive(figures.interaction?.median), `${throttle} ${benchCase.id} interaction`);
      else assert.equal(figures.interaction, null, `${throttle} ${benchCase.id} has no interaction`);
      // Rendering is part of the total, and the bytes are the gzip the server sent.
      assert.ok(figures.render.median < figures.total.median, `${throttle} ${benchCase.id}: render < total`);
      assert.ok(figures.transferred.median > results.cases.find((c) => c.id === benchCase.id).gzipBytes, 'transferSize = gzip body + headers');
    }
    assert.equal(results.ratios[throttle].baseline, undefined, 'no ratio of the baseline to itself');
    for (const benchCase of cases.filter((c) => c.id !== 'baseline')) {
      const ratios = results.ratios[throttle][benchCase.id];
      for (const metric of ['transferred', 'evaluate', 'render', 'total', 'heap']) {
        assert.ok(isPositive(ratios[metric]), `${throttle} ratio ${benchCase.id} ${metric} = ${ratios[metric]}`);
      }
      assert.equal(ratios.interaction, null, 'the baseline has no interaction to compare with');
    }
  }

  // The signal check shows a result for the three ticked signals.
  for (const id of ['mh-signal-check', 'mh-signal-check-teacher', 'mh-elements']) {
    assert.ok(results.cases.find((c) => c.id === id).interactionResult, `${id}: a result heading`);
  }
  // The role tips open their first barrier.
  assert.equal(results.cases.find((c) => c.id === 'mh-role-tips').interactionResult, 'Zie ik het wel goed?');

  const markdown = readFileSync(join(out, 'results.md'), 'utf8');
  for (const benchCase of cases) assert.equal(markdown.split(`| ${benchCase.label} |`).length - 1, 2, `${benchCase.label}: a row in each throttle table`);
});

test('a run that cannot start the browser says so, with the path it tried', { timeout: 60_000 }, async () => {
  const missing = join(out, 'no-such-chromium');
  await assert.rejects(runQuickBench({ ...process.env, CHROME_PATH: missing }), (error) => {
    assert.match(error.message, /bench\.mjs --quick exited with code 1\./);
    assert.match(error.message, new RegExp(`--- its stderr ---[\\s\\S]*${missing.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    return true;
  });
});
