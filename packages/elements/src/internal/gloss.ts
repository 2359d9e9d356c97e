// Writes an abbreviation out at its first use in a view: "het OCJ (Ondersteuningscentrum
// Jeugdzorg)". A screen reader and a touch screen get the words in the text, not only in a
// tooltip; later uses keep an <abbr> with the expansion as its title. The rule is @mh/core's.
import { glossSegments, type Locale } from '@mh/core';
import { html, type TemplateResult } from 'lit';

/** `text` with the glossary's abbreviations marked; `seen` is the view's set of entries already met. */
export function glossed(text: string, locale: Locale, seen: Set<string>): TemplateResult | string {
  const segments = glossSegments(text, locale, seen);
  if (segments.every((segment) => typeof segment === 'string')) return text;
  return html`${segments.map((segment) =>
    typeof segment === 'string'
      ? segment
      : segment.first
        ? html`<abbr title=${segment.expansion}>${segment.term}</abbr> (${segment.expansion})`
        : html`<abbr title=${segment.expansion}>${segment.term}</abbr>`,
  )}`;
}
