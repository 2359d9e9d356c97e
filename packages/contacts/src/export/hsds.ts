// The contacts as Open Referral HSDS 3.0 records (organization → services → phones, schedules,
// service areas, languages, e-mail contacts; locations with addresses), for directories that import
// HSDS. Ids are UUID v5 of our own stable ids, so they are the same in every release.
import { getSource, type LocalizedText, type Region, type Source, type SourceRef } from '@mh/core';
import { v5 } from 'uuid';
import { contacts as ourContacts } from '../data/contacts.js';
import type { Address, Contact, Email, Phone, PhoneKind, Schedule, Service, TimeZone, Weekday, WeeklyHours } from '../types.js';

/**
 * The UUID v5 namespace of every HSDS id we publish, generated once (crypto.randomUUID()) for
 * @mh/contacts. It must never change: every id an importer has stored would change with it.
 */
export const hsdsNamespace = '5ba34749-e7a9-4341-a224-51ac703cab50';

/**
 * The HSDS id of one of our records: UUID v5 of a name such as `organization:child-focus`,
 * `service:child-focus-116000` or `phone:child-focus-116000:0` under `hsdsNamespace`.
 */
export function hsdsId(name: string): string {
  return v5(name, hsdsNamespace);
}

/** What `updated_by` says: the data do not record reviewers by name, so it names the project. */
export const hsdsUpdatedBy = 'mh (@mh/contacts)';

/** The `identifier_type` of the organization identifier that holds our own contact id. */
export const hsdsIdentifierType = '@mh/contacts contact id';

/** The fr, en and regional wordings of an HSDS text field whose own value is the nl source. */
export type HsdsTextTranslations = Omit<LocalizedText, 'nl'>;

/** `mh_translations`: per HSDS text field of the record, its other languages (`{ text, status }`). */
export type HsdsTranslations<Field extends string> = { readonly [F in Field]?: HsdsTextTranslations };

/** A source as `mh_sources` cites it: resolved from `@mh/core`'s registry. */
export interface HsdsSourceCitation {
  /** Its id in `@mh/core`'s `sources`. */
  readonly source_id: string;
  readonly title: string;
  /** The passage relied on. */
  readonly section: string;
  readonly page?: number;
  readonly publisher?: string;
  /** A public page: its address and the date (YYYY-MM-DD) it was read. */
  readonly url?: string;
  readonly consulted?: string;
  /** One of the project's seed documents: its file name. */
  readonly seed_file?: string;
}

export type HsdsResourceType = 'organization' | 'service' | 'phone' | 'schedule' | 'contact' | 'location' | 'address';

/**
 * One HSDS metadata entry: a person checked this field against `mh_sources` on
 * `last_action_date` (the contact's `reviewedAt`). A check changes nothing, so `previous_value`
 * and `replacement_value` are both the value checked.
 */
export interface HsdsMetadata {
  readonly id: string;
  readonly resource_id: string;
  readonly resource_type: HsdsResourceType;
  readonly last_action_date: string;
  readonly last_action_type: 'verified';
  readonly field_name: string;
  readonly previous_value: string;
  readonly replacement_value: string;
  readonly updated_by: string;
  readonly mh_sources: readonly HsdsSourceCitation[];
}

export interface HsdsPhone {
  readonly id: string;
  readonly service_id: string;
  /** E.164 (`+3224754411`); a short number after its country code (`+32116000`). */
  readonly number: string;
  readonly type: PhoneKind;
  readonly description?: string;
  /** How people write it in that country: `116 000`, `02 475 44 11`. */
  readonly mh_display: string;
  /** Set only where a source says the call is free. */
  readonly mh_free?: true;
  readonly mh_translations?: HsdsTranslations<'description'>;
  readonly metadata: readonly HsdsMetadata[];
}

export interface HsdsSchedule {
  readonly id: string;
  readonly service_id: string;
  readonly freq: 'WEEKLY';
  /** RFC 5545 days, comma separated: `MO,TU,WE,TH,FR,SA,SU`. */
  readonly byday: string;
  /** `HH:MM`, local time of `mh_time_zone` (no UTC offset: it changes with daylight saving time). */
  readonly opens_at: string;
  readonly closes_at: string;
  readonly description?: string;
  readonly notes?: string;
  /** The IANA time zone of `opens_at` and `closes_at`. */
  readonly mh_time_zone: TimeZone;
  /** Local dates (YYYY-MM-DD) on which the service is closed all day. */
  readonly mh_closed_on?: readonly string[];
  readonly mh_translations?: HsdsTranslations<'description' | 'notes'>;
  readonly metadata: readonly HsdsMetadata[];
}

