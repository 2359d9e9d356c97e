// Debian's Chromium and Firefox as every browser test and script here starts them: the system
// binaries (no tool may download a browser), with the flags a root, offline machine needs.
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** As root Chromium needs no sandbox; offline it must not keep trying hosts it cannot reach. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
