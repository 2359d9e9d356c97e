// Where a fact, a contact or a rule applies: Belgium, its three regions, and the Netherlands.

/** ISO 3166-1 (BE, NL) and ISO 3166-2 (BE-VLG Flanders, BE-BRU Brussels, BE-WAL Wallonia) codes. */
export const regions = ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL', 'NL'] as const;
export type Region = (typeof regions)[number];

/** The countries among the regions. */
export type Country = Extract<Region, 'BE' | 'NL'>;

const parentOf: Readonly<Record<Region, Region | undefined>> = {
  BE: undefined,
  'BE-VLG': 'BE',
  'BE-BRU': 'BE',
  'BE-WAL': 'BE',
  NL: undefined,
};

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && Object.hasOwn(parentOf, value);
}

/** Reads a region as a person types it (`be-vlg`, ` NL `); `undefined` when it is none. */
export function parseRegion(value: string | null | undefined): Region | undefined {
  const normalized = value?.trim().toUpperCase();
  return isRegion(normalized) ? normalized : undefined;
}

export function parentRegion(region: Region): Region | undefined {
  return parentOf[region];
}

/** True when `inner` lies within `outer` (or is it): BE includes BE-VLG; BE-VLG does not include BE. */
export function regionIncludes(outer: Region, inner: Region): boolean {
  for (let region: Region | undefined = inner; region; region = parentOf[region]) {
    if (region === outer) return true;
  }
  return false;
}

export function countryOf(region: Region): Country {
  let top = region;
  for (let parent = parentOf[top]; parent; parent = parentOf[top]) top = parent;
  return top as Country;
}
