import { describe, expect, it } from 'vitest';
import { localize, resolveLocale, type LocalizedText } from '../src/index.js';

const perpetrator: LocalizedText = {
  nl: 'tienerpooier',
  'nl-NL': { text: 'loverboy', status: 'reviewed' },
  fr: { text: "proxénète d'adolescents", status: 'draft' },
};

describe('resolveLocale', () => {
  it.each([
    ['nl', 'nl', undefined],
    ['nl-BE', 'nl', 'BE'],
    ['nl-NL', 'nl', 'NL'],
    ['fr-BE', 'fr', 'BE'],
    ['FR-be', 'fr', 'BE'],
    ['en-GB', 'en', undefined],
    [' en ', 'en', undefined],
  ])('reads %j as %s (country %s), not a fallback', (tag, locale, country) => {
    expect(resolveLocale(tag)).toEqual({ locale, country, fallback: false });
  });

  it.each([['de'], ['de-BE'], ['not a tag!'], [''], [null], [undefined]])('falls back to nl for %j', (tag) => {
    expect(resolveLocale(tag)).toEqual({ locale: 'nl', country: undefined, fallback: true });
  });
});

describe('localize', () => {
  it('gives the nl source for nl and nl-BE', () => {
    expect(localize(perpetrator, 'nl')).toEqual({ text: 'tienerpooier', locale: 'nl', variant: undefined, status: 'source', fallback: false });
    expect(localize(perpetrator, 'nl-BE').text).toBe('tienerpooier');
  });

  it('uses the regional wording for nl-NL, from the tag or from the region', () => {
    expect(localize(perpetrator, 'nl-NL')).toEqual({ text: 'loverboy', locale: 'nl', variant: 'nl-NL', status: 'reviewed', fallback: false });
    expect(localize(perpetrator, 'nl', { region: 'NL' }).text).toBe('loverboy');
    expect(localize(perpetrator, 'nl', { region: 'BE-VLG' }).text).toBe('tienerpooier');
  });

  it('resolves fr-BE to the fr translation and says how far it got', () => {
    expect(localize(perpetrator, 'fr-BE')).toEqual({
      text: "proxénète d'adolescents",
      locale: 'fr',
      variant: undefined,
      status: 'draft',
      fallback: false,
    });
  });

  it('falls back to nl when the language is unsupported, and says so', () => {
    expect(localize(perpetrator, 'de')).toEqual({ text: 'tienerpooier', locale: 'nl', variant: undefined, status: 'source', fallback: true });
  });

  it('falls back to nl when a translation is missing, keeping the regional wording', () => {
    expect(localize(perpetrator, 'en')).toMatchObject({ text: 'tienerpooier', locale: 'nl', fallback: true });
    expect(localize(perpetrator, 'en-NL')).toMatchObject({ text: 'loverboy', locale: 'nl', variant: 'nl-NL', fallback: true });
  });

  it('prefers a regional translation over the plain one', () => {
    const text: LocalizedText = { nl: 'a', fr: { text: 'b', status: 'draft' }, 'fr-BE': { text: 'c', status: 'reviewed' } };
    expect(localize(text, 'fr', { region: 'BE-WAL' })).toMatchObject({ text: 'c', variant: 'fr-BE', status: 'reviewed' });
    expect(localize(text, 'fr', { region: 'NL' })).toMatchObject({ text: 'b', variant: undefined });
  });
});