export interface HsdsServiceArea {
  readonly id: string;
  readonly service_id: string;
  readonly name: string;
  /** The ISO 3166 code: `ISO 3166-2: BE-VLG`, `ISO 3166-1: NL`. */
  readonly description: string;
  /** The region as `@mh/core` writes it (ISO 3166-1 or 3166-2): `BE`, `BE-VLG`, `NL`. */
  readonly mh_region: Region;
  readonly mh_translations?: HsdsTranslations<'name'>;
}

export interface HsdsLanguage {
  readonly id: string;
  readonly service_id: string;
  /** In nl: `Frans`, `Engels`. */
  readonly name: string;
  /** ISO 639-1 (or 639-3 where there is no two-letter code). */
  readonly code: string;
  /** The full BCP 47 tag of our data, where it says more than `code` (`nl-BE`). */
  readonly mh_tag?: string;
}

/** An e-mail address (HSDS has no e-mail table: a contact without a person's name holds it). */
export interface HsdsContact {
  readonly id: string;
  readonly organization_id?: string;
  readonly service_id?: string;
  readonly email: string;
  readonly metadata: readonly HsdsMetadata[];
}

export interface HsdsAddress {
  readonly id: string;
  readonly location_id: string;
  readonly address_1: string;
  readonly city: string;
  /** The first-level subdivision of ISO 3166-2 (for Belgium the gewest), in nl. */
  readonly state_province: string;
  readonly postal_code: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly address_type: 'physical';
  readonly mh_region: Region;
  readonly mh_translations?: HsdsTranslations<'state_province'>;
  readonly metadata: readonly HsdsMetadata[];
}

export interface HsdsLocation {
  readonly id: string;
  readonly location_type: 'physical';
  readonly organization_id: string;
  readonly name: string;
  readonly addresses: readonly HsdsAddress[];
  readonly mh_translations?: HsdsTranslations<'name'>;
}

export interface HsdsOrganizationIdentifier {
  readonly id: string;
  readonly organization_id: string;
  readonly identifier_type: string;
  readonly identifier: string;
}

export interface HsdsService {
  readonly id: string;
  readonly organization_id: string;
  readonly name: string;
  readonly description: string;
  readonly url?: string;
  /** The first of the service's e-mail addresses; all of them are in `contacts`. */
  readonly email?: string;
  /** `inactive` for a centre that is only announced (`announced`): no source shows it open yet. */
  readonly status: 'active' | 'inactive';
  /** The date a person last checked the service against its sources (the contact's `reviewedAt`). */
  readonly assured_date: string;
  readonly phones?: readonly HsdsPhone[];
  readonly schedules?: readonly HsdsSchedule[];
  readonly service_areas: readonly HsdsServiceArea[];
  readonly languages?: readonly HsdsLanguage[];
  readonly contacts?: readonly HsdsContact[];
  readonly metadata: readonly HsdsMetadata[];
  /** Our service id (`child-focus-116000`). */
  readonly mh_id: string;
  readonly mh_audiences: readonly string[];
  readonly mh_topics: readonly string[];
  readonly mh_translations?: HsdsTranslations<'name' | 'description'>;
}

/** An organization with its services, the shape of HSDS's `organization_full.json` example. */
export interface HsdsOrganization {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly website?: string;
  readonly email?: string;
  readonly contacts?: readonly HsdsContact[];
  /** Only where the data have an address. */
  readonly locations?: readonly HsdsLocation[];
  readonly organization_identifiers: readonly HsdsOrganizationIdentifier[];
  readonly metadata: readonly HsdsMetadata[];
  readonly services: readonly HsdsService[];
  /** Our contact id (`child-focus`), also in `organization_identifiers`. */
  readonly mh_id: string;
  readonly mh_translations?: HsdsTranslations<'name' | 'description'>;
}

/** Thrown by `toHsds` for a contact that HSDS 3.0 cannot express without guessing. */
export class HsdsExportError extends Error {
  override readonly name = 'HsdsExportError';
  readonly contactId: string;

