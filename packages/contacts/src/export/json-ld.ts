// A contact as schema.org JSON-LD (an Organization with one ContactPoint per phone), for a
// <script type="application/ld+json"> beside a contact card.
import { localize } from '@mh/core';
import type { Contact, Schedule, Service, Weekday } from '../types.js';

export interface JsonLdOpeningHours {
  readonly '@type': 'OpeningHoursSpecification';
  readonly dayOfWeek?: readonly string[];
  /** Local time of the contact's time zone (JSON-LD has no zone for it). */
  readonly opens: string;
  readonly closes: string;
  /** Set on a day the service is closed: opens and closes are both 00:00 (schema.org's way). */
  readonly validFrom?: string;
  readonly validThrough?: string;
}

export interface JsonLdContactPoint {
  readonly '@type': 'ContactPoint';
  /** E.164 */
  readonly telephone?: string;
  readonly faxNumber?: string;
  /** The service's name, localized. */
  readonly contactType: string;
  readonly description: string;
  /** ISO 3166 codes: `BE`, `BE-VLG`, `NL`. */
  readonly areaServed: readonly string[];
  readonly availableLanguage?: readonly string[];
  readonly hoursAvailable?: readonly JsonLdOpeningHours[];
  /** `https://schema.org/TollFree` where a source says the call is free. */
  readonly contactOption?: string;
  readonly email?: string | readonly string[];
  readonly url?: string;
}

export interface JsonLdPostalAddress {
  readonly '@type': 'PostalAddress';
  readonly streetAddress: string;
  readonly postalCode: string;
  readonly addressLocality: string;
  readonly addressRegion?: string;
  readonly addressCountry: string;
}

export interface JsonLdOrganization {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'Organization';
  readonly name: string;
  readonly description: string;
  readonly url?: string;
  readonly email?: string | readonly string[];
  readonly address?: JsonLdPostalAddress;
  readonly contactPoint: readonly JsonLdContactPoint[];
}

const dayNames: Readonly<Record<Weekday, string>> = {
  mo: 'https://schema.org/Monday',
  tu: 'https://schema.org/Tuesday',
  we: 'https://schema.org/Wednesday',
  th: 'https://schema.org/Thursday',
  fr: 'https://schema.org/Friday',
  sa: 'https://schema.org/Saturday',
  su: 'https://schema.org/Sunday',
};
const everyDay = Object.values(dayNames);

function oneOrMany(values: readonly string[]): string | readonly string[] | undefined {
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
}

function openingHours(schedule: Schedule): JsonLdOpeningHours[] {
  if (schedule.kind === 'always') return [{ '@type': 'OpeningHoursSpecification', dayOfWeek: everyDay, opens: '00:00', closes: '23:59' }];
  return [
    ...schedule.hours.map((range): JsonLdOpeningHours => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: range.days.map((day) => dayNames[day]),
      opens: range.opens,
      closes: range.closes,
    })),
    ...(schedule.closedOn ?? []).map((date): JsonLdOpeningHours => ({
      '@type': 'OpeningHoursSpecification',
      opens: '00:00',
      closes: '00:00',
      validFrom: date,
      validThrough: date,
    })),
  ];
}

function contactPoints(service: Service, locale: string): JsonLdContactPoint[] {
  const emails = oneOrMany((service.emails ?? []).map((email) => email.address));
  const shared = {
    '@type': 'ContactPoint',
    contactType: localize(service.name, locale).text,
    description: localize(service.description, locale).text,
    areaServed: service.serviceArea,
    ...(service.languages && { availableLanguage: service.languages }),
    ...(service.hours && { hoursAvailable: openingHours(service.hours) }),
    ...(emails && { email: emails }),
    ...(service.url && { url: service.url }),
  } as const;
  // A service reached only by its website or e-mail still gets one ContactPoint.
  if (service.phones.length === 0) return [shared];
  return service.phones.map((phone) => ({
    ...shared,
    ...(phone.kind === 'fax' ? { faxNumber: phone.number } : { telephone: phone.number }),
    ...(phone.free && { contactOption: 'https://schema.org/TollFree' }),
  }));
}

/**
 * The contact as a schema.org `Organization`. Texts are localized with core's `localize`
 * (`locale` is any BCP 47 tag; nl when unsupported); opening hours are local times of the
 * contact's `timeZone`, and 24/7 is written as Monday–Sunday 00:00–23:59. There is no `@id`:
 * the data has no stable public address to give one.
 */
export function toJsonLd(contact: Contact, locale = 'nl'): JsonLdOrganization {
  const emails = oneOrMany((contact.emails ?? []).map((email) => email.address));
  const address = contact.address;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: localize(contact.name, locale).text,
    description: localize(contact.description, locale).text,
    ...(contact.url && { url: contact.url }),
    ...(emails && { email: emails }),
    ...(address && {
      address: {
        '@type': 'PostalAddress',
        streetAddress: address.street,
        postalCode: address.postalCode,
        addressLocality: address.locality,
        ...(address.region !== address.country && { addressRegion: address.region }),
        addressCountry: address.country,
      },
    }),
    contactPoint: contact.services.flatMap((service) => contactPoints(service, locale)),
  };
}
