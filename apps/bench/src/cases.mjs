// What is measured: each drop-in file with the markup a site would put beside it, and the
// baseline, a bare Lit card bundled the same way.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cdn = join(dirname(require.resolve('@mh/elements/package.json')), 'dist', 'cdn');
const app = fileURLToPath(new URL('..', import.meta.url));

const card = '<mh-contact-card contact="child-focus"></mh-contact-card>';
const check = '<mh-signal-check lang="nl" region="BE-VLG"></mh-signal-check>';
const checkForTeacher = '<mh-signal-check lang="nl" region="NL" reader-role="teacher"></mh-signal-check>';
const roleTips = '<mh-role-tips lang="nl" region="BE-VLG" reader-role="teacher"></mh-role-tips>';

/** `interaction`: the case has something to use (the check: tick and submit; the role tips: open a barrier). */
export const cases = [
  { id: 'baseline', label: 'baseline (bare Lit card)', file: 'baseline.js', path: join(app, 'dist', 'baseline.js'), markup: '<bench-baseline-card></bench-baseline-card>', interaction: false },
  // What a Dutch page loads for one widget: the Dutch-only files.
  { id: 'mh-contact-card', label: 'mh-contact-card.nl.js', file: 'mh-contact-card.nl.js', path: join(cdn, 'mh-contact-card.nl.js'), markup: card, interaction: false },
  { id: 'mh-signal-check', label: 'mh-signal-check.nl.js', file: 'mh-signal-check.nl.js', path: join(cdn, 'mh-signal-check.nl.js'), markup: check, interaction: true },
  // The check that knows who is asking: its result adds a teacher's tips.
  { id: 'mh-signal-check-teacher', label: 'mh-signal-check.nl.js, reader-role="teacher"', file: 'mh-signal-check.nl.js', path: join(cdn, 'mh-signal-check.nl.js'), markup: checkForTeacher, interaction: true },
  { id: 'mh-role-tips', label: 'mh-role-tips.nl.js', file: 'mh-role-tips.nl.js', path: join(cdn, 'mh-role-tips.nl.js'), markup: roleTips, interaction: true },
  // A page in several languages: all three tags, nl, fr and en.
  { id: 'mh-elements', label: 'mh-elements.js (all three, 3 languages)', file: 'mh-elements.js', path: join(cdn, 'mh-elements.js'), markup: `${card}\n${check}\n${roleTips}`, interaction: true },
];

/** Stops with what to run when a file to measure has not been built. */
export function assertBuilt() {
  const missing = cases.filter((c) => !existsSync(c.path)).map((c) => c.path);
  if (missing.length) {
    throw new Error(`Not built: ${missing.join(', ')}. Run: pnpm exec turbo run build --filter=@mh/bench`);
  }
}