  constructor(contactId: string, message: string) {
    super(`Contact ${JSON.stringify(contactId)}: ${message}`);
    this.contactId = contactId;
  }
}

const draft = (text: string) => ({ text, status: 'draft' }) as const;

/** Official names of the regions; the key of each is its ISO 3166 code. */
const regionNames: Readonly<Record<Region, LocalizedText>> = {
  BE: { nl: 'België', fr: draft('Belgique'), en: draft('Belgium') },
  'BE-VLG': { nl: 'Vlaams Gewest', fr: draft('Région flamande'), en: draft('Flemish Region') },
  'BE-BRU': { nl: 'Brussels Hoofdstedelijk Gewest', fr: draft('Région de Bruxelles-Capitale'), en: draft('Brussels-Capital Region') },
  'BE-WAL': { nl: 'Waals Gewest', fr: draft('Région wallonne'), en: draft('Walloon Region') },
  NL: { nl: 'Nederland', fr: draft('Pays-Bas'), en: draft('Netherlands') },
};

const alwaysDescription: LocalizedText = { nl: 'Dag en nacht, elke dag.', fr: draft('Jour et nuit, tous les jours.'), en: draft('Day and night, every day.') };
const freeDescription: LocalizedText = { nl: 'Gratis nummer.', fr: draft('Numéro gratuit.'), en: draft('Free number.') };

function closedOnNotes(dates: readonly string[]): LocalizedText {
  const list = dates.join(', ');
  return { nl: `Gesloten op ${list}.`, fr: draft(`Fermé le ${list}.`), en: draft(`Closed on ${list}.`) };
}

const allWeek: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

function otherLanguages(text: LocalizedText): HsdsTextTranslations | undefined {
  const { nl: _source, ...others } = text;
  return Object.keys(others).length > 0 ? others : undefined;
}

/** `{ mh_translations }` for the fields that have other languages, or nothing at all. */
function translationsOf<Field extends string>(fields: Readonly<Record<Field, LocalizedText | undefined>>): { readonly mh_translations?: HsdsTranslations<Field> } {
  const entries = Object.entries<LocalizedText | undefined>(fields).flatMap(([field, text]) => {
    const others = text && otherLanguages(text);
    return others ? [[field, others] as const] : [];
  });
  return entries.length > 0 ? { mh_translations: Object.fromEntries(entries) as HsdsTranslations<Field> } : {};
}

function citationOf(contact: Contact, ref: SourceRef): HsdsSourceCitation {
  const source: Source | undefined = getSource(ref.source);
  if (!source) throw new HsdsExportError(contact.id, `cites the unknown source ${JSON.stringify(ref.source)}; check your data with parseContacts() from @mh/contacts/schema.`);
  return {
    source_id: source.id,
    title: source.title,
    section: ref.section,
    ...(ref.page !== undefined && { page: ref.page }),
    ...(source.publisher !== undefined && { publisher: source.publisher }),
    ...(source.kind === 'public' ? { url: source.url, consulted: source.consulted } : { seed_file: source.file }),
  };
}

interface Resource {
  readonly type: HsdsResourceType;
  /** The name its id is derived from, e.g. `phone:child-focus-116000:0`. */
  readonly name: string;
  readonly id: string;
}

function resource(type: HsdsResourceType, key: string): Resource {
  const name = `${type}:${key}`;
  return { type, name, id: hsdsId(name) };
}

/** One metadata entry per field that has a value: checked against `refs` on the contact's `reviewedAt`. */
function verified(contact: Contact, of: Resource, fields: Readonly<Record<string, string | undefined>>, refs: readonly SourceRef[]): HsdsMetadata[] {
  const sources = refs.map((ref) => citationOf(contact, ref));
  return Object.entries(fields).flatMap(([field, value]): HsdsMetadata[] =>
    value === undefined
      ? []
      : [
          {
            id: hsdsId(`metadata:${of.name}:${field}`),
            resource_id: of.id,
            resource_type: of.type,
            last_action_date: contact.reviewedAt,
            last_action_type: 'verified',
            field_name: field,
            previous_value: value,
            replacement_value: value,
            updated_by: hsdsUpdatedBy,
            mh_sources: sources,
          },
        ],
  );
}

