import { describe, expect, it } from 'vitest';
import { countryOf, isRegion, parentRegion, parseRegion, regionIncludes, regions } from '../src/index.js';

describe('regionIncludes', () => {
  it('a country includes its regions and itself', () => {
    for (const part of ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL'] as const) expect(regionIncludes('BE', part)).toBe(true);
    expect(regionIncludes('NL', 'NL')).toBe(true);
  });

  it('a region does not include its country, its siblings or another country', () => {
    expect(regionIncludes('BE-VLG', 'BE')).toBe(false);
    expect(regionIncludes('BE-VLG', 'BE-BRU')).toBe(false);
    expect(regionIncludes('BE', 'NL')).toBe(false);
    expect(regionIncludes('NL', 'BE-WAL')).toBe(false);
  });
});

describe('region helpers', () => {
  it('knows each region’s parent and country', () => {
    expect(regions.map(parentRegion)).toEqual([undefined, 'BE', 'BE', 'BE', undefined]);
    expect(regions.map(countryOf)).toEqual(['BE', 'BE', 'BE', 'BE', 'NL']);
  });

  it('reads a region as a person types it, and nothing else', () => {
    expect(parseRegion(' be-vlg ')).toBe('BE-VLG');
    expect(parseRegion('nl')).toBe('NL');
    expect(parseRegion('BE-VL')).toBeUndefined();
    expect(parseRegion('constructor')).toBeUndefined();
    expect(parseRegion(null)).toBeUndefined();
    expect(isRegion('BE-WAL')).toBe(true);
    expect(isRegion('toString')).toBe(false);
  });
});
