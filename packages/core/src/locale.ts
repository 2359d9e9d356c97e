// Languages and localized text: nl is the source, every other text says how far its translation got.
import { countryOf, type Country, type Region } from './region.js';

export const locales = ['nl', 'fr', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The language every text is written in first; the fallback for everything else. */
export const sourceLocale = 'nl' satisfies Locale;

/**
 * How far a translation got: `draft` until someone read it against the nl source; `checked` when
 * it was read for meaning and for the known classes of error (issue 26), not yet by a person
 * who writes the language natively; `reviewed` when such a person has reviewed it.
 */
export const translationStatuses = ['draft', 'checked', 'reviewed'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

export interface Translation {
  readonly text: string;
  readonly status: TranslationStatus;
  /** Who or what checked or reviewed it, as a role ("AI assistant, read against the nl source"); with every status but `draft`. */
  readonly reviewedBy?: string;
  /** When (YYYY-MM-DD); with every status but `draft`. */
  readonly reviewedOn?: string;
}

/**
 * A text for one language in one country, where the words differ (CONTENT.md: a Flemish page
 * says "tienerpooier", a Dutch page "loverboy"). `nl-NL` overrides `nl` for the Netherlands.
 */
export type RegionalLocale = `${Locale}-${Country}`;

export const regionalLocales = locales.flatMap((locale) =>
  (['BE', 'NL'] as const satisfies readonly Country[]).map((country): RegionalLocale => `${locale}-${country}`),
);

/** nl is required (it is the source); every other language and regional wording is optional. */
export type LocalizedText = { readonly nl: string } & {
  readonly [L in Exclude<Locale, 'nl'> | RegionalLocale]?: Translation;
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export interface ResolvedLocale {
  /** The supported language to use. */
  readonly locale: Locale;
  /** The country of the tag (`nl-BE` → `BE`), when it is one whose wording we keep apart. */
  readonly country: Country | undefined;
  /** True when the tag named no supported language, so `nl` was chosen instead. */
  readonly fallback: boolean;
}

/**
 * Maps a BCP 47 tag (an element's `lang`, a browser language) to a supported locale:
 * `nl-BE` → nl, `FR-be` → fr, `de` or garbage → nl with `fallback: true`.
 */
export function resolveLocale(tag: string | null | undefined): ResolvedLocale {
  let parsed: Intl.Locale | undefined;
  try {
    parsed = tag ? new Intl.Locale(tag.trim()) : undefined;
  } catch {
    parsed = undefined; // not a well-formed tag: treat it like an unsupported language
  }
  const language = parsed?.language;
  if (!isLocale(language)) return { locale: sourceLocale, country: undefined, fallback: true };
  const country = parsed?.region === 'BE' || parsed?.region === 'NL' ? parsed.region : undefined;
  return { locale: language, country, fallback: false };
}

export interface LocalizeOptions {
  /** Where the reader is; picks a regional wording when the tag has no country (`nl` + `NL` → `nl-NL`). */
  readonly region?: Region;
}

export interface LocalizedResult {
  readonly text: string;
  /** The language of `text`: the one asked for, or nl when that was unsupported or untranslated. */
  readonly locale: Locale;
  /** Set when a regional wording was used. */
  readonly variant: RegionalLocale | undefined;
  /** `source` for the nl original, else the status of the translation that was used. */
  readonly status: TranslationStatus | 'source';
  /** True when `text` is not in the language that was asked for. */
  readonly fallback: boolean;
}

/**
 * Picks the text to show for a requested language, most specific first: the regional wording
 * (`fr-BE`), the language (`fr`), then the nl source in the same country (`nl-BE`), then `nl`.
 */
export function localize(text: LocalizedText, requested: string | null | undefined, options: LocalizeOptions = {}): LocalizedResult {
  const resolved = resolveLocale(requested);
  const country = resolved.country ?? (options.region ? countryOf(options.region) : undefined);
  const candidates: (Exclude<Locale, 'nl'> | RegionalLocale)[] = [];
  if (country) candidates.push(`${resolved.locale}-${country}`);
  if (resolved.locale !== sourceLocale) candidates.push(resolved.locale);
  if (country && resolved.locale !== sourceLocale) candidates.push(`${sourceLocale}-${country}`);
  for (const key of candidates) {
    const translation = text[key];
    if (!translation) continue;
    const locale = key.slice(0, 2) as Locale;
    return {
      text: translation.text,
      locale,
      variant: key.includes('-') ? (key as RegionalLocale) : undefined,
      status: translation.status,
      fallback: resolved.fallback || locale !== resolved.locale,
    };
  }
  return { text: text.nl, locale: sourceLocale, variant: undefined, status: 'source', fallback: resolved.fallback || resolved.locale !== sourceLocale };
}