function phoneOf(contact: Contact, service: Service, serviceId: string, phone: Phone, index: number): HsdsPhone {
  const of = resource('phone', `${service.id}:${index}`);
  return {
    id: of.id,
    service_id: serviceId,
    number: phone.number,
    type: phone.kind,
    ...(phone.free && { description: freeDescription.nl, mh_free: true, ...translationsOf({ description: freeDescription }) }),
    // What a call costs, where a source says it is not free (the Dutch police's 0900 number).
    ...(phone.charge && { description: phone.charge.text.nl, ...translationsOf({ description: phone.charge.text }) }),
    mh_display: phone.display,
    metadata: [
      ...verified(contact, of, { number: phone.number }, [phone.source]),
      ...(phone.charge ? verified(contact, of, { description: phone.charge.text.nl }, [phone.charge.source]) : []),
    ],
  };
}

function schedulesOf(contact: Contact, service: Service, serviceId: string, schedule: Schedule): HsdsSchedule[] {
  const ranges: readonly WeeklyHours[] = schedule.kind === 'always' ? [{ days: allWeek, opens: '00:00', closes: '23:59' }] : schedule.hours;
  const description = schedule.kind === 'always' ? alwaysDescription : undefined;
  const closedOn = schedule.kind === 'weekly' && schedule.closedOn && schedule.closedOn.length > 0 ? schedule.closedOn : undefined;
  // Where another source gives other hours, HSDS's free-text notes say so, with the dates closed.
  const notes = joinTexts(closedOn && closedOnNotes(closedOn), schedule.otherSource?.text);
  return ranges.map((range, index): HsdsSchedule => {
    const of = resource('schedule', `${service.id}:${index}`);
    const byday = range.days.map((day) => day.toUpperCase()).join(',');
    // HSDS times are HH:MM; our exclusive 24:00 (end of the day) is written 23:59, as 24/7 is.
    const closes = range.closes === '24:00' ? '23:59' : range.closes;
    return {
      id: of.id,
      service_id: serviceId,
      freq: 'WEEKLY',
      byday,
      opens_at: range.opens,
      closes_at: closes,
      ...(description && { description: description.nl }),
      ...(notes && { notes: notes.nl }),
      mh_time_zone: contact.timeZone,
      ...(closedOn && { mh_closed_on: closedOn }),
      ...translationsOf({ description, notes }),
      metadata: [
        ...verified(contact, of, { byday, opens_at: range.opens, closes_at: closes }, [schedule.source]),
        ...(schedule.otherSource ? verified(contact, of, { notes: schedule.otherSource.text.nl }, [schedule.otherSource.source]) : []),
      ],
    };
  });
}

/** Two texts as one, language by language (a translation is draft if either part is). */
function joinTexts(first: LocalizedText | undefined, second: LocalizedText | undefined): LocalizedText | undefined {
  if (!first || !second) return first ?? second;
  const part = (locale: 'fr' | 'en') => {
    const [a, b] = [first[locale], second[locale]];
    return a && b ? { [locale]: { text: `${a.text} ${b.text}`, status: a.status === 'draft' || b.status === 'draft' ? 'draft' : a.status } } : {};
  };
  return { nl: `${first.nl} ${second.nl}`, ...part('fr'), ...part('en') } as LocalizedText;
}

function serviceAreaOf(service: Service, serviceId: string, region: Region): HsdsServiceArea {
  const name = regionNames[region];
  return {
    id: hsdsId(`service_area:${service.id}:${region}`),
    service_id: serviceId,
    name: name.nl,
    description: `${region.includes('-') ? 'ISO 3166-2' : 'ISO 3166-1'}: ${region}`,
    mh_region: region,
    ...translationsOf({ name }),
  };
}

const languageNames = /* @__PURE__ */ new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'code' });

function languageOf(service: Service, serviceId: string, tag: string): HsdsLanguage {
  const code = new Intl.Locale(tag).language;
  return {
    id: hsdsId(`language:${service.id}:${tag}`),
    service_id: serviceId,
    name: languageNames.of(tag) ?? tag,
    code,
    ...(tag !== code && { mh_tag: tag }),
  };
}

function emailContactOf(contact: Contact, owner: { readonly organization_id: string } | { readonly service_id: string }, key: string, email: Email): HsdsContact {
  const of = resource('contact', key);
  return { id: of.id, ...owner, email: email.address, metadata: verified(contact, of, { email: email.address }, [email.source]) };
}

