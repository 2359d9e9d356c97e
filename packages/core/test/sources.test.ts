import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSkipped, seedsDir, skipWithoutSeeds } from '../../../scripts/seeds.mjs';
import { findUnknownSources, getSource, isSourceId, sources } from '../src/index.js';
import { parseData, sourceSchema } from '../src/schema.js';

// The seed documents sit beside the repo (../shared/seeds), or where MH_SEEDS_DIR says.
reportSkipped('@mh/core: the check that the registry holds each seed document once (1 test)');

describe('the source registry', () => {
  it.skipIf(skipWithoutSeeds)('holds each of the five seed documents once, and every file exists', () => {
    expect(existsSync(seedsDir), `seed folder not found at ${seedsDir}; set MH_SEEDS_DIR`).toBe(true);
    const seedFiles = readdirSync(seedsDir).filter((file) => file.endsWith('.txt'));
    const registered = sources.filter((source) => source.kind === 'seed').map((source) => source.file);
    expect([...registered].sort()).toEqual([...seedFiles].sort());
  });

  it('has unique ids, and every entry fits the schema', () => {
    expect(new Set(sources.map((source) => source.id)).size).toBe(sources.length);
    for (const source of sources) expect(() => parseData(sourceSchema, source, `source ${source.id}`)).not.toThrow();
  });

  it('finds a source by id, and says when it does not know one', () => {
    expect(getSource('draaiboek-jeugdhulp')?.title).toMatch(/^Draaiboek mensenhandel Jeugdhulp/);
    expect(getSource('no-such-source')).toBeUndefined();
    expect(isSourceId('tien-drempels')).toBe(true);
    expect(isSourceId('Tien-Drempels')).toBe(false);
  });

  it('lists each unknown source id that items cite, once', () => {
    const refs = [
      { source: 'draaiboek-jeugdhulp', section: '4.1' },
      { source: 'made-up', section: '1' },
      { source: 'made-up', section: '2' },
      { source: 'also-made-up', section: '3' },
    ];
    expect(findUnknownSources(refs)).toEqual(['made-up', 'also-made-up']);
    expect(findUnknownSources(refs.slice(0, 1))).toEqual([]);
  });
});
