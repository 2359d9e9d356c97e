// Reads the seed documents for tests that check the data against them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSource, type SourceId } from '@mh/core';
// The seed documents sit beside the repo (../shared/seeds), or where MH_SEEDS_DIR says
// (scripts/seeds.mjs); without them, outside CI, the tests that read them are skipped.
import { seedsDir, skipWithoutSeeds } from '../../../scripts/seeds.mjs';

export { reportSkipped, skipWithoutSeeds } from '../../../scripts/seeds.mjs';

/** The text of a seed document; '' where the seeds are missing outside CI, as the tests that read it are then skipped. */
export function readSeed(id: SourceId): string {
  const source = getSource(id);
  if (source.kind !== 'seed') throw new Error(`${id} is not a seed document`);
  if (skipWithoutSeeds) return '';
  const file = join(seedsDir, source.file);
  if (!existsSync(file)) throw new Error(`seed ${source.file} not found in ${seedsDir}; set MH_SEEDS_DIR`);
  return readFileSync(file, 'utf8');
}

/** Drops the markdown emphasis and the line breaks of the extraction, and case. */
export function normalize(text: string): string {
  return text.replace(/[*#]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Where each part of a cited section ("4.2 Eerste acties…, Acute situatie") is in the seed, each
 * after the one before; -1 for a part that is not there. A section in [brackets] describes a
 * block that has no heading of its own, so it is not looked up.
 */
export function findSection(seedText: string, section: string): number[] {
  if (/^\[.+\]$/.test(section)) return [];
  const haystack = normalize(seedText);
  let from = 0;
  return section.split(', ').map((part) => {
    const at = haystack.indexOf(normalize(part), from);
    if (at >= 0) from = at;
    return at;
  });
}
