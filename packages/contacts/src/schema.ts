// zod schemas for @mh/contacts, the JSON Schema of data.json generated from them, and
// `parseContacts` for data that did not go through the compiler (a site's own contacts).
// Only this entry imports zod, so a page that shows a contact card never loads a validator.
import { countryOf } from '@mh/core';
import { jsonSchemaOf, kebabIdSchema, localizedTextSchema, parseData, regionSchema, sourceRefSchema, textSchema } from '@mh/core/schema';
import { z } from 'zod';
import { audiences, phoneKinds, timeZones, topics, weekdays, type Contact } from './types.js';

export { parseData, DataValidationError } from '@mh/core/schema';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const e164Pattern = /^\+[1-9]\d{6,14}$/;

/**
 * A short number (112, 101, 1712, 116 000) has no E.164 form of its own: it is written with the
 * country code it can be dialled in, `+32` or `+31`, followed by the number (`+32112`).
 */
export const shortNumberPattern = /^\+3[12][1-9]\d{2,5}$/;

const isoDate = z.iso.date();
const httpUrl = z.url({ protocol: /^https?$/ });
const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'must have at least one item').readonly();

export const audienceSchema = z.enum(audiences);
export const topicSchema = z.enum(topics);
export const weekdaySchema = z.enum(weekdays);
export const timeZoneSchema = z.enum(timeZones);

export const phoneSchema = z.strictObject({
  number: z
    .string()
    .regex(
      new RegExp(`${e164Pattern.source}|${shortNumberPattern.source}`),
      'must be an E.164 number such as "+3224754411", or a short number after its country code such as "+32112"',
    ),
  display: textSchema,
  kind: z.enum(phoneKinds),
  free: z.literal(true).exactOptional(),
  charge: z.strictObject({ text: localizedTextSchema, source: sourceRefSchema }).exactOptional(),
  source: sourceRefSchema,
}).refine((phone) => !(phone.free && phone.charge), { message: 'a call cannot be both free and charged', path: ['charge'] });

const monthOrDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date YYYY-MM-DD or a month YYYY-MM');

export const announcedSchema = z.strictObject({
  opens: monthOrDate,
  source: sourceRefSchema,
  otherDates: nonEmpty(z.strictObject({ opens: monthOrDate, source: sourceRefSchema })).exactOptional(),
});

export const emailSchema = z.strictObject({ address: z.email(), source: sourceRefSchema });

export const addressSchema = z
  .strictObject({
    street: textSchema,
    postalCode: textSchema,
    locality: textSchema,
    region: regionSchema,
    country: z.enum(['BE', 'NL']),
    source: sourceRefSchema,
  })
  .refine((address) => countryOf(address.region) === address.country, { message: 'region must lie in country', path: ['region'] });

export const weeklyHoursSchema = z
  .strictObject({
    days: nonEmpty(weekdaySchema),
    opens: z.string().regex(clockTime, 'must be a time HH:MM from 00:00 to 23:59'),
    closes: z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time HH:MM from 00:01 to 24:00'),
  })
  .refine((range) => range.opens < range.closes, { message: 'must close after it opens on the same day', path: ['closes'] });

const scheduleSource = {
  source: sourceRefSchema,
  asOf: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD').exactOptional(),
  otherSource: z.strictObject({ text: localizedTextSchema, source: sourceRefSchema }).exactOptional(),
};

export const scheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('always'), ...scheduleSource }),
  z.strictObject({
    kind: z.literal('weekly'),
    hours: nonEmpty(weeklyHoursSchema),
    closedOn: z.array(isoDate).readonly().exactOptional(),
    ...scheduleSource,
  }),
]);

const bcp47 = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

export const serviceSchema = z.strictObject({
  id: kebabIdSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  audiences: nonEmpty(audienceSchema),
  topics: nonEmpty(topicSchema),
  phones: z.array(phoneSchema).readonly(),
  serviceArea: nonEmpty(regionSchema),
  languages: nonEmpty(z.string().regex(bcp47, 'must be a BCP 47 tag such as "nl" or "fr-BE"')).exactOptional(),
  hours: scheduleSchema.exactOptional(),
  url: httpUrl.exactOptional(),
  emails: nonEmpty(emailSchema).exactOptional(),
  sources: nonEmpty(sourceRefSchema).exactOptional(),
});

export const contactSchema = z.strictObject({
  id: kebabIdSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  url: httpUrl.exactOptional(),
  emails: nonEmpty(emailSchema).exactOptional(),
  address: addressSchema.exactOptional(),
  announced: announcedSchema.exactOptional(),
  timeZone: timeZoneSchema,
  services: nonEmpty(serviceSchema),
  sources: nonEmpty(sourceRefSchema),
  reviewedAt: isoDate,
});

/** A list of contacts whose contact ids, and service ids across all contacts, are unique. */
export const contactsSchema = z
  .array(contactSchema)
  .readonly()
  .superRefine((list, context) => {
    const contactIds = new Set<string>();
    const serviceIds = new Set<string>();
    list.forEach((contact, index) => {
      if (contactIds.has(contact.id)) context.addIssue({ code: 'custom', message: `duplicate contact id "${contact.id}"`, path: [index, 'id'] });
      contactIds.add(contact.id);
      contact.services.forEach((service, serviceIndex) => {
        if (serviceIds.has(service.id)) {
          context.addIssue({ code: 'custom', message: `duplicate service id "${service.id}"`, path: [index, 'services', serviceIndex, 'id'] });
        }
        serviceIds.add(service.id);
      });
    });
  });

/** The published data file, `@mh/contacts/data.json`. */
export const dataFileSchema = z.strictObject({ contacts: contactsSchema });

/** The JSON Schema (draft 2020-12) of `@mh/contacts/data.json`, generated from `dataFileSchema`. */
export function dataJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(dataFileSchema, { id: '@mh/contacts/data.schema.json', title: '@mh/contacts data' });
}

/**
 * Validates contacts that did not go through the compiler, e.g. a site's own list. Returns them
 * typed, or throws a `DataValidationError` naming each path (`[0].services[1].phones[0].number`).
 */
export function parseContacts(data: unknown): readonly Contact[] {
  return parseData(contactsSchema, data, 'contact data');
}
