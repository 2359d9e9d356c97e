// The registry of sources every content item cites: the five seed documents, and public pages.
import type { Locale } from './locale.js';
import type { Region } from './region.js';

/** One of the source documents the project was given (`../shared/seeds/`). */
export interface SeedSource {
  readonly id: string;
  readonly kind: 'seed';
  /** The file in the seed folder. */
  readonly file: string;
  /** The document's own title, or a description in [brackets] where it has none. */
  readonly title: string;
  readonly publisher?: string;
  readonly language: Locale;
  readonly region: Region;
  readonly year?: number;
  /** Where a field above comes from when the document does not say it itself. */
  readonly note?: string;
}

/** A public web page that states a fact the seeds lack. */
export interface PublicSource {
  readonly id: string;
  readonly kind: 'public';
  readonly url: string;
  readonly title: string;
  readonly publisher?: string;
  readonly language: Locale;
  /** The date the page was read (YYYY-MM-DD): pages change, so a fact is only as new as this. */
  readonly consulted: string;
  /** The page's own date (YYYY-MM or YYYY-MM-DD), where it shows one. */
  readonly published?: string;
}

export type Source = SeedSource | PublicSource;

export const sources = [
  {
    id: 'poster-beroepsgeheim',
    kind: 'seed',
    file: '000_12670aba8a7b7fbd.txt',
    title: '[Poster voor hulpverleners: beroepsgeheim bij seksuele uitbuiting van minderjarigen, gespreksregels, rol van de politie]',
    language: 'nl',
    region: 'BE',
  },
  {
    id: 'reis-van-kelly',
    kind: 'seed',
    file: '001_aae7b5af62f5b14d.txt',
    title: 'De reis van Kelly, Vladimir of Michael',
    language: 'nl',
    region: 'NL',
  },
  {
    id: 'draaiboek-jeugdhulp',
    kind: 'seed',
    file: '002_fced2f01d0374083.txt',
    title: 'Draaiboek mensenhandel Jeugdhulp. Seksuele uitbuiting d.m.v. tienerpooiermethodiek',
    language: 'nl',
    region: 'BE-VLG',
  },
  {
    id: 'actieplan-tienerpooiers',
    kind: 'seed',
    file: '003_1c39ecae721943f6.txt',
    title: 'Actualisering actieplan voor een betere bescherming van slachtoffers en een strakkere aanpak van tienerpooiers',
    language: 'nl',
    region: 'BE-VLG',
    year: 2018,
    note: 'Year from draaiboek-jeugdhulp §1 Inleiding: "In 2018 werd dit actieplan geëvalueerd, wat resulteerde in een actualisering".',
  },
  {
    id: 'tien-drempels',
    kind: 'seed',
    file: '004_2a2c71b08d2b8550.txt',
    title: '10 drempels bij signalering van criminele en seksuele uitbuiting',
    language: 'nl',
    region: 'NL',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof sources)[number]['id'];

export const sourceIds = sources.map((source) => source.id) as readonly SourceId[] as readonly [SourceId, ...SourceId[]];

/** Where an item comes from: a source and the section (heading, numbered part) inside it. */
export interface SourceRef {
  readonly source: SourceId;
  readonly section: string;
  readonly page?: number;
}

const byId: ReadonlyMap<string, Source> = new Map(sources.map((source) => [source.id, source]));

export function isSourceId(id: unknown): id is SourceId {
  return typeof id === 'string' && byId.has(id);
}

export function getSource(id: SourceId): Source;
export function getSource(id: string): Source | undefined;
export function getSource(id: string): Source | undefined {
  return byId.get(id);
}

/** The distinct source ids among `refs` that the registry does not know, in order of first use. */
export function findUnknownSources(refs: Iterable<{ readonly source: string }>): string[] {
  const unknown = new Set<string>();
  for (const ref of refs) if (!byId.has(ref.source)) unknown.add(ref.source);
  return [...unknown];
}
