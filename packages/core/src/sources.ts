// The registry of sources every content item cites: the five seed documents, and public pages.
import type { Locale } from './locale.js';
import type { Region } from './region.js';
import { legalSources } from './data/sources-legal.js';
import { glossarySources } from './data/sources-glossary.js';
import { helplineSources } from './data/sources-helplines.js';
import { seedAndContactSources } from './data/sources-seeds.js';

/**
 * A section of a seed that speaks for a wider region than the document (the Flemish playbook on
 * the Belgian Criminal Code, or on centres that work across Belgium), with the words that show it.
 */
export interface SectionScope {
  /** The section as items cite it; a citation of this section or of a part under it has this scope. */
  readonly section: string;
  readonly region: Region;
  /** Words of that section that show its scope (a test finds them in the seed). */
  readonly quote: string;
}

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
  /** The region the document speaks for. */
  readonly region: Region;
  /** Its sections that speak for a wider region. */
  readonly scopes?: readonly SectionScope[];
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
  /** The region the page speaks for (a federal page: `BE`), where an item relies on it for where it applies. */
  readonly region?: Region;
}

export type Source = SeedSource | PublicSource;

/** Joins the lists with their literal types; a call marked pure, so an unused registry is dropped from bundles. */
function joinSources<A extends readonly Source[], B extends readonly Source[]>(first: A, second: B): readonly [...A, ...B] {
  return [...first, ...second] as unknown as readonly [...A, ...B];
}

export const sources = /* @__PURE__ */ joinSources(
  /* @__PURE__ */ joinSources(/* @__PURE__ */ joinSources(seedAndContactSources, helplineSources), legalSources),
  glossarySources,
);

export type SourceId = (typeof sources)[number]['id'];

// Marked pure so a bundle that never looks a source up leaves the whole registry out.
export const sourceIds = /* @__PURE__ */ sources.map((source) => source.id) as readonly SourceId[] as readonly [SourceId, ...SourceId[]];

/** Where an item comes from: a source and the section (heading, numbered part) inside it. */
export interface SourceRef {
  readonly source: SourceId;
  readonly section: string;
  readonly page?: number;
}

const byId: ReadonlyMap<string, Source> = /* @__PURE__ */ new Map(/* @__PURE__ */ sources.map((source) => [source.id, source]));

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

/**
 * The region a citation speaks for: a seed's section scope where the cited section is (under) one,
 * else the document's region; a public page's region; `undefined` where that is not recorded.
 * An item may apply in a region only where one of its citations speaks for it.
 */
export function regionOfRef(ref: { readonly source: string; readonly section: string }): Region | undefined {
  const source = byId.get(ref.source);
  if (!source) return undefined;
  if (source.kind === 'public') return source.region;
  const scope = source.scopes?.find((candidate) => ref.section === candidate.section || ref.section.startsWith(`${candidate.section}, `));
  return scope?.region ?? source.region;
}
