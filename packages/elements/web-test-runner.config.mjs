// Component tests in the real browsers Debian ships (Chromium and Firefox): no jsdom, no download.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileErrorsReporter } from '../../scripts/wtr-file-errors.mjs';
import { chromiumArgs, chromiumPath, firefoxPath } from '../../scripts/browsers.mjs';

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
    puppeteerLauncher({ launchOptions: { browser: 'firefox', headless: true, executablePath: firefoxPath } }),
  ],
  concurrency: 1,
  // CI runs this beside Storybook's and the embed demo's browsers on 2 cores: a file that takes
  // longer than wtr's default 2 min there is slow, not broken. A file that truly hangs still fails.
  browserStartTimeout: 120000,
  testsStartTimeout: 180000,
  testsFinishTimeout: 300000,
  // axe in a busy 2-core CI machine can take seconds per run.
  testFramework: { config: { timeout: 20000 } },
  // JUnit has no place for a file that did not run; fileErrorsReporter writes those as failures.
  reporters: [
    defaultReporter(),
    junitReporter({ outputPath: './test-results/wtr.xml', reportLogs: false }),
    fileErrorsReporter({ outputPath: './test-results/wtr-file-errors.xml' }),
  ],
};
