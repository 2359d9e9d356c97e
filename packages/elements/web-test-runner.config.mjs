// Component tests in the real browsers Debian ships (Chromium and Firefox): no jsdom, no download.
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';

const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromeArgs } }),
    puppeteerLauncher({ launchOptions: { browser: 'firefox', headless: true, executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' } }),
  ],
  concurrency: 1,
  // axe in a busy 2-core CI machine can take seconds per run.
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), junitReporter({ outputPath: './test-results/wtr.xml', reportLogs: false })],
};
