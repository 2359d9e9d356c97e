// One place for where the source documents are, and for what a test that reads them does when
// they are not there. The five seed texts and PUBLIC-FACTS.md sit in ../shared beside the repo
// (or in MH_SEEDS_DIR and the folder above it); they are not part of the repository.
// - Seeds present: those tests run.
// - Seeds missing, outside CI: they are skipped, each file says so in one line, and the
//   summary counts them as skipped.
// - Seeds missing in CI (CI set): they run and fail, so a lost folder cannot turn CI green.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const seedsDir = process.env.MH_SEEDS_DIR || fileURLToPath(new URL('../../shared/seeds', import.meta.url));
export const publicFactsFile = join(dirname(seedsDir), 'PUBLIC-FACTS.md');

const seedFiles = () => (existsSync(seedsDir) ? readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort() : []);

/** True when the folder holds seed texts. */
export const seedsPresent = seedFiles().length > 0;

/** Skip the tests that read the seeds: only when they are missing and this is not CI. */
export const skipWithoutSeeds = !seedsPresent && !process.env.CI;

/** The one line a skipped test file prints: what was skipped, and how to run it. */
export function skippedLine(what) {
  return `skipped: ${what}. The source documents are not at ${seedsDir}; set MH_SEEDS_DIR to the folder of the five seed .txt files (PUBLIC-FACTS.md beside it) to run them.`;
}

/** Says once, when the seeds are missing, which tests of this file were skipped. */
export function reportSkipped(what) {
  if (skipWithoutSeeds) console.warn(skippedLine(what));
}

/**
 * A digest of the seed texts and PUBLIC-FACTS.md ("missing" without them): turbo hashes it
 * (MH_SEEDS_HASH, set by scripts/test.sh) so a changed, added or missing document reruns the
 * tests that read them instead of replaying a cached result.
 */
export function seedsDigest() {
  const files = seedFiles().map((file) => join(seedsDir, file));
  if (existsSync(publicFactsFile)) files.push(publicFactsFile);
  if (files.length === 0) return 'missing';
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.slice(dirname(seedsDir).length)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--digest') console.log(seedsDigest());
