// The glossary: what each abbreviation of the texts stands for, and the pure functions that find
// abbreviations in a text and write each out at its first use in a view.
import { glossary, glossaryNames } from './data/glossary.js';
import { localize, type Locale, type LocalizedText } from './locale.js';
import type { SourceRef } from './sources.js';

export { glossary, glossaryNames };

export interface GlossaryEntry {
  /** Kebab-case: `ocj`, `zsg`. */
  readonly id: string;
  /** The abbreviation as the texts write it, in any language: `ZSG` and `CPVS`, `pv` and `PV`. */
  readonly terms: readonly string[];
  /** What it stands for, in words a reader of that language understands. */
  readonly expansion: LocalizedText;
  readonly source: SourceRef;
}

export type GlossaryId = (typeof glossary)[number]['id'];

/**
 * What the lint and the elements take for an abbreviation: a word with two or more capitals
 * (`OCJ`, `CPVS`, `CoMensha`), and the lower-case or dotted ones the texts use (`pv`, `Sw.`).
 */
export const abbreviationPattern = /(?<![\p{L}\d])(?:\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*|pv|Sw\.)(?![\p{L}\d])/gu;

const byTerm: ReadonlyMap<string, GlossaryEntry> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ glossary.flatMap((entry: GlossaryEntry) => entry.terms.map((term) => [term, entry] as const)),
);

/** The words of the names that are not abbreviations (`PAG`, `ASA`, `UZ` of `UZ Gent`). */
const nameWords: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ glossaryNames.flatMap((name) => name.split(/[\s-]+/)));

/** The glossary entry of an abbreviation as a text writes it, if any. */
export function glossaryEntryFor(term: string): GlossaryEntry | undefined {
  return byTerm.get(term);
}

/** The abbreviations in a text that are neither in the glossary nor part of a known name. */
export function unexplainedAbbreviations(text: string): string[] {
  return [...text.matchAll(abbreviationPattern)].map(([term]) => term).filter((term) => !byTerm.has(term) && !nameWords.has(term));
}

/** A piece of a text: plain, or an abbreviation with what it stands for. */
export type GlossSegment =
  | string
  | {
      readonly term: string;
      readonly expansion: string;
      /** True at its first use in the view, where it should be written out in the text. */
      readonly first: boolean;
    };

/**
 * Splits `text` into plain pieces and the glossary's abbreviations, each with its expansion in
 * `locale`. `seen` holds the entries already met in this view: an abbreviation is `first` only
 * once per view, and never where the text already writes its expansion out
 * ("Vertrouwenscentrum Kindermishandeling (VK)"). Names (`PAG-ASA`) stay plain.
 */
export function glossSegments(text: string, locale: Locale | string, seen: Set<string>): GlossSegment[] {
  const segments: GlossSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(abbreviationPattern)) {
    const entry = byTerm.get(match[0]);
    if (!entry || match.index === undefined) continue;
    const expansion = localize(entry.expansion, locale).text;
    const first = !seen.has(entry.id) && !text.includes(expansion.split(',')[0] ?? expansion);
    seen.add(entry.id);
    if (match.index > at) segments.push(text.slice(at, match.index));
    segments.push({ term: match[0], expansion, first });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}