function serviceOf(contact: Contact, organizationId: string, service: Service): HsdsService {
  const of = resource('service', service.id);
  const emails = service.emails ?? [];
  const phones = service.phones.map((phone, index) => phoneOf(contact, service, of.id, phone, index));
  const languages = (service.languages ?? []).map((tag) => languageOf(service, of.id, tag));
  return {
    id: of.id,
    organization_id: organizationId,
    name: service.name.nl,
    description: service.description.nl,
    ...(service.url && { url: service.url }),
    ...(emails[0] && { email: emails[0].address }),
    status: contact.announced ? 'inactive' : 'active',
    assured_date: contact.reviewedAt,
    ...(phones.length > 0 && { phones }),
    ...(service.hours && { schedules: schedulesOf(contact, service, of.id, service.hours) }),
    service_areas: service.serviceArea.map((region) => serviceAreaOf(service, of.id, region)),
    ...(languages.length > 0 && { languages }),
    ...(emails.length > 0 && { contacts: emails.map((email, index) => emailContactOf(contact, { service_id: of.id }, `service:${service.id}:${index}`, email)) }),
    metadata: verified(contact, of, { name: service.name.nl, description: service.description.nl, url: service.url }, service.sources ?? contact.sources),
    mh_id: service.id,
    mh_audiences: service.audiences,
    mh_topics: service.topics,
    ...translationsOf({ name: service.name, description: service.description }),
  };
}

function locationOf(contact: Contact, organizationId: string, address: Address): HsdsLocation {
  const location = resource('location', contact.id);
  const of = resource('address', contact.id);
  if (!address.region.includes('-')) {
    throw new HsdsExportError(
      contact.id,
      `its address lies in region ${address.region}, a whole country. HSDS 3.0 requires the address's state_province; give the address a region within the country (such as BE-VLG), or leave the address out.`,
    );
  }
  const stateProvince = regionNames[address.region];
  const fields = {
    address_1: address.street,
    city: address.locality,
    state_province: stateProvince.nl,
    postal_code: address.postalCode,
    country: address.country,
  };
  return {
    id: location.id,
    location_type: 'physical',
    organization_id: organizationId,
    name: contact.name.nl,
    addresses: [
      {
        id: of.id,
        location_id: location.id,
        ...fields,
        address_type: 'physical',
        mh_region: address.region,
        ...translationsOf({ state_province: stateProvince }),
        metadata: verified(contact, of, fields, [address.source]),
      },
    ],
    ...translationsOf({ name: contact.name }),
  };
}

/**
 * One contact as an HSDS 3.0 organization with its services. Texts are the nl source; fr, en and
 * regional wordings are in `mh_translations`. Throws `HsdsExportError` for an address that lies
 * in a whole country (HSDS requires its state_province) and for a citation of an unknown source.
 */
export function toHsdsOrganization(contact: Contact): HsdsOrganization {
  const of = resource('organization', contact.id);
  const emails = contact.emails ?? [];
  return {
    id: of.id,
    name: contact.name.nl,
    description: contact.description.nl,
    ...(contact.url && { website: contact.url }),
    ...(emails[0] && { email: emails[0].address }),
    ...(emails.length > 0 && {
      contacts: emails.map((email, index) => emailContactOf(contact, { organization_id: of.id }, `organization:${contact.id}:${index}`, email)),
    }),
    ...(contact.address && { locations: [locationOf(contact, of.id, contact.address)] }),
    organization_identifiers: [{ id: hsdsId(`organization_identifier:${contact.id}`), organization_id: of.id, identifier_type: hsdsIdentifierType, identifier: contact.id }],
    metadata: verified(contact, of, { name: contact.name.nl, description: contact.description.nl, website: contact.url }, contact.sources),
    services: contact.services.map((service) => serviceOf(contact, of.id, service)),
    mh_id: contact.id,
    ...translationsOf({ name: contact.name, description: contact.description }),
  };
}

/** Every contact (ours, or the list given) as HSDS 3.0 organizations with their services, in order. */
export function toHsds(from: readonly Contact[] = ourContacts): HsdsOrganization[] {
  return from.map(toHsdsOrganization);
}
