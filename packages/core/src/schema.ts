// zod schemas for @mh/core's types, and `parseData`, which turns zod's issues into a DataValidationError.
// Only this entry imports zod, so a page that shows content never loads a validator.
import { z } from 'zod';
import { locales, translationStatuses } from './locale.js';
import { regions } from './region.js';
import { sourceIds } from './sources.js';

export { DataValidationError, formatPath, type DataIssue } from './errors.js';
export { parseData } from './parse.js';
export { fleschDouma, plainDutch, plainLanguage, readabilityCsv, readabilityOf, summarizeReadability, syllables, type Readability, type ReadabilitySummary, type TextReadability } from './readability.js';
export { belgianArticlePattern, belgianTermsRule, citationsNameTheirPart, commonLintRules, glossaryCoversAbbreviations, noBelgianArticleNumbers, translationRules, translationsRead, type CommonLintOptions, type LintRule } from './lint.js';

/** A non-empty line of text, trimmed. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** Stable ids are kebab-case ASCII, so they survive URLs, HTML attributes and file names. */
export const kebabIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id such as "child-focus"');

export const localeSchema = z.enum(locales);
export const translationStatusSchema = z.enum(translationStatuses);
export const translationSchema = z
  .strictObject({
    text: textSchema,
    status: translationStatusSchema,
    reviewedBy: textSchema.exactOptional(),
    reviewedOn: z.iso.date().exactOptional(),
  })
  .refine((translation) => translation.status === 'draft' || (translation.reviewedBy !== undefined && translation.reviewedOn !== undefined), {
    message: 'a checked or reviewed translation says who or what checked it (reviewedBy) and when (reviewedOn)',
    path: ['reviewedBy'],
  })
  .meta({ id: 'Translation' });

const optionalTranslation = translationSchema.exactOptional();
export const localizedTextSchema = z.strictObject({
  nl: textSchema,
  fr: optionalTranslation,
  en: optionalTranslation,
  'nl-BE': optionalTranslation,
  'nl-NL': optionalTranslation,
  'fr-BE': optionalTranslation,
  'fr-NL': optionalTranslation,
  'en-BE': optionalTranslation,
  'en-NL': optionalTranslation,
}).meta({ id: 'LocalizedText' });

export const regionSchema = z.enum(regions).meta({ id: 'Region' });

/** A source id that the registry knows; anything else fails with the list of known ids. */
export const sourceIdSchema = z.enum(sourceIds).meta({ id: 'SourceId' });

export const sourceRefSchema = z
  .strictObject({
    source: sourceIdSchema,
    section: textSchema,
    page: z.number().int().positive().exactOptional(),
  })
  .meta({ id: 'SourceRef' });

const isoDate = z.iso.date();

export const seedSourceSchema = z.strictObject({
  id: kebabIdSchema,
  kind: z.literal('seed'),
  file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name such as "002_fced2f01d0374083.txt"'),
  title: textSchema,
  publisher: textSchema.exactOptional(),
  language: localeSchema,
  region: regionSchema,
  scopes: z.array(z.strictObject({ section: textSchema, region: regionSchema, quote: textSchema })).readonly().exactOptional(),
  year: z.number().int().min(1900).max(2100).exactOptional(),
  note: textSchema.exactOptional(),
});

export const publicSourceSchema = z.strictObject({
  id: kebabIdSchema,
  kind: z.literal('public'),
  url: z.url({ protocol: /^https?$/ }),
  title: textSchema,
  publisher: textSchema.exactOptional(),
  language: localeSchema,
  consulted: isoDate,
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .exactOptional(),
  region: regionSchema.exactOptional(),
});

export const sourceSchema = z.discriminatedUnion('kind', [seedSourceSchema, publicSourceSchema]);


/**
 * The JSON Schema (draft 2020-12) of a data file, generated from its zod schema so the two
 * never drift apart. It describes the data as published (`io: 'input'`: what a reader of
 * `data.json` or a site bringing its own data must write).
 */
export function jsonSchemaOf(schema: z.ZodType, meta: { readonly id: string; readonly title: string }): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return { ...generated, $id: meta.id, title: meta.title };
}

export { collectLocalizedTexts, collectSourceRefs, type Found } from './walk.js';

/** One entry of the glossary (`@mh/core/data.json`). */
export const glossaryEntrySchema = z
  .strictObject({
    id: kebabIdSchema,
    terms: z.array(textSchema).min(1, 'must have at least one term').readonly(),
    expansion: localizedTextSchema,
    source: sourceRefSchema,
  })
  .meta({ id: 'GlossaryEntry' });

/** The published data file of @mh/core: the glossary, and the capitalised names that are not abbreviations. */
export const dataFileSchema = z
  .strictObject({
    glossary: z.array(glossaryEntrySchema).readonly(),
    names: z.array(textSchema).readonly(),
  })
  .superRefine((file, context) => {
    const seen = new Map<string, string>();
    file.glossary.forEach((entry, index) =>
      entry.terms.forEach((term, termIndex) => {
        const other = seen.get(term);
        if (other) context.addIssue({ code: 'custom', message: `term "${term}" is also in "${other}"`, path: ['glossary', index, 'terms', termIndex] });
        seen.set(term, entry.id);
      }),
    );
  });

/** The JSON Schema (draft 2020-12) of `@mh/core/data.json`, generated from `dataFileSchema`. */
export function dataJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(dataFileSchema, { id: '@mh/core/data.schema.json', title: '@mh/core data: the glossary' });
}
