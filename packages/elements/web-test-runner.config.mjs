// Component tests in the real browsers Debian ships (Chromium and Firefox): no jsdom, no download.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
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
  // axe in a busy 2-core CI machine can take seconds per run.
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), junitReporter({ outputPath: './test-results/wtr.xml', reportLogs: false })],
};
