// Sums the results every test runner wrote under <package>/test-results/ into one line,
// `tests: N passed, N failed, N skipped`, so CI (and a person) sees one total for the whole repo.
// Runners write vitest JSON (*.json) or JUnit XML (*.xml: node:test, @web/test-runner).
// The line cannot look green when something did not run: a test file that failed to load
// counts as one failed test, and so does each report a package's test script names but that
// is not there (its runner crashed, or its task never ran).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

export function countVitestJson(text) {
  const report = JSON.parse(text);
  // A file that failed to load has no failed test of its own, only its status and a message.
  const unloaded = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  );
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + unloaded.length,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    notes: unloaded.map((file) => `${relative(root, file.name)} did not run: ${String(file.message || 'it failed to load').split('\n')[0]}`),
  };
}

const unescapeXml = (text) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]);

export function countJunitXml(text) {
  const cases = text.match(/<testcase\b[^>]*?(\/>|>[\s\S]*?<\/testcase>)/g) ?? [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const notes = [];
  for (const testcase of cases) {
    // scripts/wtr-file-errors.mjs: a test file that did not run in a browser, and wtr's reason.
    if (/classname="did not run"/.test(testcase)) {
      const [, name = 'a test file'] = testcase.match(/name="([^"]*)"/) ?? [];
      const [, message = 'it did not run'] = testcase.match(/<error message="([^"]*)"/) ?? [];
      notes.push(`${unescapeXml(name)} did not run: ${unescapeXml(message)}`);
    }
    if (/<(failure|error)\b/.test(testcase)) failed += 1;
    else if (/<skipped\b/.test(testcase)) skipped += 1;
    else passed += 1;
  }
  return { passed, failed, skipped, notes };
}

/**
 * The reports a package's `test` script says it writes (`test-results/…`); wtr writes wtr.xml
 * and, through scripts/wtr-file-errors.mjs, wtr-file-errors.xml.
 */
export function expectedReports(testScript) {
  const named = [...testScript.matchAll(/test-results\/([\w.-]+\.(?:json|xml))/g)].map((match) => match[1]);
  if (/(^|[;&|]\s*|\s)wtr(?=[\s;&|]|$)/.test(testScript)) named.push('wtr.xml', 'wtr-file-errors.xml');
  return [...new Set(named)];
}

export function summarize(repo = root) {
  const rows = [];
  // The repo's own checks (scripts/test) write to the top-level test-results/.
  const top = join(repo, 'test-results');
  for (const file of existsSync(top) ? readdirSync(top).filter((name) => name.endsWith('.xml')) : []) {
    rows.push({ where: `test-results/${file}`, ...countJunitXml(readFileSync(join(top, file), 'utf8')) });
  }
  for (const group of ['packages', 'apps']) {
    const groupDir = join(repo, group);
    if (!existsSync(groupDir)) continue;
    for (const pkg of readdirSync(groupDir)) {
      const manifest = join(groupDir, pkg, 'package.json');
      if (!existsSync(manifest)) continue;
      const testScript = JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test;
      const resultsDir = join(groupDir, pkg, 'test-results');
      const where = `${group}/${pkg}/test-results`;
      const written = existsSync(resultsDir) ? readdirSync(resultsDir).filter((name) => statSync(join(resultsDir, name)).isFile()) : [];
      // Only the reports at the top; folders such as screenshots/ are artifacts, not results.
      for (const file of written) {
        const text = readFileSync(join(resultsDir, file), 'utf8');
        const count = file.endsWith('.json') ? countVitestJson(text) : file.endsWith('.xml') ? countJunitXml(text) : undefined;
        if (count) rows.push({ where: `${where}/${file}`, ...count });
      }
      for (const missing of testScript ? expectedReports(testScript).filter((file) => !written.includes(file)) : []) {
        rows.push({ where: `${where}/${missing}`, passed: 0, failed: 1, skipped: 0, notes: ['no report was written: its tests did not run (counted as 1 failed)'] });
      }
    }
  }
  return rows;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const rows = summarize();
  for (const row of rows) {
    console.log(`  ${row.where}: ${row.passed} passed, ${row.failed} failed${row.skipped ? `, ${row.skipped} skipped` : ''}`);
    for (const note of row.notes) console.log(`    ${note}`);
  }
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  const [passed, failed, skipped] = [total('passed'), total('failed'), total('skipped')];
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (rows.length === 0) console.error('test-summary: no test results were written: did a test task run?');
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
