// zod schemas of @mh/legal-secrecy's data, the published JSON Schema, and parseProvisions for
// sites that bring their own list. Only this entry imports zod.
import { jsonSchemaOf, kebabIdSchema, localizedTextSchema, parseData, sourceRefSchema, textSchema } from '@mh/core/schema';
import { z } from 'zod';
import { jurisdictions, legalBases, provisionKinds, recipientIds, verdicts, type Provision } from './types.js';

export { parseData } from '@mh/core/schema';

export const jurisdictionSchema = z.enum(jurisdictions);
export const provisionKindSchema = z.enum(provisionKinds);
export const legalBasisSchema = z.enum(legalBases);
export const recipientIdSchema = z.enum(recipientIds);
export const verdictSchema = z.enum(verdicts);

export const citedTextSchema = z.strictObject({ text: localizedTextSchema, source: sourceRefSchema });
export const citedArticleSchema = z.strictObject({ article: textSchema, source: sourceRefSchema });

const provisionFields = {
  id: kebabIdSchema,
  kind: provisionKindSchema,
  basis: legalBasisSchema,
  name: localizedTextSchema,
  appliesTo: localizedTextSchema,
  allows: localizedTextSchema.exactOptional(),
  requires: localizedTextSchema.exactOptional(),
  protects: localizedTextSchema.exactOptional(),
  tellWhom: z.array(recipientIdSchema).readonly(),
  conditions: z.array(citedTextSchema).readonly(),
  doesNotAllow: z.array(citedTextSchema).readonly(),
  steps: z.array(citedTextSchema).min(1).readonly().exactOptional(),
  context: z.array(citedTextSchema).readonly(),
  summary: localizedTextSchema,
  sources: z.array(sourceRefSchema).min(1).readonly(),
  readMore: sourceRefSchema.exactOptional(),
  reviewedAt: z.iso.date(),
  note: textSchema.exactOptional(),
};

export const belgianProvisionSchema = z.strictObject({
  ...provisionFields,
  jurisdiction: z.literal('BE'),
  articles: z.strictObject({
    code1867: citedArticleSchema.exactOptional(),
    // `undefined` (or absent) until a public source gives the new number: never guessed.
    code2024: citedArticleSchema.optional(),
  }),
});

export const dutchProvisionSchema = z.strictObject({
  ...provisionFields,
  jurisdiction: z.literal('NL'),
  law: z.strictObject({ name: localizedTextSchema, article: textSchema.exactOptional(), source: sourceRefSchema }),
});

export const provisionSchema = z.discriminatedUnion('jurisdiction', [belgianProvisionSchema, dutchProvisionSchema]);

/** A list of provisions whose ids are unique. */
export const provisionListSchema = z
  .array(provisionSchema)
  .readonly()
  .superRefine((list, context) => {
    const seen = new Set<string>();
    list.forEach((provision, index) => {
      if (seen.has(provision.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate provision id "${provision.id}"` });
      seen.add(provision.id);
    });
  });

export const recipientSchema = z.strictObject({
  id: recipientIdSchema,
  jurisdiction: jurisdictionSchema,
  name: localizedTextSchema,
  contacts: z.array(kebabIdSchema).readonly(),
  source: sourceRefSchema,
});

export const verdictDefinitionSchema = z.strictObject({
  id: verdictSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  sources: z.array(sourceRefSchema).min(1).readonly(),
});

export const disclosureStepSchema = z.strictObject({
  id: kebabIdSchema,
  text: localizedTextSchema,
  contacts: z.array(kebabIdSchema).readonly(),
  sources: z.array(sourceRefSchema).min(1).readonly(),
});

export const disclosureReasonSchema = z.strictObject({
  id: kebabIdSchema,
  text: localizedTextSchema,
  source: sourceRefSchema,
});

export const dataFileSchema = z.strictObject({
  provisions: provisionListSchema,
  recipients: z.array(recipientSchema).readonly(),
  verdicts: z.array(verdictDefinitionSchema).readonly(),
  steps: z.array(disclosureStepSchema).readonly(),
  reasons: z.array(disclosureReasonSchema).readonly(),
  disclaimer: localizedTextSchema,
  articleCaveat: citedTextSchema,
});

export function dataJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(dataFileSchema, {
    id: '@mh/legal-secrecy/data.schema.json',
    title: 'mh legal secrecy: when professional secrecy may or must be broken, and to whom',
  });
}

/**
 * Validates a site's own list of provisions. Returns it typed, or throws a DataValidationError
 * naming the path of each problem (`[2].articles.code1867.article: …`).
 */
export function parseProvisions(data: unknown): readonly Provision[] {
  return parseData(provisionListSchema, data, 'provision data') as readonly Provision[];
}
