import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSkipped, seedsDir, skipWithoutSeeds } from '../../../scripts/seeds.mjs';
import { findUnknownSources, getSource, isSourceId, regionOfRef, sources, type SeedSource, type Source } from '../src/index.js';
import { parseData, sourceSchema } from '../src/schema.js';

// The seed documents sit beside the repo (../shared/seeds), or where MH_SEEDS_DIR says.
reportSkipped('@mh/core: the checks that the registry holds each seed document once and that each section scope quotes its seed (2 tests)');

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

// Where an item may apply: a citation speaks for its document's region, a seed section for the
// wider region its scope names, a public page for the region recorded with it.
describe('regionOfRef', () => {
  it('gives a seed’s region, or the wider region of a scoped section and the parts under it', () => {
    expect(regionOfRef({ source: 'draaiboek-jeugdhulp', section: '5.1 Melding' })).toBe('BE-VLG');
    expect(regionOfRef({ source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim' })).toBe('BE');
    expect(regionOfRef({ source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458bis Sw' })).toBe('BE');
    // A section that only begins with the same words is another section.
    expect(regionOfRef({ source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheimen' })).toBe('BE-VLG');
    expect(regionOfRef({ source: 'reis-van-kelly', section: 'Leerkracht' })).toBe('NL');
  });

  it('gives a public page’s region where one is recorded, and nothing for an unknown source', () => {
    expect(regionOfRef({ source: 'police-be-numeros-urgence', section: 'Numéros d’urgence' })).toBe('BE');
    expect(regionOfRef({ source: 'hulplijn-1712-over', section: 'Let op' })).toBe('BE-VLG');
    expect(regionOfRef({ source: 'no-such-source', section: 'x' })).toBeUndefined();
  });

  it.skipIf(skipWithoutSeeds)('each section scope quotes words of its seed', () => {
    const seeds = (sources as readonly Source[]).filter((source): source is SeedSource => source.kind === 'seed');
    const scoped = seeds.flatMap((seed) => (seed.scopes ?? []).map((scope) => ({ seed, scope })));
    expect(scoped.length).toBeGreaterThan(0);
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    for (const { seed, scope } of scoped) {
      expect(flat(readFileSync(join(seedsDir, seed.file), 'utf8')), `${seed.id}: ${scope.section}`).toContain(flat(scope.quote));
    }
  });
});
