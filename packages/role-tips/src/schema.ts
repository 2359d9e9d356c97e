// zod schemas of @mh/role-tips' data, the published JSON Schema, and parseRoles for sites that
// bring their own roles. Only this entry imports zod.
import { jsonSchemaOf, kebabIdSchema, localizedTextSchema, parseData, regionSchema, sourceRefSchema, textSchema } from '@mh/core/schema';
import { z } from 'zod';
import { exploitationForms, type Role } from './types.js';

export { parseData } from '@mh/core/schema';

export const exploitationFormSchema = z.enum(exploitationForms);

function noDuplicates(what: string) {
  return (values: readonly string[], context: z.RefinementCtx): void => {
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index) context.addIssue({ code: 'custom', path: [index], message: `${what} "${value}" is listed twice` });
    });
  };
}

function uniqueIds(what: string) {
  return (items: readonly { readonly id: string }[], context: z.RefinementCtx): void => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate ${what} id "${item.id}"` });
      seen.add(item.id);
    });
  };
}

/** A numbered list keeps the source's order: the first item is 1, the next 2, and so on. */
function inSourceOrder(items: readonly { readonly number: number }[], context: z.RefinementCtx): void {
  items.forEach((item, index) => {
    if (item.number !== index + 1) context.addIssue({ code: 'custom', path: [index, 'number'], message: `must be ${index + 1}: the list keeps the source's order` });
  });
}

const formsSchema = z.array(exploitationFormSchema).min(1).readonly().superRefine(noDuplicates('form'));
const regionsSchema = z.array(regionSchema).min(1).readonly().superRefine(noDuplicates('region'));

export const tipSchema = z.strictObject({
  id: kebabIdSchema,
  text: localizedTextSchema,
  forms: formsSchema,
  regions: regionsSchema,
  danger: z.literal(true).exactOptional(),
  source: sourceRefSchema,
});

export const roleSchema = z.strictObject({
  id: kebabIdSchema,
  name: localizedTextSchema,
  regions: regionsSchema,
  professional: z.boolean(),
  tips: z.array(tipSchema).min(1, 'a role needs at least one tip').readonly(),
});

/** Roles whose ids are unique, and whose tips' ids are unique across all roles. */
export const roleListSchema = z
  .array(roleSchema)
  .readonly()
  .superRefine((list, context) => {
    uniqueIds('role')(list, context);
    const seen = new Set<string>();
    list.forEach((role, roleIndex) =>
      role.tips.forEach((tip, tipIndex) => {
        if (seen.has(tip.id)) context.addIssue({ code: 'custom', path: [roleIndex, 'tips', tipIndex, 'id'], message: `duplicate tip id "${tip.id}"` });
        seen.add(tip.id);
      }),
    );
  });

export const citedItemSchema = z.strictObject({ id: kebabIdSchema, text: localizedTextSchema, regions: regionsSchema, source: sourceRefSchema });
export const numberedItemSchema = z.strictObject({
  id: kebabIdSchema,
  number: z.number().int().positive(),
  text: localizedTextSchema,
  regions: regionsSchema,
  source: sourceRefSchema,
});
export const citedTextSchema = z.strictObject({ text: localizedTextSchema, source: sourceRefSchema });

export const barrierSchema = z.strictObject({
  id: kebabIdSchema,
  number: z.number().int().positive(),
  doubt: localizedTextSchema,
  answer: localizedTextSchema,
  regions: regionsSchema,
  source: sourceRefSchema,
});

export const principleSchema = z.strictObject({
  id: kebabIdSchema,
  name: localizedTextSchema,
  text: localizedTextSchema,
  regions: regionsSchema,
  source: sourceRefSchema,
});

export const learningResourceSchema = z.strictObject({
  id: kebabIdSchema,
  name: textSchema,
  url: z.url({ protocol: /^https?$/ }),
  providers: z.array(textSchema).min(1).readonly(),
  free: z.boolean(),
  text: localizedTextSchema,
  forms: formsSchema,
  regions: regionsSchema,
  source: sourceRefSchema,
});

export const dataFileSchema = z.strictObject({
  roles: roleListSchema,
  conversationRules: z.array(numberedItemSchema).length(5, 'the poster has five conversation rules').readonly().superRefine(inSourceOrder).superRefine(uniqueIds('conversation rule')),
  relationshipTips: z.array(citedItemSchema).min(1).readonly().superRefine(uniqueIds('relationship tip')),
  shelterIntro: citedTextSchema,
  shelterPhases: z.array(numberedItemSchema).length(3, 'specialised shelter has three phases').readonly().superRefine(inSourceOrder).superRefine(uniqueIds('shelter phase')),
  shelterNote: citedTextSchema,
  barriers: z.array(barrierSchema).length(10, 'the source has ten barriers').readonly().superRefine(inSourceOrder).superRefine(uniqueIds('barrier')),
  nonPunishment: principleSchema,
  learning: learningResourceSchema,
});

export function dataJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(dataFileSchema, {
    id: '@mh/role-tips/data.schema.json',
    title: 'mh role tips: what each role can do, conversation rules, barriers to signalling',
  });
}

/**
 * Validates a site's own list of roles. Returns it typed, or throws a DataValidationError
 * naming the path of each problem (`[2].tips[0].forms[0]: …`).
 */
export function parseRoles(data: unknown): readonly Role[] {
  return parseData(roleListSchema, data, 'role data');
}
