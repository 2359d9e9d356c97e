// Sums the results every test runner wrote under <package>/test-results/ into one line,
// `tests: N passed, N failed`, so CI (and a person) sees one total for the whole repo.
// Runners write vitest JSON (*.json) or JUnit XML (*.xml: node:test, @web/test-runner).
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function countVitestJson(text) {
  const report = JSON.parse(text);
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function countJunitXml(text) {
  const cases = text.match(/<testcase\b[^>]*?(\/>|>[\s\S]*?<\/testcase>)/g) ?? [];
  let passed = 0;
  let failed = 0;
  for (const testcase of cases) {
    if (/<(failure|error)\b/.test(testcase)) failed += 1;
    else if (!/<skipped\b/.test(testcase)) passed += 1;
  }
  return { passed, failed };
}

const rows = [];
for (const group of ['packages', 'apps']) {
  const groupDir = join(root, group);
  if (!existsSync(groupDir)) continue;
  for (const pkg of readdirSync(groupDir)) {
    const resultsDir = join(groupDir, pkg, 'test-results');
    if (!existsSync(resultsDir)) continue;
    // Only the reports at the top; folders such as screenshots/ are artifacts, not results.
    for (const file of readdirSync(resultsDir).filter((name) => statSync(join(resultsDir, name)).isFile())) {
      const text = readFileSync(join(resultsDir, file), 'utf8');
      const count = file.endsWith('.json') ? countVitestJson(text) : file.endsWith('.xml') ? countJunitXml(text) : undefined;
      if (count) rows.push({ where: `${group}/${pkg}/test-results/${file}`, ...count });
    }
  }
}

for (const row of rows) console.log(`  ${row.where}: ${row.passed} passed, ${row.failed} failed`);
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
if (rows.length === 0) console.error('test-summary: no test results were written: did a test task run?');
process.exit(failed > 0 || passed === 0 ? 1 : 0);
