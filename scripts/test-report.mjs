// Writes a report a package's tests produce besides their pass/fail results (e.g. each Dutch
// text's readability) into that package's test-results/, where the test summary leaves any file
// that is not a runner's .json or .xml alone.
import { mkdirSync, writeFileSync } from 'node:fs';

/** `testFile` is the test's `import.meta.url`; the report goes to `../test-results/<name>` from it. */
export function writeTestReport(testFile, name, content) {
  const dir = new URL('../test-results/', testFile);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(name, dir), content);
}
