// The test command itself: without the source documents the tests that read them are skipped,
// visibly and counted; in CI they fail instead; the documents are part of the cache key; and
// the summary line cannot look green when a file or a runner did not run.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, describe, test } from 'node:test';
import { countVitestJson, expectedReports, summarize } from '../test-summary.mjs';
import { fileErrorsXml } from '../wtr-file-errors.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mh-test-command-'));
after(() => rmSync(work, { recursive: true, force: true }));
const emptySeeds = join(work, 'no-seeds');
mkdirSync(emptySeeds);

// The environment of a run: ours, less CI and MH_SEEDS_DIR, plus what a case sets.
function envWith(extra) {
  const env = { ...process.env };
  delete env.CI;
  delete env.MH_SEEDS_DIR;
  return { ...env, ...extra };
}

/** Runs one package's vitest suite; returns its exit code, its output and its JSON report. */
async function vitest(pkg, env) {
  const cwd = join(repo, 'packages', pkg);
  const report = join(work, `${pkg}-${Object.keys(env).join('-')}-${Math.random().toString(36).slice(2)}.json`);
  const bin = join(repo, 'node_modules', 'vitest', 'vitest.mjs');
  const run = promisify(execFile)(process.execPath, [bin, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    cwd,
    env: envWith(env),
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const { code, stdout, stderr } = await run.then((out) => ({ code: 0, ...out }), (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }));
  return { code, output: `${stdout}\n${stderr}`, counts: countVitestJson(readFileSync(report, 'utf8')) };
}

describe('without the source documents, outside CI', () => {
  for (const pkg of ['core', 'contacts', 'role-tips']) {
    test(`@mh/${pkg}: the tests that read them are skipped with one line that says how to run them, the rest pass`, { timeout: 150_000 }, async () => {
      const { code, output, counts } = await vitest(pkg, { MH_SEEDS_DIR: emptySeeds });
      assert.equal(code, 0, output);
      assert.match(output, new RegExp(`skipped: @mh/${pkg}: .*The source documents are not at ${emptySeeds}; set MH_SEEDS_DIR`));
      assert.equal(counts.failed, 0);
      assert.ok(counts.skipped > 0, 'some tests are counted as skipped');
      assert.ok(counts.passed > 0, 'the tests that need no documents still run');
    });
  }
});

describe('without the source documents, in CI', () => {
  test('@mh/role-tips fails, and its files that could not load count as failed tests', { timeout: 150_000 }, async () => {
    const { code, counts } = await vitest('role-tips', { MH_SEEDS_DIR: emptySeeds, CI: 'true' });
    assert.notEqual(code, 0);
    assert.ok(counts.failed >= 2, `failed: ${counts.failed}`);
    assert.ok(counts.notes.some((note) => /sources\.test\.ts did not run: .*not found/.test(note)), counts.notes.join('\n'));
  });

  test('@mh/contacts fails on the folder it cannot find', { timeout: 150_000 }, async () => {
    const { code, counts } = await vitest('contacts', { MH_SEEDS_DIR: emptySeeds, CI: 'true' });
    assert.notEqual(code, 0);
    assert.ok(counts.failed > 0);
    assert.equal(counts.skipped, 0);
  });
});

describe('the source documents are part of the cache key', () => {
  const digest = async (dir) => (await promisify(execFile)(process.execPath, [join(repo, 'scripts/seeds.mjs'), '--digest'], { env: envWith({ MH_SEEDS_DIR: dir }) })).stdout.trim();

  test('a changed, added or missing document gives another digest', async () => {
    const seeds = join(work, 'shared', 'seeds');
    mkdirSync(seeds, { recursive: true });
    writeFileSync(join(seeds, '000_a.txt'), 'one');
    const first = await digest(seeds);
    writeFileSync(join(seeds, '000_a.txt'), 'two');
    const changed = await digest(seeds);
    writeFileSync(join(seeds, '001_b.txt'), 'three');
    const added = await digest(seeds);
    writeFileSync(join(work, 'shared', 'PUBLIC-FACTS.md'), 'facts');
    const withFacts = await digest(seeds);
    assert.equal(new Set([first, changed, added, withFacts]).size, 4);
    assert.equal(await digest(emptySeeds), 'missing');
  });

  test('each package whose tests read them hashes that digest and CI into its test task', () => {
    for (const pkg of ['core', 'contacts', 'role-tips']) {
      const config = JSON.parse(readFileSync(join(repo, 'packages', pkg, 'turbo.json'), 'utf8'));
      assert.deepEqual(config.tasks.test.env, ['MH_SEEDS_HASH', 'CI'], pkg);
    }
    assert.match(readFileSync(join(repo, 'scripts/test.sh'), 'utf8'), /export MH_SEEDS_HASH/);
  });
});

describe('the summary line', () => {
  function layout(files) {
    const dir = mkdtempSync(join(work, 'repo-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), typeof text === 'string' ? text : JSON.stringify(text));
    }
    return dir;
  }
  const vitestScript = { scripts: { test: 'vitest run --reporter=json --outputFile.json=test-results/vitest.json' } };

  test('counts a file that failed to load as a failed test, and skipped tests as skipped', () => {
    const dir = layout({
      'packages/a/package.json': vitestScript,
      'packages/a/test-results/vitest.json': {
        numPassedTests: 18,
        numFailedTests: 0,
        numPendingTests: 3,
        numTodoTests: 0,
        testResults: [
          { name: '/x/a.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
          { name: '/x/b.test.ts', status: 'failed', message: 'seed not found', assertionResults: [] },
        ],
      },
    });
    const [row] = summarize(dir);
    assert.deepEqual([row.passed, row.failed, row.skipped], [18, 1, 3]);
    assert.match(row.notes[0], /b\.test\.ts did not run: seed not found/);
  });

  test('counts a report that a test script names but nobody wrote as a failed test', () => {
    const dir = layout({ 'packages/a/package.json': vitestScript, 'apps/b/package.json': { scripts: { test: 'wtr && node --test --test-reporter=junit --test-reporter-destination=test-results/drop-in.xml' } } });
    const rows = summarize(dir);
    assert.deepEqual(rows.map((row) => [row.where, row.failed]), [
      ['packages/a/test-results/vitest.json', 1],
      ['apps/b/test-results/drop-in.xml', 1],
      ['apps/b/test-results/wtr.xml', 1],
      ['apps/b/test-results/wtr-file-errors.xml', 1],
    ]);
  });

  test('counts a browser test file that did not run as failed, with wtr\'s reason, though JUnit shows no failure', () => {
    const sessions = [
      { testFile: '/r/src/a.test.ts', browser: { name: 'Chrome' }, errors: [] },
      { testFile: '/r/src/b.test.ts', browser: { name: 'Firefox' }, errors: [{ message: 'Browser tests did not finish within 120000ms. You can increase <this>' }] },
    ];
    const dir = layout({
      'packages/e/package.json': { scripts: { test: 'wtr; s=$?; exit $s' } },
      'packages/e/test-results/wtr.xml': '<?xml version="1.0"?><testsuites><testsuite><testcase name="x" classname="y" time="0"/></testsuite></testsuites>',
      'packages/e/test-results/wtr-file-errors.xml': fileErrorsXml(sessions, '/r'),
    });
    const rows = summarize(dir);
    assert.deepEqual(rows.map((row) => [row.where, row.passed, row.failed]), [
      ['packages/e/test-results/wtr-file-errors.xml', 0, 1],
      ['packages/e/test-results/wtr.xml', 1, 0],
    ]);
    assert.deepEqual(rows[0].notes, ['src/b.test.ts in Firefox did not run: Browser tests did not finish within 120000ms. You can increase <this>']);
    assert.match(fileErrorsXml(sessions.slice(0, 1), '/r'), /tests="0"/);
  });

  test('reads which reports each of our test scripts writes', () => {
    for (const pkg of ['core', 'contacts', 'indicators', 'legal-secrecy', 'role-tips']) {
      const script = JSON.parse(readFileSync(join(repo, 'packages', pkg, 'package.json'), 'utf8')).scripts.test;
      assert.deepEqual(expectedReports(script), ['vitest.json'], pkg);
    }
    const elements = JSON.parse(readFileSync(join(repo, 'packages/elements/package.json'), 'utf8')).scripts.test;
    assert.deepEqual(expectedReports(elements).sort(), ['drop-in.xml', 'wtr-file-errors.xml', 'wtr.xml']);
  });
});
