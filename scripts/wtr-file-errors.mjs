// A @web/test-runner reporter for what its JUnit reporter leaves out: a test file that did not
// run in a browser (it failed to load, the browser did not start, or it did not finish in
// time) has no test result, so the JUnit file shows "0 failed" for it. This writes one failed
// <testcase> per such file and browser, with wtr's own message, so scripts/test-summary.mjs
// counts it and says why. With no such file it writes an empty, valid report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const escape = (text) =>
  String(text)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** The sessions that ended with errors of their own (not of one test), as JUnit XML. */
export function fileErrorsXml(sessions, rootDir = process.cwd()) {
  const cases = sessions
    .filter((session) => (session.errors ?? []).length > 0)
    .map((session) => {
      const file = relative(rootDir, session.testFile);
      const message = session.errors.map((error) => error.message ?? String(error)).join('\n');
      return (
        `    <testcase name="${escape(`${file} in ${session.browser.name}`)}" classname="did not run">\n` +
        `      <error message="${escape(message.split('\n')[0])}">${escape(message)}</error>\n` +
        '    </testcase>'
      );
    });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites>\n  <testsuite name="test files that did not run" tests="${cases.length}" errors="${cases.length}">\n` +
    (cases.length ? `${cases.join('\n')}\n` : '') +
    '  </testsuite>\n</testsuites>\n'
  );
}

export function fileErrorsReporter({ outputPath = './test-results/wtr-file-errors.xml' } = {}) {
  let rootDir = process.cwd();
  return {
    start({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    onTestRunFinished({ sessions }) {
      const path = resolve(rootDir, outputPath);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, fileErrorsXml(sessions, rootDir));
    },
  };
}
