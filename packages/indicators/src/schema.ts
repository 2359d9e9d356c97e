// zod schemas of @mh/indicators' data, the published JSON Schema, and parseIndicators for sites
// that bring their own list. Only this entry imports zod.
import { jsonSchemaOf, kebabIdSchema, localizedTextSchema, parseData, regionSchema, sourceRefSchema } from '@mh/core/schema';
import { z } from 'zod';
import { exploitationForms, indicatorGroupIds, levels, type Indicator } from './types.js';

export { parseData } from '@mh/core/schema';

export const indicatorGroupIdSchema = z.enum(indicatorGroupIds);
export const exploitationFormSchema = z.enum(exploitationForms);
export const levelSchema = z.enum(levels);

export const citedTextSchema = z.strictObject({ text: localizedTextSchema, source: sourceRefSchema });

export const indicatorGroupSchema = z.strictObject({
  id: indicatorGroupIdSchema,
  name: localizedTextSchema,
  source: sourceRefSchema,
});

export const indicatorSchema = z.strictObject({
  id: kebabIdSchema,
  group: indicatorGroupIdSchema,
  text: localizedTextSchema,
  looksLike: z.array(citedTextSchema).readonly(),
  note: citedTextSchema.exactOptional(),
  forms: z.array(exploitationFormSchema).readonly(),
  source: sourceRefSchema,
});

export const levelDefinitionSchema = z.strictObject({
  id: levelSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  source: sourceRefSchema,
});

export const nextStepSchema = z.strictObject({
  id: kebabIdSchema,
  levels: z.array(levelSchema).min(1).readonly(),
  regions: z.array(regionSchema).min(1).readonly(),
  title: localizedTextSchema,
  detail: localizedTextSchema.exactOptional(),
  contacts: z.array(kebabIdSchema).readonly(),
  callNow: z.literal(true).exactOptional(),
  provisions: z.array(kebabIdSchema).readonly(),
  sources: z.array(sourceRefSchema).min(1).readonly(),
});

/** A list of indicators whose ids are unique. */
export const indicatorListSchema = z
  .array(indicatorSchema)
  .readonly()
  .superRefine((list, context) => {
    const seen = new Set<string>();
    list.forEach((indicator, index) => {
      if (seen.has(indicator.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate indicator id "${indicator.id}"` });
      seen.add(indicator.id);
    });
  });

export const dataFileSchema = z.strictObject({
  groups: z.array(indicatorGroupSchema).readonly(),
  indicators: indicatorListSchema,
  levels: z.array(levelDefinitionSchema).readonly(),
  steps: z.array(nextStepSchema).readonly(),
  traffickingDefinition: citedTextSchema,
});

export function dataJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(dataFileSchema, { id: '@mh/indicators/data.schema.json', title: 'mh indicators: signals of victimhood, levels and next steps' });
}

/**
 * Validates a site's own list of indicators. Returns it typed, or throws a DataValidationError
 * naming the path of each problem (`[2].text.fr.status: …`).
 */
export function parseIndicators(data: unknown): readonly Indicator[] {
  return parseData(indicatorListSchema, data, 'indicator data');
}
